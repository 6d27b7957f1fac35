import { eq } from 'drizzle-orm';
import { applications, colleges, persons } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { personFor } from '../people/people.testkit.js';
import { batchBodyFor, okJson } from '../plans/plans.testkit.js';
import { feeForApplications } from './fees.service.js';
import type { ApplicationStatus } from '../../../shared/registration.js';

/** Test data of the fees and photos tests (not a test file): persons, a batch of 电工, applications written directly. */

export async function collegeIds(t: TestApp) {
  const cs = await t.database.db.select().from(colleges);
  return { JD: cs.find((c) => c.code === 'JD')!.id, XX: cs.find((c) => c.code === 'XX')!.id };
}

/** A person through the API (ID number encrypted as in production), with a student number when given. */
export async function makePerson(
  t: TestApp,
  staff: TestClient,
  name: string,
  seq: number,
  opts: { collegeId?: string | null; studentNumber?: string; social?: boolean; birth?: string } = {},
) {
  const extra = opts.social
    ? { kind: 'social' as const, ownStaff: false }
    : {
        kind: 'student' as const,
        collegeId: opts.collegeId,
        className: '电气2301',
        enrolmentYear: 2023,
        educationLevel: 'higher_vocational' as const,
        graduating: true,
      };
  const body = personFor(name, opts.birth ?? '2004-05-05', seq, extra);
  const p = await okJson(staff.post('/api/v1/persons', body));
  if (opts.studentNumber)
    await t.database.db.update(persons).set({ studentNumber: opts.studentNumber }).where(eq(persons.id, p.id));
  return { id: p.id as string, idNumber: body.idNumber as string };
}

export async function makeBatch(admin: TestClient, collegeId: string, fee = 150, levels = [4, 3]) {
  return (await okJson(admin.post('/api/v1/batches', { ...batchBodyFor(collegeId, { levels }), fee }))).id as string;
}

/** An application row as the review module leaves it; `approved` ones get their fee as the centre's approval does. */
export async function makeApplication(
  t: TestApp,
  o: { batchId: string; personId: string; collegeId: string | null; level?: number; status?: ApplicationStatus },
) {
  const [row] = await t.database.db
    .insert(applications)
    .values({
      batchId: o.batchId,
      personId: o.personId,
      collegeId: o.collegeId,
      level: o.level ?? 4,
      status: o.status ?? 'approved',
      source: 'import' as const,
    })
    .returning();
  if (row.status === 'approved') await feeForApplications(t.database.db, [row.id]);
  const [after] = await t.database.db.select().from(applications).where(eq(applications.id, row.id));
  return after;
}

/** Records a payment (finance) of an approved application and returns the answer's body; it must succeed. */
export async function payApplication(caiwu: TestClient, applicationId: string, amount: number, receiptNumber: string) {
  return okJson(
    caiwu.post('/api/v1/payments', { applicationId, amount, method: 'wechat', receiptNumber, paidOn: '2026-09-20' }),
  );
}

/** Records a refund (finance) of a paid application; the answer as it comes (a test may expect a refusal). */
export function refundApplication(caiwu: TestClient, applicationId: string, amount: number, receiptNumber: string) {
  return caiwu.post('/api/v1/refunds', {
    applicationId,
    amount,
    method: 'wechat',
    receiptNumber,
    paidOn: '2026-09-25',
    reason: '因病放弃考试',
  });
}
