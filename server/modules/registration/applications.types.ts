import type { applications } from '../../db/schema/index.js';
import type { CandidatePerson } from '../people/people.reads.js';
import type { BatchForRegistration } from '../plans/plans.reads.js';
import type { DecisionAction, ReviewStage } from '../../../shared/registration.js';

/** An application row as stored. */
export type ApplicationRecord = typeof applications.$inferSelect;

/** An application with what its lists and detail show of its person, batch, occupation and college. */
export interface ApplicationView {
  a: ApplicationRecord;
  person: CandidatePerson;
  batch: BatchForRegistration;
  occupation: { name: string; code: string };
  collegeName: string | null;
}

/** A decision row with the role of the account that made it (null: a system action or a deleted account). */
export interface DecisionRecord {
  id: string;
  stage: ReviewStage;
  action: DecisionAction;
  reason: string | null;
  actorName: string;
  role: string | null;
  at: Date;
}
