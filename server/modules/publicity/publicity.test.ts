import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, batches, publicityWindows, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { chinaToday } from '../../../shared/dates.js';
import { loadWorkCalendar, seedProvisionalDemoCalendars } from '../calendar/calendar.service.js';
import { removeProvisionalYears } from '../calendar/calendar.testkit.js';
import { candidateOfUser } from '../people/people.reads.js';
import { collegeIdsOf } from '../arrangement/arrangement.testkit.js';
import { okJson } from '../plans/plans.testkit.js';
import { finalFrom, publicityWindow } from './publicity.rules.js';
import { getPublicityBatch, makeResultsFinal, startPublicity } from './publicity.service.js';
import { fileCandidateObjection, filePublicObjection, resolveObjection } from './objections.service.js';
import { getPublicPublicity, myResults } from './public.service.js';
import { correctScore, resultsBatch, type ResultsBatch } from './publicity.testkit.js';

/** R-PUB-01 (成绩公示) with R-DAYS-01 (the window counted in working days on the official 2026 calendar). */

let t: TestApp;
let admin: TestClient;
let head: TestClient;
let kaowu: TestClient;
let candidate: TestClient;
let college = '';
const actors: Record<string, Actor> = {};

async function actorOf(username: string): Promise<Actor> {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return { userId: u.id, username, displayName: u.displayName, role: u.role, collegeId: u.collegeId, ip: null };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  head = await t.login('zhuren');
  kaowu = await t.login('kaowu');
  candidate = await t.login('kaosheng');
  college = (await collegeIdsOf(t)).JD;
  for (const u of ['zhuren', 'kaowu', 'kaosheng']) actors[u] = await actorOf(u);
}, 120_000);
afterAll(async () => t?.close());

const batch = () => resultsBatch(t, admin, college);
/** Starts a batch's window on 2026-09-28 (a Monday): 5 working days across 国庆 2026. */
const startSep28 = (rb: ResultsBatch) =>
  startPublicity(t.database.db, { actor: actors.zhuren, batchId: rb.batchId, today: '2026-09-28' });
const publicObjection = (rb: ResultsBatch, today: string, extra: Record<string, unknown> = {}) =>
  filePublicObjection(t.database.db, {
    batchId: rb.batchId,
    ip: '203.0.113.9',
    today,
    data: { objectorName: '李四', objectorContact: '13900000000', objectionText: '公示甲的理论成绩可能有误', ...extra },
  });
async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}
/** Moves a window so that it runs over the real today (the HTTP routes use the clock). */
const windowAroundToday = (batchId: string) =>
  t.database.db
    .update(publicityWindows)
    .set({ startsOn: '2000-01-03', endsOn: '2099-12-31' })
    .where(eq(publicityWindows.batchId, batchId));

describe('R-PUB-01 / R-DAYS-01: the window', () => {
  it('R-PUB-01 / R-DAYS-01: 5 working days from Monday 2026-09-28 cross 国庆 2026: the last day is 2026-10-09 and results may become final from the make-up working Saturday 2026-10-10', async () => {
    const rb = await batch();
    const d = await startSep28(rb);
    expect(d.window).toMatchObject({ startsOn: '2026-09-28', endsOn: '2026-10-09', days: 5, finalFrom: '2026-10-10' });
    expect(d.stage).toBe('open');
    const [b] = await t.database.db.select().from(batches).where(eq(batches.id, rb.batchId));
    expect(b.state).toBe('publicity'); // moved through the plans module's own transition
    const [row] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'publicity.start'), eq(auditLog.entityId, rb.batchId)));
    expect(row.after).toMatchObject({ startsOn: '2026-09-28', endsOn: '2026-10-09', candidates: 3 });
  });

  it('R-DAYS-01: a window asked to start on a holiday (2026-10-01) starts on the next working day 2026-10-08 and runs to 2026-10-13', async () => {
    const cal = await loadWorkCalendar(t.database.db);
    const w = publicityWindow(cal, '2026-10-01', 5);
    expect(w).toEqual({ startsOn: '2026-10-08', endsOn: '2026-10-13', days: 5 });
    expect(finalFrom(cal, w)).toBe('2026-10-14');
  });

  it('R-DAYS-01: a window running into a year without calendar data is refused, naming the year, and nothing changes', async () => {
    const rb = await batch();
    // The template's provisional next year (the demo's) is removed for this case and put back after it.
    await removeProvisionalYears(t.database.db);
    const e = await refusal(
      startPublicity(t.database.db, {
        actor: actors.zhuren,
        batchId: rb.batchId,
        startsOn: '2026-12-28',
        today: '2026-12-01',
      }),
    ).finally(() => seedProvisionalDemoCalendars(t.database.db, { today: chinaToday() }));
    expect(e.code).toBe('CALENDAR_MISSING');
    expect(e.message).toContain('2027');
    const [b] = await t.database.db.select().from(batches).where(eq(batches.id, rb.batchId));
    expect(b.state).toBe('examining');
  });

  it('R-PUB-01: the window has at least 5 working days: the head sets 6, 4 is refused, and others may not change it', async () => {
    const bad = await head.put('/api/v1/publicity/settings', { workingDays: 4 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('不能少于 5 个工作日');
    expect((await kaowu.put('/api/v1/publicity/settings', { workingDays: 6 })).statusCode).toBe(403);
    try {
      expect((await okJson(head.put('/api/v1/publicity/settings', { workingDays: 6 }))).workingDays).toBe(6);
      const d = await startSep28(await batch());
      expect(d.window).toMatchObject({ endsOn: '2026-10-10', days: 6 }); // 调休 Saturday counts
    } finally {
      await okJson(head.put('/api/v1/publicity/settings', { workingDays: 5 }));
    }
  });
});

describe('R-PUB-01: starting', () => {
  it('R-PUB-01: a batch cannot be moved to 成绩公示 by a bare state change, only by starting a window', async () => {
    const rb = await batch();
    const res = await head.post(`/api/v1/batches/${rb.batchId}/transitions`, { to: 'publicity' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('成绩公示须在“成绩公示”页面开始');
    const [b] = await t.database.db.select().from(batches).where(eq(batches.id, rb.batchId));
    expect(b.state).toBe('examining');
  });

  it('R-PUB-01: publicity does not start before every 成绩登记表 is signed', async () => {
    const rb = await resultsBatch(t, admin, college, { signed: false });
    const e = await refusal(startSep28(rb));
    expect(e.code).toBe('CONFLICT');
    expect(e.message).toContain('成绩登记表尚未全部签字');
  });

  it('R-PUB-01: publicity does not start while a result is incomplete, nor twice, nor by the exam admin', async () => {
    const rb = await resultsBatch(t, admin, college, { candidates: [{ name: '缺分', theory: 70, skill: null }] });
    const e = await refusal(startSep28(rb));
    expect(e.message).toContain('成绩未齐');
    const ok = await batch();
    await startSep28(ok);
    expect((await refusal(startSep28(ok))).message).toContain('已开始成绩公示');
    const res = await kaowu.post(`/api/v1/publicity/batches/${(await batch()).batchId}/start`, {});
    expect(res.statusCode).toBe(403);
  });
});

describe('R-PUB-01: objections and making results final', () => {
  it('R-PUB-01: results cannot become final on day 4 of 5, nor on the last day, nor with an open objection; then can', async () => {
    const rb = await batch();
    await startSep28(rb);
    const db = t.database.db;
    const final = (today: string) => makeResultsFinal(db, { actor: actors.zhuren, batchId: rb.batchId, today });
    const day4 = await refusal(final('2026-10-08'));
    expect(day4.code).toBe('CONFLICT');
    expect(day4.message).toBe('公示期为 2026-09-28 至 2026-10-09（5 个工作日），2026-10-10 起方可确定成绩');
    expect((await refusal(final('2026-10-09'))).message).toContain('2026-10-10 起方可确定成绩');
    const o = await publicObjection(rb, '2026-10-09'); // the last day still takes objections
    const open = await refusal(final('2026-10-10'));
    expect(open.message).toBe('尚有 1 条异议未处理，全部处理后方可确定成绩');
    await resolveObjection(db, { actor: actors.kaowu, id: o.id, resolution: '经复核，理论成绩录入无误，维持原成绩' });
    const d = await final('2026-10-10');
    expect(d.stage).toBe('final');
    expect(d.window?.finalAt).toBeTruthy();
    expect(d.objectionList[0]).toMatchObject({ state: 'resolved', resolvedByName: expect.any(String) });
    expect((await refusal(final('2026-10-12'))).message).toContain('已确定');
  });

  it('R-PUB-01: objections are taken during the window only, with a clear message before and after', async () => {
    const rb = await batch();
    await startPublicity(t.database.db, {
      actor: actors.zhuren,
      batchId: rb.batchId,
      startsOn: '2026-10-08',
      today: '2026-09-28',
    });
    // Before the first day the window is not public at all.
    expect((await refusal(publicObjection(rb, '2026-09-30'))).code).toBe('NOT_FOUND');
    const after = await refusal(publicObjection(rb, '2026-10-14'));
    expect(after.code).toBe('CONFLICT');
    expect(after.message).toBe('本批次成绩公示期（2026-10-08 至 2026-10-13）已结束，不再受理异议');
    const first = await publicObjection(rb, '2026-10-08', { entryNo: 1 });
    expect(first.message).toContain('异议已登记');
    const bad = await refusal(publicObjection(rb, '2026-10-08', { ticketNumber: 'NOPE-1' }));
    expect(bad.message).toContain('公示名单中没有此准考证号');
  });

  it('R-PUB-01: an objection is resolved only with a reason, once, by the centre', async () => {
    const rb = await batch();
    await startSep28(rb);
    await windowAroundToday(rb.batchId);
    const anon = t.anonymous();
    const page = await okJson(anon.get(`/api/v1/public/publicity/${rb.batchId}`));
    const bing = page.entries.find((e: { name: string }) => e.name === '公示丙');
    const filed = await anon.post(`/api/v1/public/publicity/${rb.batchId}/objections`, {
      objectorName: '王五',
      objectorContact: 'wangwu@example.com',
      objectionText: '名单中公示丙缺考一事请核实',
      entryNo: bing.no,
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const id = filed.json().id as string;
    const empty = await kaowu.post(`/api/v1/publicity/objections/${id}/resolve`, { resolution: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('处理结果');
    expect(
      (await candidate.post(`/api/v1/publicity/objections/${id}/resolve`, { resolution: '不成立' })).statusCode,
    ).toBe(403);
    const done = await okJson(
      kaowu.post(`/api/v1/publicity/objections/${id}/resolve`, { resolution: '经核实，该考生确系缺考，维持原结果' }),
    );
    expect(done).toMatchObject({ state: 'resolved', source: 'public', entryLabel: expect.stringContaining('公示丙') });
    expect(
      (await kaowu.post(`/api/v1/publicity/objections/${id}/resolve`, { resolution: '再次处理' })).statusCode,
    ).toBe(409);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(rows.map((r) => r.action).sort()).toEqual(['publicity.objection', 'publicity.resolve']);
  });

  it('R-PUB-01: staff record an objection received by letter while the window is open', async () => {
    const rb = await batch();
    await startSep28(rb);
    const res = await okJson(
      kaowu.post(`/api/v1/publicity/batches/${rb.batchId}/objections`, {
        objectorName: '赵六',
        objectorContact: '0371-12345678',
        objectionText: '来信反映技能成绩计算有误',
        applicationId: rb.candidates[1].applicationId,
      }),
    );
    expect(res).toMatchObject({ source: 'staff', state: 'open', entryLabel: expect.stringContaining('公示乙') });
  });
});

describe('R-PUB-01: the public page', () => {
  it('R-PUB-01 / R-PPL-02: the public sees name, masked ID, ticket, occupation, level and result, nothing else, without login', async () => {
    const rb = await batch();
    await startSep28(rb);
    const anon = t.anonymous();
    // Not public before its first day.
    await t.database.db
      .update(publicityWindows)
      .set({ startsOn: '2099-01-05', endsOn: '2099-01-09' })
      .where(eq(publicityWindows.batchId, rb.batchId));
    expect((await anon.get(`/api/v1/public/publicity/${rb.batchId}`)).statusCode).toBe(404);
    await windowAroundToday(rb.batchId);
    const list = await okJson(anon.get('/api/v1/public/publicity'));
    expect(list.items.map((b: { batchId: string }) => b.batchId)).toContain(rb.batchId);
    const page = await okJson(anon.get(`/api/v1/public/publicity/${rb.batchId}`));
    expect(page.batch).toMatchObject({ title: rb.title, acceptsObjections: true, stateName: '公示中' });
    expect(page.entries).toHaveLength(3);
    const byName = new Map(page.entries.map((e: { name: string }) => [e.name, e]));
    expect(byName.get('公示甲')).toMatchObject({ result: '合格', levelName: '四级/中级工', occupation: '电工' });
    expect(byName.get('公示乙')).toMatchObject({ result: '不合格' }); // 59.5 is below 60
    expect(byName.get('公示丙')).toMatchObject({ result: '不合格' }); // absent theory
    for (const e of page.entries) {
      expect(Object.keys(e).sort()).toEqual([
        'idMasked',
        'levelName',
        'name',
        'no',
        'occupation',
        'result',
        'ticketNumber',
      ]);
      expect(e.idMasked).toMatch(/^\*{14}[0-9X]{4}$/);
    }
    for (const c of rb.candidates) expect(JSON.stringify(page)).not.toContain(c.idNumber);
  });

  it('R-PUB-01 / R-SCORE-04: a correction after sign-off shows at once while the window is open, marked for the centre', async () => {
    const rb = await batch();
    await startSep28(rb);
    await correctScore(t, rb, rb.candidates[1].applicationId, 'theory', 61);
    const pub = await getPublicPublicity(t.database.db, { batchId: rb.batchId, today: '2026-09-29' });
    expect(pub.entries.find((e) => e.name === '公示乙')?.result).toBe('合格');
    const d = await getPublicityBatch(t.database.db, { actor: actors.kaowu, batchId: rb.batchId, today: '2026-09-29' });
    expect(d.entries.find((e) => e.name === '公示乙')).toMatchObject({ outcome: 'pass', changed: true });
    expect(d.entries.find((e) => e.name === '公示甲')?.changed).toBe(false);
  });
});

describe('R-PUB-01: final results, the export and the portal', () => {
  it('R-PUB-01: the final results are exported in the result-sheet layout with full ID numbers, stored once, and downloaded as the same bytes', async () => {
    const rb = await batch();
    await startSep28(rb);
    expect((await head.post(`/api/v1/publicity/batches/${rb.batchId}/export`)).statusCode).toBe(409); // not final
    await makeResultsFinal(t.database.db, { actor: actors.zhuren, batchId: rb.batchId, today: '2026-10-10' });
    // After final, a correction no longer changes what was made final.
    await correctScore(t, rb, rb.candidates[1].applicationId, 'theory', 99);
    const d = await okJson(kaowu.post(`/api/v1/publicity/batches/${rb.batchId}/export`));
    expect(d.window.exportSha256).toMatch(/^[0-9a-f]{64}$/);
    const first = await kaowu.get(`/api/v1/publicity/batches/${rb.batchId}/export.xlsx`);
    expect(first.statusCode).toBe(200);
    expect(String(first.headers['content-disposition'])).toContain(encodeURIComponent('成绩上报表'));
    const again = await okJson(head.post(`/api/v1/publicity/batches/${rb.batchId}/export`));
    expect(again.window.exportSha256).toBe(d.window.exportSha256);
    const second = await head.get(`/api/v1/publicity/batches/${rb.batchId}/export.xlsx`);
    expect(Buffer.compare(first.rawPayload, second.rawPayload)).toBe(0);
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(first.rawPayload).digest('hex')).toBe(d.window.exportSha256);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(first.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      '序号',
      '姓名',
      '证件号码',
      '准考证号',
      '职业(工种)',
      '等级',
      '理论成绩',
      '技能成绩',
      '综合评审',
      '结果',
    ]);
    const rows = [3, 4, 5].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
    const yi = rows.find((r) => r[1] === '公示乙')!;
    expect(yi[2]).toBe(rb.candidates[1].idNumber); // the authority needs the full number
    expect(yi[6]).toBe('59.5'); // as made final, not the later correction
    expect(yi[9]).toBe('不合格');
    expect(rows.find((r) => r[1] === '公示丙')![6]).toBe('缺考');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, rb.batchId));
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['publicity.export', 'download']));
    expect(audit.filter((r) => r.action === 'publicity.export')).toHaveLength(1);
    expect((await candidate.get(`/api/v1/publicity/batches/${rb.batchId}/export.xlsx`)).statusCode).toBe(403);
  });

  it('R-PUB-01: a candidate sees its result in the portal while publicised and its scores once final, and objects to its own only', async () => {
    const me = await candidateOfUser(t.database.db, actors.kaosheng.userId);
    expect(me).toBeTruthy();
    const rb = await resultsBatch(t, admin, college, {
      candidates: [{ name: me!.name, theory: 88, skill: 91 }],
      personIds: [me!.id],
    });
    const other = await batch();
    await startSep28(rb);
    await startSep28(other);
    const db = t.database.db;
    expect((await myResults(db, { actor: actors.kaosheng, today: '2026-09-27' })).items).toEqual([]);
    const during = await myResults(db, { actor: actors.kaosheng, today: '2026-09-29' });
    expect(during.items).toHaveLength(1);
    expect(during.items[0]).toMatchObject({ state: 'open', outcomeName: '合格', acceptsObjections: true, parts: [] });
    const own = await fileCandidateObjection(db, {
      actor: actors.kaosheng,
      today: '2026-09-29',
      data: {
        applicationId: rb.candidates[0].applicationId,
        objectorContact: '13800000000',
        objectionText: '请复核技能成绩',
      },
    });
    expect(own.message).toContain('异议已登记');
    const foreign = await refusal(
      fileCandidateObjection(db, {
        actor: actors.kaosheng,
        today: '2026-09-29',
        data: {
          applicationId: other.candidates[0].applicationId,
          objectorContact: '13800000000',
          objectionText: '他人成绩有误',
        },
      }),
    );
    expect(foreign.code).toBe('NOT_FOUND');
    const d = await getPublicityBatch(db, { actor: actors.kaowu, batchId: rb.batchId, today: '2026-09-29' });
    await resolveObjection(db, { actor: actors.kaowu, id: d.objectionList[0].id, resolution: '复核无误' });
    await makeResultsFinal(db, { actor: actors.zhuren, batchId: rb.batchId, today: '2026-10-10' });
    const after = await myResults(db, { actor: actors.kaosheng, today: '2026-10-10' });
    expect(after.items[0]).toMatchObject({ state: 'final', stateName: '成绩已确定', outcome: 'pass' });
    expect(after.items[0].parts.map((p) => [p.part, p.score])).toEqual(
      expect.arrayContaining([
        ['theory', 88],
        ['skill', 91],
      ]),
    );
    const res = await candidate.get('/api/v1/me/results');
    expect(res.statusCode).toBe(200);
    expect((await kaowu.get('/api/v1/me/results')).statusCode).toBe(403);
    expect(chinaToday()).toMatch(/^\d{4}-/);
  });
});
