import { sql } from 'drizzle-orm';
import type { Db } from './db/client.js';
import { centres, colleges, users } from './db/schema/index.js';
import { systemActor } from './http/access.js';
import type { Role } from '../shared/access.js';
import { recordAudit } from './modules/audit/audit.service.js';
import { hashPassword, oneTimePassword } from './modules/auth/password.rules.js';
import { insertUser } from './modules/users/users.service.js';
import { seedOfficialCalendars, seedProvisionalDemoCalendars } from './modules/calendar/calendar.service.js';
import { seedCatalogue } from './modules/centre/catalogue.service.js';
import { seedAssessmentSheet } from './modules/centre/assessment.service.js';
import { seedDemoCentre } from './modules/centre/centre.demo.js';
import { seedDemoPlans } from './modules/plans/plans.demo.js';
import { seedDemoEquipment } from './modules/equipment/equipment.demo.js';
import { seedDemoCandidate } from './modules/people/people.demo.js';
import { seedDemoExperts } from './modules/people/staff.demo.js';
import type { PiiCipher } from './http/pii.js';
import { chinaToday } from '../shared/dates.js';

/** Password of every demo account: printed at start, refused nowhere because it is not common. */
export const DEMO_PASSWORD = 'Shifan#2026';

export const demoCentre = {
  name: '示例职业技术学院职业技能等级认定中心',
  shortName: '示例认定中心',
  filingCode: 'Y000041019001',
};

export const demoColleges = [
  { code: 'JD', name: '机电工程学院', head: '王建国', contact: '李敏', phone: '0371-60000001' },
  { code: 'XX', name: '信息工程学院', head: '赵晓峰', contact: '陈静', phone: '0371-60000002' },
  { code: 'SM', name: '商贸管理学院', head: '孙丽', contact: '周洋', phone: '0371-60000003' },
];

/** One account per role; two college clerks so that the college scope can be seen. */
export const demoUsers: { username: string; displayName: string; role: Role; college?: string }[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
  { username: 'zhuren', displayName: '张主任', role: 'centre_head' },
  { username: 'kaowu', displayName: '刘考务', role: 'exam_admin' },
  { username: 'jidian', displayName: '李敏（机电）', role: 'college_clerk', college: 'JD' },
  { username: 'xinxi', displayName: '陈静（信息）', role: 'college_clerk', college: 'XX' },
  { username: 'kaopingyuan', displayName: '王考评', role: 'examiner' },
  { username: 'kaoping2', displayName: '田考评', role: 'examiner' },
  { username: 'kaoping3', displayName: '郭考评', role: 'examiner' },
  { username: 'dudao', displayName: '赵督导', role: 'supervisor' },
  { username: 'dudao2', displayName: '钱督导', role: 'supervisor' },
  { username: 'dudao3', displayName: '孙督导', role: 'supervisor' },
  { username: 'caiwu', displayName: '钱财务', role: 'finance' },
  { username: 'tiku', displayName: '周题库', role: 'bank_admin' },
  { username: 'zhuanjia', displayName: '高振华', role: 'expert' },
  { username: 'zhuanjia2', displayName: '林雅琴', role: 'expert' },
  { username: 'jiankao', displayName: '吴监考', role: 'proctor' },
  { username: 'kaochang', displayName: '郑考场', role: 'proctor' },
  { username: 'kaosheng', displayName: '孙同学', role: 'candidate' },
];

export type SeedResult =
  | { kind: 'none' }
  | { kind: 'demo'; password: string; users: typeof demoUsers }
  | { kind: 'production'; username: string; oneTimePassword: string };

/**
 * Runs at every start and changes nothing on a database that already has users. An empty database gets either the
 * demo centre (demo mode) or only a system admin with a one-time password (production). Calendars are loaded in both.
 * `pii` encrypts the demo candidate's ID number; without it the demo has no candidate person.
 */
export async function seedDatabase(
  db: Db,
  mode: 'demo' | 'production',
  pii?: PiiCipher,
  opts: { provisionalCalendars?: boolean } = {},
): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    await seedOfficialCalendars(tx);
    await seedCatalogue(tx);
    await seedAssessmentSheet(tx);
    const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
    if (Number(n) > 0) return { kind: 'none' };
    if (mode === 'production') {
      const password = oneTimePassword(16);
      await insertUser(tx, systemActor, {
        username: 'admin',
        displayName: '系统管理员',
        role: 'admin',
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      });
      return { kind: 'production', username: 'admin', oneTimePassword: password };
    }
    const [centre] = await tx
      .insert(centres)
      .values({ ...demoCentre, isDemo: true })
      .returning();
    await recordAudit(tx, systemActor, { action: 'seed', entity: 'centre', entityId: centre.id, after: centre });
    const collegeIds = new Map<string, string>();
    for (const c of demoColleges) {
      const [row] = await tx
        .insert(colleges)
        .values({ ...c, centreId: centre.id })
        .returning();
      collegeIds.set(c.code, row.id);
      await recordAudit(tx, systemActor, { action: 'seed', entity: 'college', entityId: row.id, after: row });
    }
    await seedDemoCentre(tx, centre.id, collegeIds);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of demoUsers) {
      await insertUser(tx, systemActor, {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        collegeId: u.college ? collegeIds.get(u.college) : null,
        passwordHash,
        mustChangePassword: false,
      });
    }
    if (opts.provisionalCalendars) await seedProvisionalDemoCalendars(tx, { today: chinaToday() }); // the demo server only, not the test template
    await seedDemoPlans(tx);
    await seedDemoEquipment(tx, { today: chinaToday() }); // the ledger, an instrument lapsed and one due soon, a pending scrapping
    if (pii) {
      await seedDemoCandidate(tx, pii);
      await seedDemoExperts(tx, pii, { today: chinaToday() }); // the bank's two experts of 电工 (R-PPL-07, R-BANK-02)
    }
    return { kind: 'demo', password: DEMO_PASSWORD, users: demoUsers };
  });
}
