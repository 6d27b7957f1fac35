import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, centres, colleges, occupations } from '../../db/schema/index.js';
import { assertCanPlanBatch } from './scope.service.js';
import { describeHome } from '../home/home.service.js';
import { systemActor } from '../../http/access.js';

let t: TestApp;
let head: TestClient;
let kaowu: TestClient;
let clerk: TestClient;
let jd = '';
let xx = '';
beforeAll(async () => {
  t = await createTestApp();
  head = await t.login('zhuren');
  kaowu = await t.login('kaowu');
  clerk = await t.login('jidian');
  const rows = await t.database.db.select().from(colleges);
  jd = rows.find((c) => c.code === 'JD')!.id;
  xx = rows.find((c) => c.code === 'XX')!.id;
});
afterAll(async () => t.close());

const auditCount = async () =>
  Number((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0].n);

describe('R-ORG-01 centre profile and filing validity', () => {
  it('R-ORG-01: the demo centre has its filing code, date and 3-year validity', async () => {
    const res = await kaowu.get('/api/v1/centre');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      filingCode: 'Y000041019001',
      filingDate: '2024-03-15',
      type: '院校',
      filing: { validUntil: '2027-03-14' },
    });
  });

  it('R-ORG-01: bad profile data is refused with Chinese messages naming the field, and nothing changes', async () => {
    const before = await head.get('/api/v1/centre');
    const before$ = await auditCount();
    const body = {
      ...before.json(),
      name: '示例学院认定中心',
      filingCode: 'Y000099019001',
      creditCode: '9144030071526726XH',
    };
    for (const k of ['id', 'type', 'filing', 'updatedAt']) delete body[k];
    const res = await head.put('/api/v1/centre', body);
    expect(res.statusCode).toBe(400);
    const msg = res.json().error.message as string;
    expect(msg).toContain('名称：须以“职业技能等级认定中心”结尾');
    expect(msg).toContain('备案号：第 6–7 位“99”不是有效的省级行政区代码');
    expect(msg).toContain('统一社会信用代码：校验位不正确（第 18 位应为 G）');
    expect((await head.get('/api/v1/centre')).json()).toEqual(before.json());
    expect(await auditCount()).toBe(before$);
  });

  it('R-ORG-01: only the head and admin change the profile; the change is audited', async () => {
    const cur = (await head.get('/api/v1/centre')).json();
    const body = {
      name: cur.name,
      shortName: cur.shortName,
      filingCode: cur.filingCode,
      filingDate: cur.filingDate,
      creditCode: '91330100716105852F',
      schoolNature: '公办',
      filingWarnDays: 90,
    };
    expect((await kaowu.put('/api/v1/centre', body)).statusCode).toBe(403);
    const res = await head.put('/api/v1/centre', body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().creditCode).toBe('91330100716105852F');
    const [last] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entity, 'centre'))
      .orderBy(sql`seq desc`)
      .limit(1);
    expect(last.action).toBe('update');
  });

  it('R-ORG-01: the home page warns 90 days before expiry and says when the filing has expired', async () => {
    const actor = { ...systemActor, role: 'centre_head' as const };
    const at = (day: string) => describeHome(t.database.db, { actor, now: new Date(`${day}T04:00:00Z`) });
    const reminders = async (day: string) => {
      const { describeCentreReminders } = await import('./centre.service.js');
      return describeCentreReminders(t.database.db, { actor, today: day });
    };
    expect(await reminders('2026-12-13')).toEqual([]);
    expect((await reminders('2026-12-14'))[0]).toMatchObject({
      level: 'warning',
      text: expect.stringMatching(/2027-03-14 到期（还有 90 天）/),
    });
    expect((await reminders('2027-03-15'))[0]).toMatchObject({
      level: 'error',
      text: expect.stringMatching(/不能再安排新的认定批次/),
    });
    expect((await at('2026-01-05')).reminders.some((r) => /备案/.test(r.text))).toBe(false);
    // the clerk's home page does not carry the centre's filing reminders
    expect(
      await (
        await import('./centre.service.js')
      ).describeCentreReminders(t.database.db, { actor: { ...actor, role: 'college_clerk' }, today: '2027-04-01' }),
    ).toEqual([]);
  });

  it('R-ORG-01: an expired filing refuses to plan a batch; a valid one inside the scope is accepted', async () => {
    const target = { collegeId: jd, edition: '2022', code: '6-31-01-03', level: 3 };
    await expect(assertCanPlanBatch(t.database.db, { ...target, today: '2027-03-14' })).resolves.toMatchObject({
      occupationName: '电工',
    });
    await expect(assertCanPlanBatch(t.database.db, { ...target, today: '2027-03-15' })).rejects.toThrow(
      /备案已于 2027-03-14 到期/,
    );
    const res = await clerk.get(
      `/api/v1/scope/check?collegeId=${jd}&edition=2022&code=6-31-01-03&level=3&day=2027-03-15`,
    );
    expect(res.json()).toMatchObject({ ok: false, message: expect.stringMatching(/到期/) });
  });
});

describe('R-ORG-02 occupation catalogue', () => {
  it('R-ORG-02: two editions are loaded, 2022 (1,676) the default', async () => {
    const res = await kaowu.get('/api/v1/catalogue/editions');
    expect(res.json()).toEqual([
      { edition: '2015', name: expect.any(String), isDefault: false, count: 1024 },
      { edition: '2022', name: expect.any(String), isDefault: true, count: 1676 },
    ]);
  });

  it('R-ORG-02: search by code or name per edition: 4-10-01-03 is 保育员 in 2015 and 保育师 in 2022', async () => {
    const y22 = (await kaowu.get('/api/v1/catalogue/occupations?keyword=4-10-01-03')).json();
    expect(y22.items.map((o: { name: string }) => o.name)).toEqual(['保育师']);
    const y15 = (await kaowu.get('/api/v1/catalogue/occupations?edition=2015&keyword=4-10-01-03')).json();
    expect(y15.items[0]).toMatchObject({ name: '保育员', levels: [5, 4, 3] });
    const ec = (await kaowu.get(`/api/v1/catalogue/occupations?keyword=${encodeURIComponent('电子商务师')}`)).json();
    expect(ec.items.map((o: { code: string }) => o.code)).toEqual(['4-01-06-01']);
    const ec15 = (
      await kaowu.get(`/api/v1/catalogue/occupations?edition=2015&keyword=${encodeURIComponent('电子商务')}`)
    ).json();
    expect(ec15.items[0]).toMatchObject({ code: '4-01-02-02', jobs: [expect.objectContaining({ name: '网商' })] });
    const bad = await kaowu.get('/api/v1/catalogue/occupations?edition=2019');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/目录版本/);
  });

  it('R-ORG-02: jobs and levels are added by hand; a clerk may read but not change the catalogue', async () => {
    const [o] = await t.database.db
      .select()
      .from(occupations)
      .where(sql`edition = '2022' and code = '4-04-05-01'`);
    expect((await clerk.put(`/api/v1/catalogue/occupations/${o.id}/levels`, { levels: [4, 3] })).statusCode).toBe(403);
    const lv = await kaowu.put(`/api/v1/catalogue/occupations/${o.id}/levels`, { levels: [3, 4, 5, 2] });
    expect(lv.json().levels).toEqual([5, 4, 3, 2]);
    const job = await kaowu.post(`/api/v1/catalogue/occupations/${o.id}/jobs`, { name: '前端程序设计员' });
    expect(job.json().jobs.map((j: { name: string }) => j.name)).toEqual(['前端程序设计员']);
    const dup = await kaowu.post(`/api/v1/catalogue/occupations/${o.id}/jobs`, { name: '前端程序设计员' });
    expect(dup.statusCode).toBe(409);
    const badLevels = await kaowu.put(`/api/v1/catalogue/occupations/${o.id}/levels`, { levels: [6] });
    expect(badLevels.statusCode).toBe(400);
    expect(badLevels.json().error.message).toMatch(/等级/);
  });

  it('R-ORG-02: seeding the catalogue again changes nothing', async () => {
    const { seedCatalogue } = await import('./catalogue.service.js');
    expect(await t.database.db.transaction((tx) => seedCatalogue(tx))).toBe(0);
    const [c] = await t.database.db.select().from(centres);
    expect(c.filingCode).toBe('Y000041019001');
    expect(xx).not.toBe('');
  });
});

describe('R-ORG-02 jobs from Excel', () => {
  it('R-ORG-02: jobs and levels import from Excel; a bad row imports nothing and names its row and column', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const make = async (rows: string[][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('工种');
      ws.addRow(['目录版本', '职业编码', '工种名称', '等级']);
      rows.forEach((r) => ws.addRow(r));
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const send = async (bytes: Buffer) => {
      const boundary = '----sc' + Date.now();
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="jobs.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/catalogue/jobs/import',
        headers: {
          cookie: kaowu.cookie,
          'x-csrf-token': kaowu.csrf,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        payload,
      });
    };
    const bad = await send(
      await make([
        ['2022', '6-31-01-03', '维修电工', '5、4、3、2、1'],
        ['2022', '6-31-01-3', '高压电工', '3'],
        ['2015', '9-99-99-99', '不存在工种', '7'],
      ]),
    );
    expect(bad.statusCode).toBe(400);
    const d = bad.json().error.details as { row: number; column: string }[];
    expect(d.map((x) => `${x.row}${x.column}`)).toEqual(expect.arrayContaining(['3B', '4D']));
    const ok = await send(
      await make([
        ['2022', '6-31-01-03', '维修电工', '5、4、3、2、1'],
        ['2022', '6-31-01-03', '维修电工', ''],
      ]),
    );
    expect(ok.json()).toEqual({ added: 1, skipped: 1 });
    const occ = (await kaowu.get('/api/v1/catalogue/occupations?keyword=6-31-01-03')).json().items[0];
    expect(occ.jobs).toEqual([expect.objectContaining({ name: '维修电工', levels: [5, 4, 3, 2, 1] })]);
  });
});

describe('R-ORG-06 self-assessment API', () => {
  it('R-ORG-06: the sheet is data summing to 100; a self-assessment shows total, veto failures and the result', async () => {
    const sheet = (await head.get('/api/v1/assessments/sheet')).json();
    expect(sheet).toMatchObject({ maxTotal: 100, passMark: 65 });
    const items = sheet.items as { id: string; kind: string; maxPoints: number }[];
    const veto = items.filter((i) => i.kind === 'veto').map((i) => ({ itemId: i.id, ok: i.id !== 'A21' }));
    const points = items.filter((i) => i.kind === 'points').map((i) => ({ itemId: i.id, points: i.maxPoints }));
    const res = await head.post('/api/v1/assessments', { title: '2026 年自评', scores: [...veto, ...points] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().result).toMatchObject({
      total: 100,
      passed: false,
      vetoFailures: [expect.stringMatching(/证书样式/)],
    });
    const fixed = await head.put(`/api/v1/assessments/${res.json().id}`, {
      title: '2026 年自评',
      scores: [...veto.map((v) => ({ ...v, ok: true })), ...points],
    });
    expect(fixed.json().result).toMatchObject({ total: 100, passed: true });
    expect((await kaowu.get(`/api/v1/assessments/${res.json().id}`)).json().title).toBe('2026 年自评');
    const over = await head.post('/api/v1/assessments', {
      title: '超分',
      scores: [
        { itemId: 'A1', points: 7 },
        { itemId: 'Q1', points: 1 },
      ],
    });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toMatch(/得分 7 超过该项分值 6/);
    expect(over.json().error.message).toMatch(/否决项不计分/);
    expect((await clerk.get('/api/v1/assessments')).statusCode).toBe(403);
  });
});
