import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { colleges, scopeRows } from '../../db/schema/index.js';
import type { ScopeRow } from '../../../shared/scope.js';
import { parseScopeList } from './scope.xlsx.js';

let t: TestApp;
let head: TestClient;
let kaowu: TestClient;
let jidian: TestClient;
let xinxi: TestClient;
let jd = '';
let xx = '';
let sm = '';
beforeAll(async () => {
  t = await createTestApp();
  head = await t.login('zhuren');
  kaowu = await t.login('kaowu');
  jidian = await t.login('jidian');
  xinxi = await t.login('xinxi');
  const rows = await t.database.db.select().from(colleges);
  jd = rows.find((c) => c.code === 'JD')!.id;
  xx = rows.find((c) => c.code === 'XX')!.id;
  sm = rows.find((c) => c.code === 'SM')!.id;
});
afterAll(async () => t.close());

/** A multipart upload as the browser sends it. */
async function upload(c: TestClient, url: string, bytes: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----skillcert' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scope.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
    ),
  );
  parts.push(bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(parts),
  });
}

const rowKey = (r: ScopeRow) =>
  [r.edition, r.code, r.jobName ?? '', r.levels.join(','), r.standardType, r.collegeName, r.major ?? ''].join('|');
const scopeCount = async () =>
  Number((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(scopeRows))[0].n);

async function newFiling(title = '增量备案测试') {
  const res = await kaowu.post('/api/v1/filings', { category: 'incremental', title });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as string;
}

describe('R-ORG-02 scope rows against the catalogue', () => {
  it('R-ORG-02: the Zhoukou notice’s 2015-era codes are usable: 4-01-02-02 电子商务师 (2015) and 4-01-02-07 直播销售员', async () => {
    const rows = (await kaowu.get('/api/v1/scope')).json().items as ScopeRow[];
    expect(rows.find((r) => r.code === '4-01-02-02')).toMatchObject({
      edition: '2015',
      occupationName: '电子商务师',
      jobName: '网商',
    });
    expect(rows.find((r) => r.code === '4-01-02-07')).toMatchObject({
      edition: '2015',
      occupationName: '互联网营销师',
      jobName: '直播销售员',
    });
    expect(rows.find((r) => r.code === '4-10-01-03')).toMatchObject({ edition: '2022', occupationName: '保育师' });
  });

  it('R-ORG-02: a filing row is refused for a bad code, a missing job, a job not of the occupation or levels outside the standard', async () => {
    const id = await newFiling();
    const base = { edition: '2022', standardType: 'national', collegeId: jd, major: '数控技术' };
    const bad = await kaowu.post(`/api/v1/filings/${id}/rows`, { ...base, code: '6-18-1-01', levels: [4] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/编码：职业编码格式应为 N-NN-NN-NN/);
    const noJob = await kaowu.post(`/api/v1/filings/${id}/rows`, { ...base, code: '4-12-01-01', levels: [4] });
    expect(noJob.json().error.message).toMatch(/工种：职业“汽车维修工”下设工种，须填写工种/);
    const wrongJob = await kaowu.post(`/api/v1/filings/${id}/rows`, {
      ...base,
      code: '4-12-01-01',
      jobName: '车身喷漆',
      levels: [4],
    });
    expect(wrongJob.json().error.message).toMatch(/“车身喷漆”不是职业“汽车维修工”/);
    const nursery = await kaowu.post(`/api/v1/filings/${id}/rows`, {
      ...base,
      edition: '2015',
      code: '4-10-01-03',
      levels: [3, 2],
    });
    expect(nursery.json().error.message).toMatch(/等级：等级 2 超出国家职业技能标准规定的等级（5、4、3）/);
    const missing = await kaowu.post(`/api/v1/filings/${id}/rows`, { ...base, code: '4-01-02-02', levels: [4] });
    expect(missing.json().error.message).toMatch(/2022 版职业目录中没有 4-01-02-02/);
    const already = await kaowu.post(`/api/v1/filings/${id}/rows`, { ...base, code: '6-31-01-03', levels: [5] });
    expect(already.json().error.message).toMatch(/已在现行认定范围内/);
    expect((await kaowu.get(`/api/v1/filings/${id}`)).json().rowCount).toBe(0);
  });
});

describe('R-ORG-04 incremental filing', () => {
  it('R-ORG-04: rows stay inactive until the filing is approved with the reply number and date', async () => {
    const id = await newFiling('2026 年增量备案');
    const add = await kaowu.post(`/api/v1/filings/${id}/rows`, {
      edition: '2022',
      code: '4-12-01-01',
      jobName: '汽车电器维修工',
      levels: [4, 3],
      standardType: 'national',
      collegeId: jd,
      major: '新能源汽车技术',
    });
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json().rows[0]).toMatchObject({ status: 'pending', occupationName: '汽车维修工' });
    const check = () =>
      jidian.get(
        `/api/v1/scope/check?collegeId=${jd}&edition=2022&code=4-12-01-01&jobName=${encodeURIComponent('汽车电器维修工')}&level=4&day=2026-06-01`,
      );
    expect((await check()).json()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/不在认定中心已备案的认定范围内/),
    });
    expect(
      (
        await head.post(`/api/v1/filings/${id}/approve`, {
          replyNumber: '豫人社函〔2026〕12号',
          replyDate: '2026-05-20',
        })
      ).statusCode,
    ).toBe(409); // not submitted
    expect((await kaowu.post(`/api/v1/filings/${id}/submit`)).json().status).toBe('submitted');
    expect(
      (await kaowu.post(`/api/v1/filings/${id}/approve`, { replyNumber: 'x号', replyDate: '2026-05-20' })).statusCode,
    ).toBe(403); // the head records the reply
    const noNumber = await head.post(`/api/v1/filings/${id}/approve`, { replyNumber: '', replyDate: '2026-05-20' });
    expect(noNumber.statusCode).toBe(400);
    expect(noNumber.json().error.message).toMatch(/回执文号/);
    const ok = await head.post(`/api/v1/filings/${id}/approve`, {
      replyNumber: '豫人社函〔2026〕12号',
      replyDate: '2026-05-20',
    });
    expect(ok.json()).toMatchObject({
      status: 'approved',
      replyNumber: '豫人社函〔2026〕12号',
      replyDate: '2026-05-20',
      rows: [expect.objectContaining({ status: 'active' })],
    });
    expect((await check()).json().ok).toBe(true);
    expect(
      (
        await kaowu.post(`/api/v1/filings/${id}/rows`, {
          edition: '2022',
          code: '6-31-01-03',
          levels: [5],
          standardType: 'national',
          collegeId: jd,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('R-ORG-04: a returned filing can be corrected and submitted again', async () => {
    const id = await newFiling();
    await kaowu.post(`/api/v1/filings/${id}/rows`, {
      edition: '2022',
      code: '4-10-01-05',
      levels: [4, 3],
      standardType: 'national',
      collegeId: sm,
    });
    await kaowu.post(`/api/v1/filings/${id}/submit`);
    const ret = await head.post(`/api/v1/filings/${id}/return`, { reason: '养老护理员须填写工种' });
    expect(ret.json()).toMatchObject({ status: 'returned', returnReason: '养老护理员须填写工种' });
    const rowId = ret.json().rows[0].id;
    expect((await kaowu.del(`/api/v1/filings/${id}/rows/${rowId}`)).json().rowCount).toBe(0);
  });
});

describe('R-ORG-03 other colleges need the centre’s approval', () => {
  it('R-ORG-03: another college is refused without an approval and allowed with one, which is recorded', async () => {
    const url = `/api/v1/scope/check?collegeId=${xx}&edition=2022&code=6-31-01-03&level=4&day=2026-06-01`;
    expect((await xinxi.get(url)).json()).toMatchObject({
      ok: false,
      message: expect.stringMatching(/由机电工程学院申报备案，其他学院须经认定中心批准/),
    });
    const row = ((await kaowu.get('/api/v1/scope')).json().items as ScopeRow[]).find((r) => r.code === '6-31-01-03')!;
    const body = {
      scopeRowId: row.id,
      collegeId: xx,
      approvedBy: '张主任',
      approvedOn: '2026-03-01',
      number: '示认〔2026〕2号',
    };
    expect((await kaowu.post('/api/v1/scope/approvals', body)).statusCode).toBe(403);
    const ok = await head.post('/api/v1/scope/approvals', body);
    expect(ok.json().approvals).toEqual([
      expect.objectContaining({
        collegeName: '信息工程学院',
        approvedBy: '张主任',
        approvedOn: '2026-03-01',
        number: '示认〔2026〕2号',
      }),
    ]);
    expect((await xinxi.get(url)).json().ok).toBe(true);
    expect((await head.post('/api/v1/scope/approvals', body)).statusCode).toBe(409);
  });
});

describe('R-ORG-07 a college clerk sees only its own college’s scope', () => {
  it('R-ORG-07: the clerk lists only its own rows and gets 404 for another college’s row', async () => {
    const mine = (await jidian.get('/api/v1/scope')).json().items as ScopeRow[];
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r) => r.collegeId))).toEqual(new Set([jd]));
    const other = ((await kaowu.get('/api/v1/scope')).json().items as ScopeRow[]).find((r) => r.collegeId === sm)!;
    const res = await jidian.get(`/api/v1/scope/${other.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('商贸');
    expect(
      (await jidian.get(`/api/v1/scope/check?collegeId=${sm}&edition=2022&code=4-02-06-03&level=3`)).statusCode,
    ).toBe(404);
    expect((await jidian.get('/api/v1/filings')).statusCode).toBe(403);
  });
});

describe('R-ORG-05 filing application, PDF and Excel lists', () => {
  it('R-ORG-02/05: the exported list re-imports to the same rows', async () => {
    const res = await kaowu.get('/api/v1/scope/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const active = (await kaowu.get('/api/v1/scope')).json().items as ScopeRow[];
    const parsed = await parseScopeList(res.rawPayload);
    expect(parsed.issues).toEqual([]);
    expect(
      parsed.rows.map((p) =>
        [p.edition, p.code, p.jobName ?? '', p.levels.join(','), p.standardType, p.college, p.major ?? ''].join('|'),
      ),
    ).toEqual(active.map(rowKey));
    // Through the API: a draft filing's list imported into a new filing gives the same rows.
    const a = await newFiling('往返测试 A');
    await kaowu.post(`/api/v1/filings/${a}/rows`, {
      edition: '2022',
      code: '4-10-04-02',
      jobName: '足部按摩师',
      levels: [4, 3],
      standardType: 'national',
      collegeId: sm,
      major: '中医康复技术',
    });
    await kaowu.post(`/api/v1/filings/${a}/rows`, {
      edition: '2022',
      code: '4-10-04-02',
      jobName: '反射疗法师',
      levels: [3],
      standardType: 'spec',
      collegeId: sm,
      major: '中医康复技术',
    });
    const list = await kaowu.get(`/api/v1/filings/${a}/xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(list.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评价机构信息与认定范围清单', '汇总表']);
    expect(wb.worksheets[0].getCell('B2').value).toBe('示例职业技术学院职业技能等级认定中心');
    const imp = await upload(kaowu, '/api/v1/scope/import', list.rawPayload);
    expect(imp.statusCode, imp.body).toBe(200);
    expect(imp.json().imported).toBe(2);
    const back = (await kaowu.get(`/api/v1/filings/${imp.json().filingId}`)).json().rows as ScopeRow[];
    const orig = (await kaowu.get(`/api/v1/filings/${a}`)).json().rows as ScopeRow[];
    expect(back.map(rowKey)).toEqual(orig.map(rowKey));
  });

  it('R-ORG-02/05: the handbook’s and Zhoukou’s list layouts import (code under 职业名称, 2015 codes, blank continuation rows)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('清单');
    ws.addRow(['评价机构信息与认定范围清单']);
    ws.addRow(['机构名称', '示例职业技术学院职业技能等级认定中心']);
    ws.addRow(['开展职业技能等级认定范围']);
    ws.addRow(['职业名称', '职业编号', '工种/职业方向', '级别', '评价标准']);
    ws.addRow(['4-12-01-01', '汽车维修工', '汽车车身 整形修复工', '5.4.3.2.1', '国标']);
    ws.addRow(['4-10-04-02', '保健按摩师', '反射疗法师', '3、4', '国标']);
    ws.addRow(['', '', '脊柱按摩师', '3', '国家标准']);
    ws.addRow(['4-10-04-02', '足部按摩师', '', '4', '国标']); // a job written as the name, as Zhoukou writes 直播销售员
    ws.addRow(['4-10-01-02', '育婴员', '', '3、4', '国标']); // 2015 only
    const res = await upload(kaowu, '/api/v1/scope/import', Buffer.from(await wb.xlsx.writeBuffer()), {
      collegeId: jd,
    });
    expect(res.statusCode, res.body).toBe(200);
    const rows = (await kaowu.get(`/api/v1/filings/${res.json().filingId}`)).json().rows as ScopeRow[];
    expect(
      rows.map((r) => `${r.edition} ${r.code} ${r.occupationName} ${r.jobName ?? '-'} ${r.levels.join('')}`),
    ).toEqual([
      '2022 4-12-01-01 汽车维修工 汽车车身整形修复工 54321',
      '2022 4-10-04-02 保健按摩师 反射疗法师 43',
      '2022 4-10-04-02 保健按摩师 脊柱按摩师 3',
      '2022 4-10-04-02 保健按摩师 足部按摩师 4',
      '2015 4-10-01-02 育婴员 - 43',
    ]);
  });

  it('R-ORG-02: a list with bad rows imports nothing and names every bad row and column', async () => {
    const before = await scopeCount();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('清单');
    ws.addRow(['职业名称', '职业编号', '工种/职业方向', '级别', '评价标准', '目录版本', '所属二级学院', '对应专业']);
    ws.addRow(['电工', '6-31-01-03', '', '4', '国标', '2022', '机电工程学院', '']); // already active: refused
    ws.addRow(['车工', '6-18-1-01', '', '4', '国标', '2022', '机电工程学院', '']);
    ws.addRow(['保育员', '4-10-01-03', '', '6', '国标', '2015', '商贸管理学院', '']);
    ws.addRow(['西式面点师', '4-03-02-04', '', '4', '企标', '2022', '机电工程学院', '']);
    ws.addRow(['西式面点师', '4-03-02-04', '', '4', '国标', '2022', '不存在学院', '']);
    const res = await upload(kaowu, '/api/v1/scope/import', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { row: number; column: string; message: string }[];
    expect(details.map((d) => `${d.row}${d.column}`)).toEqual(expect.arrayContaining(['2B', '3B', '4D', '5E', '6G']));
    expect(res.json().error.message).toMatch(/未导入任何数据/);
    expect(details.find((d) => d.row === 4)!.message).toMatch(/第 4 行 D 列（级别）：“6”不是 1–5 的等级/);
    expect(await scopeCount()).toBe(before);
  });

  it('R-ORG-05: the application shows the ≥3 examiners warning; the PDF is a real PDF with the centre’s name', async () => {
    const f = (await kaowu.get('/api/v1/filings'))
      .json()
      .items.find((x: { title: string }) => x.title === '机构设置备案申请');
    const app = await kaowu.get(`/api/v1/filings/${f.id}/application`);
    expect(app.statusCode, app.body).toBe(200);
    const warnings = app.json().warnings as string[];
    expect(warnings.some((w) => /至少需要 3 名|暂无数据/.test(w))).toBe(true);
    const pdf = await kaowu.get(`/api/v1/filings/${f.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const file = path.join(os.tmpdir(), `filing-${process.pid}.pdf`);
    fs.writeFileSync(file, pdf.rawPayload);
    let text = '';
    try {
      text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    } catch {
      text = ''; // pdftotext is not installed: the %PDF check above stands alone
    }
    if (text) {
      expect(text.replace(/\s+/g, '')).toContain('示例职业技术学院职业技能等级认定中心');
      expect(text).toContain('备案申请类别');
      expect(text).toContain('直播销售员');
    }
    fs.rmSync(file, { force: true });
    expect((await jidian.get(`/api/v1/filings/${f.id}/pdf`)).statusCode).toBe(403);
  });
});
