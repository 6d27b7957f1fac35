import type { ItemContent, PlanSpec } from '../../../shared/itembank.js';
import type { CapacityReport, CheckViolation, UnmetConstraint } from './assembly/types.js';

export type { ItemContent, PlanSpec };

/** One entry of a paper: the item version, its points and the option order shown (null: as written). */
export interface PaperEntry {
  versionId: string;
  itemId: string;
  points: number;
  optionOrder: number[] | null;
}

/** What an assembly run reports: capacity before, unmet constraints, the independent checker's verdict, plan against result. */
export interface AssemblyReport {
  capacity: CapacityReport;
  unmet: UnmetConstraint[];
  violations: CheckViolation[];
  /** Per cell of the plan: planned per form, and the minimum and maximum found on the forms. */
  cells: { cell: string; label: string; planned: number; min: number; max: number }[];
  maxOverlap: number;
  maxExposure: number;
  millis: number;
}
