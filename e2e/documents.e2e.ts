import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { idCheckChar } from '../shared/idcard.js';
import { DEMO_ACTIVATION_CODE, DEMO_TOMORROW_STUDENT } from '../server/modules/arrangement/arrangement.demo.js';
import { apiSession, launch, login, newPage, screenshot, shotsDir } from './browser.js';
import { E2E_TICKET_QR_KEY } from './global-setup.js';
import { signTicketNumber } from '../server/modules/arrangement/documents/qr.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

type Api = Awaited<ReturnType<typeof apiSession>>;
const json = async (p: Promise<Response>) => {
  const r = await p;
  const text = await r.text();
  if (!r.ok) throw new Error(`${r.status} ${text}`);
  return JSON.parse(text);
};

/** The demo batch 考场编排演示, arranged and published through the API (unless arrangement.e2e.ts already did). */
async function publishedDemoBatch(api: Api): Promise<string> {
  const batches = await json(api('GET', `/api/v1/batches?keyword=${encodeURIComponent('考场编排演示')}`));
  const batchId = batches.items[0].id as string;
  const current = (await json(api('GET', `/api/v1/arrangement/batches/${batchId}`))).run;
  if (current?.status === 'published') return batchId;
  const base = '41010219800707005'; // odd 17th digit: male
  const person = await json(
    api('POST', '/api/v1/persons', {
      name: '岳明远',
      gender: 'male',
      idType: 'resident',
      idNumber: `${base}${idCheckChar(base)}`,
      phone: '13800000041',
      kind: 'staff',
      ownStaff: true,
      titleSeries: '工程',
      titleName: '工程师',
      titleGrade: 'intermediate',
    }),
  );
  await json(
    api('POST', '/api/v1/examiners', {
      personId: person.id,
      grade: 'standard',
      trainingHours: 48,
      certificateNumber: 'KP-E2E-DOC',
      certificateIssuedOn: '2026-06-01',
      firstExaminingYear: 2019,
      occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
    }),
  );
  let run = await json(api('POST', '/api/v1/arrangement/runs', { batchIds: [batchId], seed: 'e2e-docs' }));
  // With a third examiner on file the solver usually forms full groups itself; any group still short gets it by hand.
  for (const s of run.sittings as { id: string; examiners: { id: string }[] }[])
    if (
      !s.examiners.some((e) => e.id === person.id) &&
      run.unmet.some((u: { sittingId: string }) => u.sittingId === s.id)
    )
      run = await json(
        api('POST', `/api/v1/arrangement/runs/${run.id}/edits`, {
          kind: 'addExaminer',
          sittingId: s.id,
          staffId: person.id,
        }),
      );
  expect(run.unmet).toEqual([]);
  await json(api('POST', `/api/v1/arrangement/runs/${run.id}/publish`, {}));
  return batchId;
}

/** Page 1 of a PDF as a PNG beside the screenshots, to look at the document as printed. */
async function pdfShot(api: Api, url: string, name: string) {
  const res = await api('GET', url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const tmp = path.join(os.tmpdir(), `${name}-${Date.now()}.pdf`);
  fs.writeFileSync(tmp, Buffer.from(await res.arrayBuffer()));
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', tmp, path.join(shotsDir, name)]);
  const text = execFileSync('pdftotext', ['-layout', tmp, '-'], { encoding: 'utf8' });
  fs.rmSync(tmp);
  return text;
}

describe('arrangement documents', () => {
  it('R-ARR-11: the centre prints a room door list and the tickets of a published arrangement', async () => {
    const api = await apiSession('kaowu');
    const batchId = await publishedDemoBatch(api);
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.getByTestId('home-exam_admin').waitFor();
    await page.goto(`/batches/${batchId}/arrangement`);
    await page.getByTestId('arrangement-documents').click();
    const panel = page.getByTestId('print-panel');
    await panel.waitFor();
    await panel.getByText('第 1 考场').first().waitFor();
    await screenshot(page, 'print-panel');

    // The door list of room 1, as the link downloads it.
    const href = await page.getByTestId('door-1').first().getAttribute('href');
    expect(href).toMatch(/\/door\.pdf$/);
    const door = await pdfShot(api, href!, 'door-list');
    expect(door).toMatch(/第 1 考场/);
    expect(door).toMatch(/\d{16}/);

    // Tickets by room, as a background job with its progress bar and download. Candidates without a photo are
    // listed first, and the print waits for a confirmation (their tickets say 无照片).
    const missing = page.getByTestId('tickets-missing-photos');
    const withoutPhotos = (await missing.count()) > 0;
    if (withoutPhotos) expect(await missing.textContent()).toMatch(/名考生没有照片/);
    await page.getByTestId('tickets-start').click();
    if (withoutPhotos) {
      await page
        .locator('.ant-modal-confirm-title')
        .getByText(/没有照片/)
        .waitFor();
      await screenshot(page, 'print-tickets-missing-photos');
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    }
    await page.getByTestId('job-download').waitFor({ timeout: 60_000 });
    await screenshot(page, 'print-tickets-job');
    const fileHref = await page.getByTestId('job-download').getAttribute('href');
    const tickets = await pdfShot(api, fileHref!, 'tickets');
    expect(tickets).toContain('职业技能等级认定准考证');
    expect(tickets).toContain('考生须知');
  });

  it('R-ARR-11: a student whose exam is tomorrow signs in on a phone, sees room and seat and downloads the ticket', async () => {
    // The demo's 明日开考 batch is published; its student was imported by the college (first login: the activation code).
    const s = DEMO_TOMORROW_STUDENT;
    const initial = DEMO_ACTIVATION_CODE;
    const phone = await newPage(browser, { mobile: true });
    await login(phone, s.studentNumber, initial);
    await phone.locator('#newPassword').waitFor();
    await phone.locator('#currentPassword').fill(initial);
    await phone.locator('#newPassword').fill('Ming-Ri-Kao-Shi-2026');
    await phone.locator('#confirmPassword').fill('Ming-Ri-Kao-Shi-2026');
    await phone.locator('button[type=submit]').click();
    await phone.getByTestId('home-portal').click();
    await phone.getByTestId('tab-exam').click();
    const exams = phone.getByTestId('portal-exams');
    await exams.getByText(/明日开考演示/).waitFor();
    const text = (await exams.textContent()) ?? '';
    expect(text).toMatch(/理论/);
    expect(text).toMatch(/技能/);
    expect(text).toMatch(/座位号\d+/);
    const ticketNumber = /准考证号(\d{16})/.exec(text)?.[1];
    expect(ticketNumber).toBeTruthy();
    const [scroll, client] = await phone.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    await screenshot(phone, 'portal-ticket-phone');

    // The button's PDF, with this session (a candidate gets only its own ticket).
    const href = await exams.getByTestId('ticket-download').first().getAttribute('href');
    const res = await phone.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/pdf');
    const tmp = path.join(os.tmpdir(), `ticket-phone-${Date.now()}.pdf`);
    fs.writeFileSync(tmp, await res.body());
    // At print-like resolution too, to look at the occupation line and the photo frame.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '150',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      tmp,
      path.join(shotsDir, 'ticket-150dpi'),
    ]);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      tmp,
      path.join(shotsDir, 'ticket-phone'),
    ]);
    const pdf = execFileSync('pdftotext', ['-layout', tmp, '-'], { encoding: 'utf8' });
    fs.rmSync(tmp);
    expect(pdf).toContain('职业技能等级认定准考证');
    expect(pdf).toContain(s.name);
    expect(pdf).toContain(ticketNumber!);
    expect(pdf).toContain('考生须知');
    expect(pdf).not.toContain(s.idFirst17); // the ID number is masked on the ticket
    // The occupation is printed whole (not cut to "机床装调维修工（数控机床装调…").
    expect(pdf.replace(/\s+/g, '')).toContain('机床装调维修工（数控机床装调维修工）');
    await phone.context().close();

    // R-ARR-04: the centre sees who examines each exam module of that batch's skill exam.
    const api = await apiSession('kaowu');
    const found = await json(api('GET', `/api/v1/batches?keyword=${encodeURIComponent('明日开考演示')}`));
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.getByTestId('home-exam_admin').waitFor();
    await page.goto(`/batches/${found.items[0].id}/arrangement`);
    await page.getByRole('tab', { name: /技能/ }).click();
    const modules = page.locator('.ant-tabs-tabpane-active').getByTestId('examiner-modules');
    await modules.getByText(/机械部件装调：/).waitFor();
    expect(await modules.textContent()).toMatch(/数控系统调试：[^无]/);
    await screenshot(page, 'arrangement-modules');
    await page.context().close();
  });

  it('R-ARR-11: the ticket QR opens a phone page saying whether the ticket is valid and for whom; a forged code is refused', async () => {
    const api = await apiSession('kaowu');
    const found = await json(api('GET', `/api/v1/batches?keyword=${encodeURIComponent('明日开考演示')}`));
    const run = (await json(api('GET', `/api/v1/arrangement/batches/${found.items[0].id}`))).run;
    const seat = run.sittings[0].rooms[0].seats[0];
    const n = seat.ticketNumber as string;
    const sig = signTicketNumber(Buffer.from(E2E_TICKET_QR_KEY, 'hex'), n);
    const phone = await newPage(browser, { mobile: true }); // 390 × 844, no login
    const errors: string[] = [];
    phone.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await phone.goto(`/ticket-check?n=${n}&s=${sig}`);
    const valid = phone.getByTestId('ticket-check-valid');
    await valid.waitFor();
    const text = (await valid.textContent()) ?? '';
    expect(text).toContain('准考证有效');
    expect(text).toContain(seat.name);
    expect(text).toMatch(/\*{14}[0-9X]{4}/);
    expect(text).toContain(n);
    expect(text).toContain('明日开考演示');
    expect(text).toMatch(/座位号\s*\d+/);
    const [scroll, client] = await phone.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client);
    await screenshot(phone, 'ticket-check-valid-phone');

    await phone.goto(`/ticket-check?n=${n}&s=AAAAAAAAAAAAAAAA`);
    const invalid = phone.getByTestId('ticket-check-invalid');
    await invalid.waitFor();
    expect(await invalid.getAttribute('data-state')).toBe('forged');
    const bad = (await invalid.textContent()) ?? '';
    expect(bad).toContain('二维码无效');
    expect(bad).toMatch(/校验码：/);
    expect(bad).not.toContain(seat.name);
    await screenshot(phone, 'ticket-check-forged-phone');
    expect(errors).toEqual([]);
    await phone.context().close();
  });
});
