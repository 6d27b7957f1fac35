import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { persons, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { genderOf, idNumberProblem, normalizeIdNumber } from '../../../shared/idcard.js';
import { genderNames } from '../../../shared/people.js';
import type { SignupBody } from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import { findPersonByIdNumber, sealIdNumber } from '../people/people.service.js';
import { isUniqueViolation } from '../people/people.store.js';
import { hashPassword, passwordProblem } from './password.rules.js';

/**
 * R-REG-01: a social learner (社会人员) makes their own candidate account on the portal: a person of kind 'social'
 * and a 'candidate' user linked to it. One person, one account: an ID number that already has an account is
 * refused, and a person already on record is linked only when the name matches and it is not staff.
 */
const REGISTERED = '证件号码：该证件号码已注册，请直接登录';
const field = (f: string, message: string) => new AppError('VALIDATION', `${message}`, [{ field: f, message: message.replace(/^[^：]*：/, '') }]);

export async function signup(db: Db, opts: { pii: PiiCipher; data: SignupBody; ip: string | null }) {
  const d = opts.data;
  const idNumber = normalizeIdNumber(d.idType, d.idNumber);
  const problem = idNumberProblem(d.idType, idNumber);
  if (problem) throw field('idNumber', `证件号码：${problem}`);
  if ((d.idType === 'resident' || d.idType === 'hmt_residence') && genderOf(idNumber) !== d.gender)
    throw field('gender', `性别：与证件号码不符（号码显示为${genderNames[genderOf(idNumber)]}）`);
  const weak = passwordProblem(d.password);
  if (weak) throw field('password', `密码：${weak}`);
  const passwordHash = await hashPassword(d.password);
  try {
    await db.transaction(async (tx) => {
      const existing = await findPersonByIdNumber(tx, opts.pii, d.idType, idNumber);
      if (existing?.userId) throw new AppError('CONFLICT', REGISTERED, [{ field: 'idNumber', message: '该证件号码已注册，请直接登录' }]);
      if (existing && (existing.kind === 'staff' || existing.name !== d.name))
        throw new AppError('CONFLICT', '证件号码：该证件号码已在系统中登记，但信息不一致，请联系认定中心开通账户', [{ field: 'idNumber', message: '已登记，信息不一致' }]);
      const personId = existing?.id ?? randomUUID();
      const [user] = await tx
        .insert(users)
        .values({ username: `c${personId.replace(/-/g, '')}`, displayName: d.name, role: 'candidate', passwordHash, mustChangePassword: false })
        .returning();
      if (existing) await tx.update(persons).set({ userId: user.id, phone: d.phone, updatedAt: new Date() }).where(eq(persons.id, existing.id));
      else
        await tx.insert(persons).values({
          id: personId,
          name: d.name,
          gender: d.gender,
          idType: d.idType,
          ...sealIdNumber(opts.pii, d.idType, idNumber),
          phone: d.phone,
          kind: 'social',
          userId: user.id,
        });
      const actor: Actor = { userId: user.id, username: user.username, displayName: user.displayName, role: 'candidate', collegeId: null, ip: opts.ip };
      await recordAudit(tx, actor, { action: 'signup', entity: 'user', entityId: user.id, after: { personId, linkedExisting: !!existing, kind: existing?.kind ?? 'social' } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT', REGISTERED, [{ field: 'idNumber', message: '该证件号码已注册，请直接登录' }]);
    throw e;
  }
  return { ok: true as const, loginHint: '注册成功，请使用证件号码和刚设置的密码登录' };
}
