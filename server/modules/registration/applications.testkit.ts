import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { batchSittings, batches, persons, users } from '../../db/schema/index.js';
import { DEMO_PASSWORD } from '../../seed.js';
import { hashPassword } from '../auth/password.rules.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { batchBodyFor, okJson } from '../plans/plans.testkit.js';
import { personFor, postFile } from '../people/people.testkit.js';
import { addDays, chinaToday } from '../../../shared/dates.js';

/** Test data of the applications tests (not a test file itself). */

/**
 * A batch of 电工 (JD, demo scope levels 3 and 4) taken to 报名中 with its notice published. It is planned on the
 * plans tests' fixed dates (the calendar has those years), then its registration window is moved around today and
 * its sittings 60 days ahead, so the tests do not depend on the day they run.
 */
export async function registeringBatch(
  t: TestApp,
  kaowu: TestClient,
  zhuren: TestClient,
  collegeId: string,
  opts: { method?: string; levels?: number[]; title?: string; fee?: number; publish?: boolean; open?: boolean } = {},
) {
  const body = {
    ...batchBodyFor(collegeId, { levels: opts.levels ?? [4, 3], title: opts.title }),
    method: opts.method ?? 'exam',
    fee: opts.fee ?? 150,
  };
  const b = await okJson(kaowu.post('/api/v1/batches', body));
  await okJson(kaowu.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' }));
  await okJson(
    zhuren.post(`/api/v1/batches/${b.id}/approval`, { approvalNumber: '豫鉴〔2026〕9号', approvalDate: '2026-09-10' }),
  );
  if (opts.open !== false) await okJson(kaowu.post(`/api/v1/batches/${b.id}/transitions`, { to: 'registering' }));
  const today = chinaToday();
  await t.database.db
    .update(batches)
    .set({ registrationOpensOn: addDays(today, -10), registrationClosesOn: addDays(today, 20) })
    .where(eq(batches.id, b.id));
  await t.database.db
    .update(batchSittings)
    .set({ day: addDays(today, 60) })
    .where(eq(batchSittings.batchId, b.id));
  if (opts.publish !== false) await okJson(kaowu.post(`/api/v1/batches/${b.id}/notice/publish`));
  return b.id as string;
}

export async function photoPng(): Promise<Buffer> {
  return sharp({ create: { width: 300, height: 420, channels: 3, background: '#3366cc' } })
    .png()
    .toBuffer();
}

let seq = 800;
/** A candidate account linked to a new person (created by the exam admin), logged in, with a photo on record. */
export async function candidateWith(
  t: TestApp,
  kaowu: TestClient,
  name: string,
  person: Record<string, unknown>,
  opts: { photo?: boolean } = {},
) {
  const n = seq++;
  const username = `cand${n}`;
  const [u] = await t.database.db
    .insert(users)
    .values({
      username,
      displayName: name,
      role: 'candidate',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      mustChangePassword: false,
    })
    .returning();
  const p = await okJson(
    kaowu.post('/api/v1/persons', personFor(name, '2004-03-03', n, { phone: '13900000000', ...person })),
  );
  await t.database.db
    .update(persons)
    .set({ userId: u.id, studentNumber: person.kind === 'student' ? `JD${n}` : null })
    .where(eq(persons.id, p.id));
  const client = await t.login(username);
  let photoFileId: string | null = null;
  if (opts.photo !== false) {
    const res = await postFile(t, client, '/api/v1/files', 'photo.png', await photoPng(), { purpose: 'photo' });
    if (res.statusCode !== 200) throw new Error(res.body);
    photoFileId = res.json().id;
    await t.database.db.update(persons).set({ photoFileId }).where(eq(persons.id, p.id));
  }
  return { client, personId: p.id as string, userId: u.id, photoFileId, studentNumber: `JD${n}` };
}

export const FORM = {
  phone: '13912345678',
  address: '河南省郑州市中原区建设路 1 号',
  postcode: '450000',
  workUnit: null,
  yearsOfWork: 0,
  education: '大专在读',
  major: '电气自动化技术',
  resume: '2023 年 9 月至今 在校学习',
};

/** The staff who take an application through the review: the exam admin, the centre head and 机电's clerk. */
export interface ReviewStaff {
  kaowu: TestClient;
  zhuren: TestClient;
  jidian: TestClient;
}

/**
 * A new candidate's application (level 3) to a new batch of the college, made in the portal and taken through the
 * review to `stage` (`pending_centre`: approved by 机电's clerk; `approved`: then by the centre). The college must
 * be 机电 (JD) for any stage past the first.
 */
export async function buildApplication(
  t: TestApp,
  staff: ReviewStaff,
  opts: {
    collegeId: string;
    person: Record<string, unknown>;
    name?: string;
    title?: string;
    stage?: 'pending_college' | 'pending_centre' | 'approved';
  },
) {
  const batchId = await registeringBatch(t, staff.kaowu, staff.zhuren, opts.collegeId, {
    title: opts.title ?? '电工 考试考核 批次',
  });
  const cand = await candidateWith(t, staff.kaowu, opts.name ?? '考生甲', opts.person);
  const a = await okJson(
    cand.client.post('/api/v1/portal/applications', { batchId, level: 3, form: FORM, evidence: [] }),
  );
  const stage = opts.stage ?? 'pending_college';
  if (stage !== 'pending_college')
    await okJson(staff.jidian.post('/api/v1/applications/review', { ids: [a.id], decision: 'approve' }));
  if (stage === 'approved')
    await okJson(staff.kaowu.post('/api/v1/applications/review', { ids: [a.id], decision: 'approve' }));
  return { batchId, appId: a.id as string, cand };
}
