import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { examStaff, examinerOccupations, examiners, persons, supervisors } from '../../db/schema/index.js';
import type { PiiCipher } from '../../http/pii.js';
import type { IdType } from '../../../shared/idcard.js';
import { sealIdNumber } from './people.service.js';

/**
 * Demo data only (demo mode, first start): the people module's writes for other modules' demo scenarios, inside the
 * caller's transaction. No validation and no audit rows: the scenario records its own `seed` audit.
 */

/** A demo person's columns: the ID number in clear (sealed here, R-PPL-02) instead of the sealed columns. */
export type DemoPerson = Omit<
  typeof persons.$inferInsert,
  'id' | 'idType' | 'idCipher' | 'idHash' | 'idMasked' | 'birthYear'
> & { idType: IdType; idNumber: string };

/** Inserts a demo person; returns its id. */
export async function insertDemoPerson(tx: DbOrTx, pii: PiiCipher, p: DemoPerson): Promise<string> {
  const { idNumber, ...values } = p;
  const [row] = await tx
    .insert(persons)
    .values({ ...values, ...sealIdNumber(pii, p.idType, idNumber) })
    .returning({ id: persons.id });
  return row.id;
}

/** A demo examiner (R-PPL-04) and the occupations it may examine, with their modules when given (R-ARR-04). */
export async function insertDemoExaminer(
  tx: DbOrTx,
  e: Omit<typeof examiners.$inferInsert, 'id'> & {
    occupations: { edition: string; occupationCode: string; occupationName: string; modules?: string[] }[];
  },
): Promise<string> {
  const { occupations, ...values } = e;
  const [row] = await tx.insert(examiners).values(values).returning({ id: examiners.id });
  for (const o of occupations) await tx.insert(examinerOccupations).values({ examinerId: row.id, ...o });
  return row.id;
}

/** A demo quality supervisor (R-PPL-06). */
export async function insertDemoSupervisor(tx: DbOrTx, s: Omit<typeof supervisors.$inferInsert, 'id'>) {
  await tx.insert(supervisors).values(s);
}

/** A demo member of the exam staff: a proctor or an exam worker. */
export async function insertDemoExamStaff(tx: DbOrTx, personId: string, role: (typeof examStaff.$inferInsert)['role']) {
  await tx.insert(examStaff).values({ personId, role });
}

/** The demo person's ID photo: a stored file of purpose `photo`. */
export async function setDemoPersonPhoto(tx: DbOrTx, personId: string, fileId: string) {
  await tx.update(persons).set({ photoFileId: fileId }).where(eq(persons.id, personId));
}
