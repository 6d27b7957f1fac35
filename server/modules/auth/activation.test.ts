import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { activationCodes, auditLog, colleges, persons, users } from '../../db/schema/index.js';
import { filedBatch, okJson } from '../plans/plans.testkit.js';
import { postFile } from '../people/people.testkit.js';
import { buildImportedRoster, rosterIdNumber, rosterRows, rosterXlsx } from '../registration/roster.testkit.js';
import type { CandidateAccountList } from '../../../shared/activation.js';
import { INITIAL_ACTIVATION, INITIAL_PASSWORD_ID6 } from './candidate.service.js';
import { activationCodeOf, activationSheetRows, allCandidateAccounts } from './activation.testkit.js';
import { replaceLegacyInitialPasswords } from './activation.service.js';

/** Issue 8 item 4: random one-time activation codes instead of the derivable last six ID characters. */

let t: TestApp;
let kaowu: TestClient;
let jidian: TestClient;
let xinxi: TestClient;
let batch = '';
const FROM = 12_000; // students R0012000… (distinct from other tests' rosters)
const number = (k: number) => `R${String(FROM + k).padStart(7, '0')}`;
const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
const list = async (c: TestClient, b = batch) => ({ items: await allCandidateAccounts(c, b) });
const userOf = async (studentNumber: string) =>
  (await t.database.db.select().from(persons).where(eq(persons.studentNumber, studentNumber)))[0].userId!;

let zhuren: TestClient;
let JD = '';
/** A batch of its own with 16 students imported (`from` on), all waiting for activation. */
const ownRoster = (from: number) =>
  buildImportedRoster(t, { kaowu, zhuren, clerk: jidian }, JD, rosterRows(16, { from }));

beforeAll(async () => {
  t = await createTestApp();
  [kaowu, zhuren, jidian, xinxi] = await Promise.all(['kaowu', 'zhuren', 'jidian', 'xinxi'].map((u) => t.login(u)));
  JD = (await t.database.db.select().from(colleges).where(eq(colleges.code, 'JD')))[0].id;
  batch = await filedBatch(kaowu, zhuren, JD, true);
  await okJson(kaowu.post(`/api/v1/batches/${batch}/transitions`, { to: 'registering' }));
  const res = await postFile(
    t,
    jidian,
    `/api/v1/batches/${batch}/roster/import`,
    '花名册.xlsx',
    await rosterXlsx(rosterRows(16, { from: FROM })),
  );
  expect(res.statusCode, res.body).toBe(200);
}, 60_000);
afterAll(async () => t.close());

describe('activation codes (issue 8 item 4)', () => {
  it('activation codes: a roster import gives every account a random code, stored sealed, never the ID number’s last six', async () => {
    const from = 12_100;
    const batch = await ownRoster(from);
    const number = (k: number) => `R${String(from + k).padStart(7, '0')}`;
    const ids = await Promise.all(Array.from({ length: 16 }, (_, k) => userOf(number(k))));
    const rows = await t.database.db.select().from(activationCodes).where(inArray(activationCodes.userId, ids));
    expect(rows).toHaveLength(16);
    const accounts = await t.database.db.select().from(users).where(inArray(users.id, ids));
    expect(accounts).toHaveLength(16);
    expect(accounts.every((u) => u.passwordHash === INITIAL_ACTIVATION && u.mustChangePassword)).toBe(true);
    const codes = await Promise.all([0, 1, 2, 3].map((k) => activationCodeOf(jidian, batch, number(k))));
    for (const c of codes) expect(c).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(4);
    // A dump of the table holds neither the codes nor anything ID-derived in clear.
    const dump = JSON.stringify(await t.database.db.execute(sql`select * from activation_codes`));
    for (const c of codes) expect(dump).not.toContain(c);
    expect(rows.every((r) => r.codeSealed.startsWith('v1.'))).toBe(true);
    expect((await login(number(5), rosterIdNumber(from + 5).slice(-6))).statusCode).toBe(401);
  });

  it('activation codes: the clerk lists the batch’s accounts by class and downloads a class’s codes as PDF and Excel (audited)', async () => {
    const from = 12_200;
    const batch = await ownRoster(from);
    const number = (k: number) => `R${String(from + k).padStart(7, '0')}`;
    const first = (await jidian.get(`/api/v1/batches/${batch}/candidate-accounts`)).json() as CandidateAccountList;
    expect(first.classes.reduce((n, c) => n + c.total, 0)).toBe(16);
    expect(first.className).toBe(first.classes[0].className);
    expect(first.items.every((i) => i.className === first.className)).toBe(true); // one class at a time
    expect(first.items).toHaveLength(first.classes[0].total);
    const l = await list(jidian, batch);
    expect(l.items).toHaveLength(16);
    const cls = l.items.find((i) => i.studentNumber === number(0))!.className;
    expect(l.items.every((i) => i.state === 'pending')).toBe(true);
    const sheet = await activationSheetRows(jidian, batch, cls);
    expect(sheet.length).toBe(l.items.filter((i) => i.className === cls).length);
    expect(Object.keys(sheet[0])).toEqual(['序号', '姓名', '学号', '班级', '登录账号', '激活码', '状态']);
    expect(JSON.stringify(sheet)).not.toContain(rosterIdNumber(from).slice(-6) + '"'); // no ID number on the sheet
    const pdf = await jidian.get(
      `/api/v1/batches/${batch}/candidate-accounts/sheet?className=${encodeURIComponent(cls)}&format=pdf`,
    );
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/pdf/);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'activation.print'), eq(auditLog.entityId, batch)));
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit.map((a) => a.after))).not.toMatch(/[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}/);
    const bad = await jidian.get(
      `/api/v1/batches/${batch}/candidate-accounts/sheet?className=${encodeURIComponent(cls)}&format=doc`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/文件格式/);
  });

  it('activation codes: a code opens the first login only, which must set a password; the list then says 已激活', async () => {
    const code = await activationCodeOf(jidian, batch, number(1));
    const res = await login(number(1), code.replace(/-/g, ' ').toLowerCase());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.mustChangePassword).toBe(true);
    expect((await login(number(1), code)).statusCode).toBe(401);
    const c = await t.login(number(1), code).catch(() => null);
    expect(c).toBeNull();
    const after = (await list(jidian)).items.find((i) => i.studentNumber === number(1))!;
    expect(after.state).toBe('active');
    const summary = (
      await jidian.get(`/api/v1/batches/${batch}/candidate-accounts?className=${encodeURIComponent(after.className)}`)
    ).json() as CandidateAccountList;
    expect(summary.classes.find((c) => c.className === after.className)!.active).toBe(1);
    // An activated account's code is not printed any more.
    expect(
      (await activationSheetRows(jidian, batch, after.className)).find((r) => r['学号'] === number(1))!['激活码'],
    ).toBe('');
  });

  it('activation codes: the college replaces a code; the old one stops working at once; audited without the code', async () => {
    const old = await activationCodeOf(jidian, batch, number(2));
    const uid = await userOf(number(2));
    const r = await jidian.post(`/api/v1/candidate-accounts/${uid}/activation-code`, {});
    expect(r.statusCode, r.body).toBe(200);
    const fresh = r.json().code as string;
    expect(fresh).not.toBe(old);
    expect(await activationCodeOf(jidian, batch, number(2))).toBe(fresh);
    expect((await login(number(2), old)).statusCode).toBe(401);
    expect((await login(number(2), fresh)).statusCode).toBe(200);
    const [a] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'activation.replace'), eq(auditLog.entityId, uid)));
    expect(JSON.stringify(a)).not.toContain(fresh);
    expect(JSON.stringify(a)).not.toContain(old);
  });

  it('activation codes: an account with its own password gets no code', async () => {
    const code = await activationCodeOf(jidian, batch, number(3));
    const c = await t.login(number(3), code);
    expect(
      (await c.post('/api/v1/auth/password', { currentPassword: code, newPassword: 'Zhou-kou#2026' })).statusCode,
    ).toBe(200);
    const r = await jidian.post(`/api/v1/candidate-accounts/${await userOf(number(3))}/activation-code`, {});
    expect(r.statusCode).toBe(409);
    expect(r.json().error.message).toMatch(/已激活/);
  });

  it('activation codes: an account left with the old ID-number password is shown as without code, and gets one', async () => {
    const uid = await userOf(number(4));
    await t.database.db.update(users).set({ passwordHash: INITIAL_PASSWORD_ID6 }).where(eq(users.id, uid));
    await t.database.db.delete(activationCodes).where(eq(activationCodes.userId, uid));
    expect((await login(number(4), rosterIdNumber(FROM + 4).slice(-6))).statusCode).toBe(401);
    expect((await list(jidian)).items.find((i) => i.userId === uid)!.state).toBe('none');
    const r = await kaowu.post(`/api/v1/candidate-accounts/${uid}/activation-code`, {}); // centre staff may too
    expect(r.statusCode, r.body).toBe(200);
    expect((await login(number(4), r.json().code)).statusCode).toBe(200);
  });

  it('activation codes: at start, accounts imported with the old ID-number password get a code (once, audited)', async () => {
    const uid = await userOf(number(7));
    await t.database.db.update(users).set({ passwordHash: INITIAL_PASSWORD_ID6 }).where(eq(users.id, uid));
    await t.database.db.delete(activationCodes).where(eq(activationCodes.userId, uid));
    expect(await replaceLegacyInitialPasswords(t.database.db, t.app.ctx.pii)).toBe(1);
    expect(await replaceLegacyInitialPasswords(t.database.db, t.app.ctx.pii)).toBe(0);
    expect((await list(jidian)).items.find((i) => i.userId === uid)!.state).toBe('pending');
    expect((await login(number(7), rosterIdNumber(FROM + 7).slice(-6))).statusCode).toBe(401);
    expect((await login(number(7), await activationCodeOf(jidian, batch, number(7)))).statusCode).toBe(200);
    expect(await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'activation.upgrade'))).toHaveLength(
      1,
    );
  });

  it("activation codes / R-ORG-07: another college's clerk sees neither the accounts nor the codes, and cannot replace one", async () => {
    expect((await xinxi.get(`/api/v1/batches/${batch}/candidate-accounts`)).statusCode).toBe(404);
    const cls = (await list(jidian)).items[0].className;
    expect(
      (
        await xinxi.get(
          `/api/v1/batches/${batch}/candidate-accounts/sheet?className=${encodeURIComponent(cls)}&format=xlsx`,
        )
      ).statusCode,
    ).toBe(404);
    const uid = await userOf(number(6));
    const r = await xinxi.post(`/api/v1/candidate-accounts/${uid}/activation-code`, {});
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain(number(6));
    // The centre sees all colleges' accounts.
    expect((await list(kaowu)).items).toHaveLength(16);
  });
});
