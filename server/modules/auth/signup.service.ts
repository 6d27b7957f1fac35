import { randomUUID } from 'node:crypto';
import type { Db, DbOrTx } from '../../db/client.js';
import { desc, eq, inArray } from 'drizzle-orm';
import { colleges, signupRequests, users } from '../../db/schema/index.js';
import { authorize, systemActor, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { SignupRequest, SignupRequestList } from '../../../shared/activation.js';
import type { PiiCipher } from '../../http/pii.js';
import { genderOf, idNumberProblem, normalizeIdNumber, type IdType } from '../../../shared/idcard.js';
import { genderNames } from '../../../shared/people.js';
import type { SignupBody } from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import { findPersonByIdNumber, insertSignupPerson, linkNewAccount } from '../people/people.service.js';
import { candidatesByIds } from '../people/people.reads.js';
import { isUniqueViolation } from '../../db/errors.js';
import { hashPassword, passwordProblem } from './password.rules.js';
import { presentSignupRequest } from './signup.present.js';

/**
 * R-REG-01: a social learner (社会人员) makes their own candidate account on the portal: a person of kind 'social'
 * and a 'candidate' user linked to it.
 *
 * R-PPL-02 (issue 8 items 3 and 11): a self sign-up never attaches to a person already on record and never changes
 * that person's data. A person on record gets an account through the activation code the college or centre hands out,
 * or through staff confirming the sign-up, which waits in `signup_requests`. The answer is the same either way, so an
 * anonymous caller learns nothing about whether an ID number is on record, whose it is, or under what name.
 */
export const SIGNUP_ANSWER =
  '注册信息已提交。此前未在本中心登记过的，现在即可用证件号码和刚设置的密码登录；已由学院或认定中心登记过的，请使用学院发放的激活码登录，或等待认定中心核对后开通账号。';

const field = (f: string, message: string) =>
  new AppError('VALIDATION', message, [{ field: f, message: message.replace(/^[^：]*：/, '') }]);

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
  const create = () =>
    db.transaction(async (tx) => {
      const existing = await findPersonByIdNumber(tx, opts.pii, d.idType, idNumber);
      if (existing) await requestAccount(tx, existing.id, d, passwordHash, opts.ip);
      else await createSocialCandidate(tx, opts.pii, d, d.idType, idNumber, passwordHash, opts.ip);
    });
  try {
    await create();
  } catch (e) {
    // Two sign-ups of one new number at once: the second finds the first's record on a second try.
    if (!isUniqueViolation(e)) throw e;
    await create();
  }
  return { ok: true as const, loginHint: SIGNUP_ANSWER };
}

async function createSocialCandidate(
  tx: DbOrTx,
  pii: PiiCipher,
  d: SignupBody,
  idType: IdType,
  idNumber: string,
  passwordHash: string,
  ip: string | null,
) {
  const personId = randomUUID();
  const [user] = await tx
    .insert(users)
    .values({
      username: `c${personId.replace(/-/g, '')}`,
      displayName: d.name,
      role: 'candidate',
      passwordHash,
      mustChangePassword: false,
    })
    .returning();
  await insertSignupPerson(tx, pii, {
    id: personId,
    name: d.name,
    gender: d.gender,
    idType,
    idNumber,
    phone: d.phone,
    userId: user.id,
  });
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: 'candidate',
    collegeId: null,
    ip,
  };
  await recordAudit(tx, actor, {
    action: 'signup',
    entity: 'user',
    entityId: user.id,
    after: { personId, kind: 'social' },
  });
}

/** R-PPL-02: the ID number is on record: nothing of that person changes; the sign-up waits for staff. */
async function requestAccount(tx: DbOrTx, personId: string, d: SignupBody, passwordHash: string, ip: string | null) {
  const [r] = await tx
    .insert(signupRequests)
    .values({ personId, name: d.name, phone: d.phone, passwordHash, ip })
    .returning({ id: signupRequests.id });
  const actor: Actor = { ...systemActor, displayName: '门户注册（未登录）', ip };
  await recordAudit(tx, actor, {
    action: 'signup.request',
    entity: 'signup_request',
    entityId: r.id,
    after: { personId },
  });
}

/** R-PPL-02: the pending sign-ups of persons on record, for staff to compare with the record. */
export async function listSignupRequests(db: Db, opts: { actor: Actor | null }): Promise<SignupRequestList> {
  authorize(opts.actor, 'users.manage');
  const rows = await db
    .select()
    .from(signupRequests)
    .where(eq(signupRequests.status, 'pending'))
    .orderBy(desc(signupRequests.createdAt))
    .limit(500);
  const people = new Map(
    (
      await candidatesByIds(
        db,
        rows.map((r) => r.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const collegeIds = [...new Set([...people.values()].map((p) => p.collegeId).filter((id): id is string => !!id))];
  const names = new Map(
    collegeIds.length
      ? (
          await db
            .select({ id: colleges.id, name: colleges.name })
            .from(colleges)
            .where(inArray(colleges.id, collegeIds))
        ).map((c) => [c.id, c.name])
      : [],
  );
  const items: SignupRequest[] = [];
  for (const r of rows) {
    const p = people.get(r.personId);
    if (p) items.push(presentSignupRequest(r, p, p.collegeId ? (names.get(p.collegeId) ?? null) : null));
  }
  return { items };
}

/**
 * R-PPL-02: staff confirm a sign-up (a candidate account with the password chosen at sign-up, linked to the record;
 * the record's contact data stay as they are) or refuse it. Staff records and persons with an account are refused.
 */
export async function decideSignupRequest(
  db: Db,
  opts: { actor: Actor | null; id: string; action: 'confirm' | 'reject' },
) {
  authorize(opts.actor, 'users.manage');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const [r] = await tx.select().from(signupRequests).where(eq(signupRequests.id, opts.id)).for('update');
    if (!r) throw notFound('注册申请');
    if (r.status !== 'pending') throw new AppError('CONFLICT', '该注册申请已处理');
    const [p] = await candidatesByIds(tx, [r.personId]);
    if (!p) throw notFound('人员');
    let userId: string | null = null;
    if (opts.action === 'confirm') {
      if (p.kind === 'staff') throw new AppError('CONFLICT', '该证件号码登记为教职工，不能开通考生账号');
      if (p.userId) throw new AppError('CONFLICT', '该人员已有账号，不能再开通；请拒绝此申请');
      const [u] = await tx
        .insert(users)
        .values({
          username: `c${p.id.replace(/-/g, '')}`,
          displayName: p.name,
          role: 'candidate',
          passwordHash: r.passwordHash,
          mustChangePassword: false,
        })
        .returning();
      userId = u.id;
      // Linked only if no account came meanwhile (the row is locked by the update; contact data untouched).
      if (!(await linkNewAccount(tx, p.id, u.id)))
        throw new AppError('CONFLICT', '该人员已有账号，不能再开通；请拒绝此申请');
    }
    const status = opts.action === 'confirm' ? 'confirmed' : 'rejected';
    const [row] = await tx
      .update(signupRequests)
      .set({ status, passwordHash: '', decidedBy: actor.userId, decidedAt: new Date() })
      .where(eq(signupRequests.id, r.id))
      .returning();
    await recordAudit(tx, actor, {
      action: `signup.${opts.action}`,
      entity: 'signup_request',
      entityId: r.id,
      before: { status: 'pending' },
      after: { status, personId: p.id, userId },
    });
    const [college] = p.collegeId
      ? await tx.select({ name: colleges.name }).from(colleges).where(eq(colleges.id, p.collegeId))
      : [];
    return presentSignupRequest(row, { ...p, userId: userId ?? p.userId }, college?.name ?? null);
  });
}
