import type { occupationJobs, occupations } from '../../db/schema/index.js';
import type { Occupation } from '../../../shared/scope.js';

type OccRow = typeof occupations.$inferSelect;
type JobRow = typeof occupationJobs.$inferSelect;

export const presentOccupation = (o: OccRow, jobs: JobRow[]): Occupation => ({
  id: o.id,
  edition: o.edition,
  code: o.code,
  name: o.name,
  marker: o.marker,
  jobCount: o.jobCount,
  levels: o.levels,
  levelsNote: o.levelsNote,
  standardNotice: o.standardNotice,
  sourceNote: o.sourceNote,
  jobs: jobs
    .filter((j) => j.occupationId === o.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    .map((j) => ({ id: j.id, name: j.name, levels: j.levels, source: j.source, sourceNote: j.sourceNote })),
});
