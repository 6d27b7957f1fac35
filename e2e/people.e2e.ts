import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { idCheckChar } from '../shared/idcard.js';
import { apiSession, launch, login, newPage, screenshot } from './browser.js';

const idOf = (birth: string, seq: number) => {
  const first17 = `410102${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
};
const shift = (days: number, years: number) => {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('people screens', () => {
  it('R-PPL-04: the exam admin imports examiners from Excel, sees an expiring certificate, and views a full ID number', async () => {
    // A roster whose second examiner's certificate was issued 3 years minus 20 days ago: it expires within 90 days.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('考评员名册');
    ws.addRow([
      '姓名',
      '性别',
      '身份证号',
      '职称等级',
      '考评员级别',
      '培训学时',
      '考评员证书编号',
      '发证日期',
      '考评职业编码',
      '考评职业',
    ]);
    ws.getColumn(3).numFmt = '@';
    ws.addRow([
      '周立新',
      '男',
      idOf('1976-03-03', 11),
      '中级',
      '考评员',
      '56',
      'E2E-001',
      shift(0, 0),
      '6-31-01-03',
      '电工',
    ]);
    ws.addRow([
      '吴海燕',
      '女',
      idOf('1979-09-09', 22),
      '高级',
      '高级考评员',
      '60',
      'E2E-002',
      shift(20, -3),
      '6-31-01-03',
      '电工',
    ]);
    const file = path.join(os.tmpdir(), `roster-${Date.now()}.xlsx`);
    fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));

    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.getByTestId('home-exam_admin').waitFor();
    await page.goto('/people-import');
    await page.getByTestId('people-import').waitFor();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('导入完成：新增人员 2 人').waitFor();
    await screenshot(page, 'people-import');

    await page.goto('/staff?tab=expiring');
    await page.getByTestId('staff-page').waitFor();
    await page.getByText('吴海燕').first().waitFor();
    await screenshot(page, 'staff-expiring');
    await page.goto('/');
    await page.getByText(/90 天内到期：吴海燕/).waitFor();

    await page.goto('/people');
    await page.getByTestId('person-周立新').click();
    await page.getByTestId('person-detail').waitFor();
    expect(await page.getByTestId('person-id-number').textContent()).toMatch(/^\*{14}/); // R-PPL-02: the last four only
    await page.getByTestId('reveal-id').click();
    await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('person-id-number').textContent()).toBe(idOf('1976-03-03', 11));
    await screenshot(page, 'person-detail');
    await page.context().close();
  });

  it('R-ORG-07: a college clerk sees only the persons of its own college', async () => {
    const api = await apiSession('kaowu');
    const colleges = (await (await api('GET', '/api/v1/colleges')).json()) as { items: { id: string; code: string }[] };
    const xx = colleges.items.find((c) => c.code === 'XX')!.id;
    const jd = colleges.items.find((c) => c.code === 'JD')!.id;
    const student = (name: string, birth: string, seq: number, collegeId: string) => ({
      name,
      gender: seq % 2 ? 'male' : 'female',
      idType: 'resident',
      idNumber: idOf(birth, seq),
      kind: 'student',
      collegeId,
      className: '2401班',
      enrolmentYear: 2024,
      educationLevel: 'higher_vocational',
    });
    expect((await api('POST', '/api/v1/persons', student('机电同学', '2005-01-01', 31, jd))).status).toBe(200);
    expect((await api('POST', '/api/v1/persons', student('信息同学', '2005-02-02', 33, xx))).status).toBe(200);
    const page = await newPage(browser);
    await login(page, 'jidian');
    await page.getByTestId('home-college_clerk').waitFor();
    await page.goto('/people');
    await page.getByTestId('person-机电同学').waitFor();
    expect(await page.getByTestId('person-信息同学').count()).toBe(0);
    await screenshot(page, 'people-clerk');
    await page.context().close();
  });

  it('issue 8 item 8: the admin links a supervisor login to a person; the supervisor then reads that record', async () => {
    const api = await apiSession('kaowu');
    const res = await api('POST', '/api/v1/persons', {
      name: '链接督导',
      gender: 'male',
      idType: 'resident',
      idNumber: idOf('1972-05-05', 41),
      kind: 'staff',
      ownStaff: true,
    });
    expect(res.status).toBe(200);
    const id = ((await res.json()) as { id: string }).id;
    // The demo links dudao to a supervisor on duty (issue 9): free the login first, and give it back at the end.
    const own = await apiSession('dudao');
    const admin = await apiSession('admin');
    const before = ((await (await own('GET', '/api/v1/people/me')).json()) as { person: { id: string } | null }).person;
    const dudaoId = ((await (await own('GET', '/api/v1/auth/me')).json()) as { user: { id: string } }).user.id;
    if (before)
      expect((await admin('POST', `/api/v1/persons/${before.id}/account`, { userId: null })).status).toBe(200);
    const page = await newPage(browser);
    await login(page, 'admin');
    await page.getByTestId('home-admin').waitFor();
    await page.goto(`/people/${id}`);
    await page.getByTestId('link-account').click();
    await page.locator('.ant-modal .ant-select').click();
    await page.locator('.ant-select-item-option', { hasText: 'dudao' }).click();
    await page.locator('.ant-modal .ant-btn-primary').click();
    await expect.poll(() => page.getByTestId('person-account').textContent()).toContain('dudao');
    await screenshot(page, 'person-account-link');
    await page.context().close();
    const me = await own('GET', '/api/v1/people/me');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { person: { name: string } }).person.name).toBe('链接督导');
    expect((await admin('POST', `/api/v1/persons/${id}/account`, { userId: null })).status).toBe(200);
    if (before)
      expect((await admin('POST', `/api/v1/persons/${before.id}/account`, { userId: dudaoId })).status).toBe(200);
  });
});
