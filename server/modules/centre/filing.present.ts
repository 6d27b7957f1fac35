import type { filings } from '../../db/schema/index.js';
import type { Filing } from '../../../shared/scope.js';

type FilingRow = typeof filings.$inferSelect;

export const presentFiling = (f: FilingRow, rowCount: number): Filing => ({
  id: f.id,
  category: f.category,
  title: f.title,
  status: f.status,
  rowCount,
  submittedAt: f.submittedAt?.toISOString() ?? null,
  replyNumber: f.replyNumber,
  replyDate: f.replyDate,
  returnReason: f.returnReason,
  decidedAt: f.decidedAt?.toISOString() ?? null,
  createdAt: f.createdAt.toISOString(),
});
