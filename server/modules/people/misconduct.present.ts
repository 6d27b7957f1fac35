import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { files, misconductRecords } from '../../db/schema/index.js';
import type { MisconductRecord } from '../../../shared/people-appraisal.js';
import { personsById } from './people.store.js';

type Row = typeof misconductRecords.$inferSelect;

/** R-PPL-10: misconduct records with the person's name and masked number and the evidence files' names. */
export async function presentMisconduct(db: DbOrTx, rows: Row[]): Promise<MisconductRecord[]> {
  const people = await personsById(
    db,
    rows.map((r) => r.personId),
  );
  const fileIds = [...new Set(rows.flatMap((r) => r.evidenceFileIds))];
  const fileRows = fileIds.length
    ? await db.select({ id: files.id, name: files.name }).from(files).where(inArray(files.id, fileIds))
    : [];
  return rows.map((r) => {
    const p = people.get(r.personId)!;
    return {
      id: r.id,
      personId: r.personId,
      name: p.name,
      idMasked: p.idMasked,
      act: r.act,
      occurredOn: r.occurredOn,
      batchRef: r.batchRef,
      description: r.description,
      evidence: fileRows.filter((f) => r.evidenceFileIds.includes(f.id)),
      appealStatus: r.appealStatus,
      appealText: r.appealText,
      appealOutcome: r.appealOutcome,
      createdAt: r.createdAt.toISOString(),
    };
  });
}
