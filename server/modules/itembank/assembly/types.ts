import type { Difficulty, Importance, ItemType, PlanSpec } from '../../../../shared/itembank.js';

/**
 * The assembler's world (R-BANK-02), free of the database: the pool of active item versions with their tags, the
 * plan's constraints, and what comes back. `assembler.ts` builds forms, `capacity.ts` says how many forms a pool
 * supports, and `checker.ts` verifies forms against the constraints sharing no code with either.
 */

/** One active item version the assembler may draw. */
export interface PoolItem {
  /** The version's id: what a form lists. */
  versionId: string;
  /** The item's identity (versions of one item are one item for overlap, exposure and retakes). */
  itemId: string;
  /** The 鉴定点 it is tagged with. */
  pointId: string;
  importance: Importance;
  /** The plan's range (one of `PlanSpec.ranges`) that contains its 鉴定点; null when none does. */
  rangeId: string | null;
  type: ItemType;
  difficulty: Difficulty;
  /** Items sharing a key are enemies: never on the same form. */
  enemyKey: string | null;
  /** Keep the options in their written order. */
  noShuffle: boolean;
  /** Number of options (0 for true/false and skill tasks). */
  optionCount: number;
}

/** What every form must satisfy: the plan's spec (its `ranges`, `sections`, …) as the assembler reads it. */
export type FormConstraints = Pick<
  PlanSpec,
  'sections' | 'ranges' | 'difficulty' | 'minXPoints' | 'onePerPoint' | 'maxOverlap' | 'maxExposure' | 'shuffleOptions'
>;

export interface AssembleRequest {
  pool: PoolItem[];
  constraints: FormConstraints;
  formCount: number;
  /** Same seed, same pool, same constraints ⇒ same forms. */
  seed: number;
  /** Per form index: item ids that form must not hold (a retaking candidate's earlier items). */
  excludedItemIds?: ReadonlyMap<number, ReadonlySet<string>>;
  /** Names of ranges (by range id) for the messages; a range without one is named by its id. */
  labels?: ReadonlyMap<string, string>;
}

/** A form: its items in paper order (by section, then as drawn), each with its option order (null: as written). */
export interface AssembledForm {
  entries: { versionId: string; itemId: string; points: number; optionOrder: number[] | null }[];
}

/** A constraint the assembler could not meet, named so the user can act on it. */
export interface UnmetConstraint {
  /** Which form (index) or null for a constraint across forms. */
  form: number | null;
  constraint:
    'section' | 'range' | 'difficulty' | 'x_points' | 'one_per_point' | 'enemy' | 'overlap' | 'exposure' | 'excluded';
  /** Chinese, naming the cell: e.g. 「鉴定范围 03 电工基础 × 单项选择题 缺 4 题」. */
  message: string;
  /** The cell's key where one applies (e.g. `range:<id>|type:single`), and how many items it lacks. */
  cell?: string;
  lacking?: number;
}

export interface AssembleResult {
  forms: AssembledForm[];
  /** Empty when every form meets every constraint. */
  unmet: UnmetConstraint[];
}

/** A cell of the capacity report: a combination the plan needs, what the pool has, how many forms it supports. */
export interface CapacityCell {
  cell: string;
  /** Chinese label of the cell, e.g. 「鉴定范围 03 电工基础 · 单项选择题」. */
  label: string;
  perForm: number;
  available: number;
  /** How many forms this cell supports under the exposure limit (null when the limit does not bind). */
  forms: number;
  lacking: number;
}

export interface CapacityReport {
  /** The most forms the pool supports under the plan (0: not even one). */
  maxForms: number;
  /** Cells sorted by the forms they support, fewest first: the first is the one that runs short first. */
  cells: CapacityCell[];
  /** Cells that cannot fill even one form, each with how many items it lacks. */
  short: CapacityCell[];
}

/** A violation found by the independent checker. */
export interface CheckViolation {
  form: number | null;
  rule: UnmetConstraint['constraint'] | 'unknown_item' | 'duplicate' | 'points' | 'option_order';
  message: string;
}

/** Options of the independent check: the same exclusions and names the assembly had. */
export interface CheckOptions {
  excludedItemIds?: ReadonlyMap<number, ReadonlySet<string>>;
  labels?: ReadonlyMap<string, string>;
}

/** Plan against result, as `summarizeForms` gives it for the assembly report. */
export interface FormsSummary {
  cells: { cell: string; label: string; planned: number; min: number; max: number }[];
  /** The largest share of a form's planned length that two forms have in common. */
  maxOverlap: number;
  /** The largest share of the forms one item appears on. */
  maxExposure: number;
}
