import type { appraisalScores } from '../../db/schema/index.js';

type ScoreRow = typeof appraisalScores.$inferSelect;

/** One batch's evaluation of an examiner (numeric columns as numbers). */
export const presentScore = (s: ScoreRow) => ({
  id: s.id,
  batchRef: s.batchRef,
  batchDate: s.batchDate,
  attended: s.attended,
  score: s.score === null ? null : Number(s.score),
  weight: Number(s.weight),
  note: s.note,
});
