import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  appraisalScores,
  appraisalYears,
  examStaff,
  examinerOccupations,
  examiners,
  experts,
  persons,
  supervisors,
  users,
} from '../../db/schema/index.js';
import type { PiiCipher } from '../../http/pii.js';
import { idCheckChar, type IdType } from '../../../shared/idcard.js';
import { sealIdNumber } from './people.service.js';
import { annualAppraisal } from './people.rules.js';

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

/**
 * Issue 9: the demo's examiner and supervisor logins stand for persons on duty in the published arrangement, so
 * 我的档案 shows their duties; the examiner also has last year's evaluations and final grade (R-PPL-09).
 */
export async function linkDemoStaffAccounts(
  tx: DbOrTx,
  opts: { links: { username: string; personId: string }[]; appraisedPersonId: string; lastYear: number },
) {
  await linkDemoLogins(tx, opts.links);
  const [ex] = await tx.select().from(examiners).where(eq(examiners.personId, opts.appraisedPersonId));
  if (!ex) return;
  const y = opts.lastYear;
  const scores = [
    { batchRef: `${y} 年数控车工（四级）第一批`, batchDate: `${y}-05-16`, score: 93 },
    { batchRef: `${y} 年数控机床装调维修工（三级）`, batchDate: `${y}-11-21`, score: 88 },
  ];
  for (const sc of scores)
    await tx.insert(appraisalScores).values({ examinerId: ex.id, year: y, attended: true, weight: 1, ...sc });
  const r = annualAppraisal(scores.map((sc) => ({ ...sc, attended: true, weight: 1 })));
  await tx
    .insert(appraisalYears)
    .values({ examinerId: ex.id, year: y, average: r.average, grade: r.grade, reason: r.reason });
}

/**
 * Issue 11 (R-PPL-07, R-BANK-02): two experts of 电工 (6-31-01-03), linked to the demo's expert logins `zhuanjia` and
 * `zhuanjia2`, so one writes items and the other reviews them. In the test template too: the bank's access rules
 * are tested against them.
 */
export async function seedDemoExperts(tx: DbOrTx, pii: PiiCipher, opts: { today: string }) {
  const year = Number(opts.today.slice(0, 4));
  const experts_ = [
    { username: 'zhuanjia', name: '高振华', id17: '41010519700312501', gender: 'male' as const, leader: true },
    { username: 'zhuanjia2', name: '林雅琴', id17: '41010519780925502', gender: 'female' as const, leader: false },
  ];
  for (const e of experts_) {
    const personId = await insertDemoPerson(tx, pii, {
      name: e.name,
      gender: e.gender,
      idType: 'resident',
      idNumber: e.id17 + idCheckChar(e.id17),
      kind: 'staff',
      ownStaff: true,
      workUnit: '示例职业技术学院',
      titleSeries: '高等学校教师',
      titleName: '教授',
      titleGrade: 'senior',
      skillLevel: 1,
      skillOccupation: '电工',
    });
    await tx.insert(experts).values({
      personId,
      edition: '2022',
      occupationCode: '6-31-01-03',
      occupationName: '电工',
      leader: e.leader,
      examiningYears: 8,
      termStart: `${year - 1}-01-01`,
      termEnd: `${year + 1}-12-31`,
    });
    const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.username, e.username));
    if (u) {
      await tx.update(persons).set({ userId: u.id }).where(eq(persons.id, personId));
      await tx.update(users).set({ displayName: e.name }).where(eq(users.id, u.id));
    }
  }
}

/**
 * Issue 11 (R-PPL-07): the demo server's experts also sit for another occupation (a term from last year to next
 * year), so they may write and review its demo bank. Demo server only — the test template keeps them experts of
 * 电工 alone.
 */
export async function insertDemoExpertTerms(
  tx: DbOrTx,
  usernames: string[],
  occupation: { edition: string; code: string; name: string },
  today: string,
) {
  const year = Number(today.slice(0, 4));
  for (const [i, username] of usernames.entries()) {
    const [p] = await tx
      .select({ id: persons.id })
      .from(persons)
      .innerJoin(users, eq(users.id, persons.userId))
      .where(eq(users.username, username));
    if (!p) continue;
    await tx.insert(experts).values({
      personId: p.id,
      edition: occupation.edition,
      occupationCode: occupation.code,
      occupationName: occupation.name,
      leader: i === 0,
      examiningYears: 6,
      termStart: `${year - 1}-01-01`,
      termEnd: `${year + 1}-12-31`,
    });
  }
}

/** Demo logins standing for persons (the account shows the person's name); e.g. the exam day's proctor and site head. */
export async function linkDemoLogins(tx: DbOrTx, links: { username: string; personId: string }[]) {
  for (const l of links) {
    const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.username, l.username));
    // One person per login: a login moved to another person leaves the previous one.
    if (u) await tx.update(persons).set({ userId: null }).where(eq(persons.userId, u.id));
    const [p] = await tx
      .update(persons)
      .set({ userId: u?.id ?? null })
      .where(eq(persons.id, l.personId))
      .returning({ name: persons.name });
    // The header shows the account's name: the person's, as on 我的档案 (which person the solver put on duty varies).
    if (u && p) await tx.update(users).set({ displayName: p.name }).where(eq(users.id, u.id));
  }
}
