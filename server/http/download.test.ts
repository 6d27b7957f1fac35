import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../test/harness.js';
import { seedDemoArrangement } from '../modules/arrangement/arrangement.demo.js';
import { downloadName } from './download.js';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoArrangement(t.database.db, t.app.ctx.pii, { files: t.app.ctx.files });
  admin = await t.login('admin');
});
afterAll(async () => t.close());

const UNSAFE = /[\\/:*?"<>|]/;
/** `<subject>-<document>.<ext>` or `<document>.<ext>`: no unsafe character, no space run, a known extension. */
const PATTERN = /^(?:[^\\/:*?"<>|]+-)?[^\\/:*?"<>|-]+\.(?:xlsx|pdf|jsonl)$/;

async function nameOf(url: string): Promise<string> {
  const res = await admin.get(url);
  expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
  const cd = String(res.headers['content-disposition']);
  const m = /filename\*=UTF-8''(.+)$/.exec(cd);
  expect(m, `${url}: ${cd}`).toBeTruthy();
  return decodeURIComponent(m![1]);
}

describe('download file names (issue 9)', () => {
  it('downloadName: subject-document.ext, sanitised, without subject the document alone', () => {
    expect(downloadName('2026年第一批数控车工', '花名册模板', 'xlsx')).toBe('2026年第一批数控车工-花名册模板.xlsx');
    expect(downloadName('孙浩然', '职业技能等级认定备案表', 'pdf')).toBe('孙浩然-职业技能等级认定备案表.pdf');
    expect(downloadName(null, '课程成绩导入模板', 'xlsx')).toBe('课程成绩导入模板.xlsx');
    expect(downloadName('a/b:c*d?"e<f>g|h\\i', ' 表  格 ', 'pdf')).toBe('a_b_c_d_e_f_g_h_i-表 格.pdf');
  });

  it('every download route answers with a name of the one pattern (admin, demo data)', async () => {
    const batches = (await admin.get('/api/v1/batches')).json().items as { id: string; title: string }[];
    const batch = batches[0];
    const arranged = [];
    for (const b of batches) {
      const o = await admin.get(`/api/v1/arrangement/${b.id}/print`);
      if (o.statusCode === 200 && o.json().published) arranged.push(o.json());
    }
    expect(arranged.length).toBeGreaterThan(0);
    const a = arranged[0] as { batchId: string; sittings: { id: string; rooms: { roomId: string }[] }[] };
    const sitting = a.sittings.find((s) => s.rooms.length)!;
    const room = sitting.rooms[0].roomId;
    const filings = (await admin.get('/api/v1/filings')).json().items as { id: string }[];
    const apps = (await admin.get(`/api/v1/applications?batchId=${a.batchId}`)).json().items as { id: string }[];
    const notices = (await admin.get('/api/v1/notices')).json().items as { batchId: string }[];
    const year = new Date().getFullYear();

    const urls = [
      `/api/v1/batches/${batch.id}/plan/xlsx`,
      `/api/v1/batches/${batch.id}/plan/pdf`,
      `/api/v1/batches/${batch.id}/roster/template`,
      `/api/v1/batches/${batch.id}/payments/xlsx`,
      `/api/v1/courses/template`,
      `/api/v1/people/import-template?kind=staff`,
      `/api/v1/people/import-template?kind=examiners`,
      `/api/v1/appraisals/export?year=${year}`,
      `/api/v1/scope/export`,
      `/api/v1/filings/${filings[0].id}/pdf`,
      `/api/v1/filings/${filings[0].id}/xlsx`,
      `/api/v1/applications/${apps[0].id}/form.pdf`,
      `/api/v1/arrangement/${a.batchId}/lots.pdf`,
      `/api/v1/arrangement/${a.batchId}/plan.xlsx`,
      `/api/v1/arrangement/${a.batchId}/plan.pdf`,
      ...['door', 'seats', 'signin'].map(
        (d) => `/api/v1/arrangement/${a.batchId}/sittings/${sitting.id}/rooms/${room}/${d}.pdf`,
      ),
      `/api/v1/audit/checkpoints/file`,
      '/api/v1/custody/duties/export?format=pdf',
      '/api/v1/custody/transfers/export?format=xlsx',
      ...(notices.length ? [`/api/v1/notices/${notices[0].batchId}/pdf`] : []),
    ];
    const names: string[] = [];
    for (const url of urls) names.push(await nameOf(url));
    for (const name of names) {
      expect(name).toMatch(PATTERN);
      expect(name).not.toMatch(UNSAFE);
    }
    expect(names).toContain(`${batch.title}-花名册模板.xlsx`);
    expect(names).toContain('课程成绩导入模板.xlsx');
    expect(names).toContain(`${batch.title}-认定计划.pdf`);
    expect(names).toContain('试卷保密室值班记录.pdf');
    expect(names).toContain('文件移交登记表.xlsx');
  });
});
