import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { colleges, persons, users } from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import type { PiiCipher } from '../../http/pii.js';
import { chinaToday } from '../../../shared/dates.js';
import { idCheckChar } from '../../../shared/idcard.js';
import { recordAudit } from '../audit/audit.service.js';
import { sealIdNumber } from './people.service.js';

/**
 * The demo candidate's person (R-PPL-03): a 高职 student of JD in the graduating year, major 电气自动化技术, with a
 * student number, linked to the `kaosheng` account so the portal knows who applies.
 */
export async function seedDemoCandidate(tx: DbOrTx, pii: PiiCipher, opts: { today?: string } = {}) {
  const today = opts.today ?? chinaToday();
  const [y, m] = today.split('-').map(Number);
  const schoolYear = m >= 8 ? y : y - 1; // the school year starts in August
  const enrolmentYear = schoolYear - 2; // three-year 高职: graduating this school year
  const first17 = `410105${enrolmentYear - 18}0817073`;
  const idNumber = first17 + idCheckChar(first17);
  const [user] = await tx.select().from(users).where(eq(users.username, 'kaosheng'));
  const [college] = await tx.select({ id: colleges.id }).from(colleges).where(eq(colleges.code, 'JD'));
  const [row] = await tx
    .insert(persons)
    .values({
      name: '孙浩然',
      gender: 'male',
      idType: 'resident',
      ...sealIdNumber(pii, 'resident', idNumber),
      phone: '13900000001',
      kind: 'student',
      collegeId: college.id,
      education: '专科在读',
      major: '电气自动化技术',
      className: `电气自动化${String(enrolmentYear).slice(2)}03`,
      enrolmentYear,
      educationLevel: 'higher_vocational',
      graduating: true,
      studentNumber: `${enrolmentYear}030115`,
      userId: user.id,
    })
    .returning();
  await recordAudit(tx, systemActor, {
    action: 'seed',
    entity: 'person',
    entityId: row.id,
    after: { name: row.name, studentNumber: row.studentNumber, userId: user.id }, // R-PPL-02: no mask in the audit
  });
}
