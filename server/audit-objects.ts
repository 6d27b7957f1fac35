import type { DbOrTx } from './db/client.js';
import { lookupIds, objectKey } from './modules/audit/audit.present.js';
import type { AuditObjectNamer } from './modules/audit/audit.types.js';
import { personsByIds } from './modules/people/people.reads.js';
import { batchTitlesByIds, planTitlesByIds } from './modules/plans/plans.reads.js';
import { applicationsByIds } from './modules/registration/registration.reads.js';
import { runBatchesByIds, venueNamesByIds } from './modules/arrangement/arrangement.reads.js';

/** Audited object types whose id is a batch's id (an arrangement's is the batch's or its run's). */
const BATCH_ENTITIES = ['batch', 'batch.photos', 'batch_notice', 'roster', 'arrangement', 'publicity_window'];
/** Plans and training classes, named by their titles. */
const PLAN_ENTITIES = ['annual_plan', 'semester_plan', 'training_class'];
/** Audited object types whose id is a person's id. */
const PERSON_ENTITIES = ['person', 'person.photo'];

/**
 * Issue 9: the audit log names its objects (the batch's title, the person's name, "姓名 · 批次" for an
 * application). Every module records audit rows, so the audit module cannot import their reads; this function,
 * outside the modules like `server/jobs.ts`, joins them and is handed to the audit routes and export job.
 */
export const auditObjectNamer: AuditObjectNamer = async (db: DbOrTx, refs) => {
  const out = new Map<string, string>();
  const [apps, runs, venues] = await Promise.all([
    applicationsByIds(db, lookupIds(refs, ['application'])),
    // An arrangement row names its batch or, for runs, the run: a run is named by the batches it arranges.
    runBatchesByIds(db, lookupIds(refs, ['arrangement'])),
    venueNamesByIds(db, lookupIds(refs, ['exam_site', 'exam_room'])),
  ]);
  const personIds = [...lookupIds(refs, PERSON_ENTITIES), ...apps.map((a) => a.personId)];
  const batchIds = [
    ...lookupIds(refs, BATCH_ENTITIES),
    ...apps.map((a) => a.batchId),
    ...runs.flatMap((r) => r.batchIds),
  ];
  const [persons, batches, plans] = await Promise.all([
    personsByIds(db, personIds),
    batchTitlesByIds(db, batchIds),
    planTitlesByIds(db, lookupIds(refs, PLAN_ENTITIES)),
  ]);
  for (const v of venues) out.set(objectKey(v.kind === 'site' ? 'exam_site' : 'exam_room', v.id), v.name);
  for (const p of plans) out.set(objectKey(p.kind, p.id), p.title);
  const personName = new Map(persons.map((p) => [p.id, p.name])); // R-PPL-02: the name only, no ID number
  const batchTitle = new Map(batches.map((b) => [b.id, b.title]));
  for (const e of PERSON_ENTITIES) for (const [id, n] of personName) out.set(objectKey(e, id), n);
  for (const e of BATCH_ENTITIES) for (const [id, t] of batchTitle) out.set(objectKey(e, id), t);
  for (const r of runs)
    out.set(
      objectKey('arrangement', r.runId),
      `${r.batchIds.map((id) => batchTitle.get(id) ?? '认定批次').join('、')} 的编排方案`,
    );
  for (const a of apps)
    out.set(
      objectKey('application', a.id),
      [personName.get(a.personId), batchTitle.get(a.batchId)].filter(Boolean).join(' · ') || '报名申请',
    );
  return out;
};
