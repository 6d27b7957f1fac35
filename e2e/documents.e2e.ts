import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { idCheckChar } from '../shared/idcard.js';
import { apiSession, launch, login, newPage, screenshot, shotsDir } from './browser.js';

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
    api('POST', '/api/v1/persons', { name: '岳明远', gender: 'male', idType: 'resident', idNumber: `${base}${idCheckChar(base)}`, phone: '13800000041', kind: 'staff', ownStaff: true, titleSeries: '工程', titleName: '工程师', titleGrade: 'intermediate' }),
  );
  await json(
    api('POST', '/api/v1/examiners', { personId: person.id, grade: 'standard', trainingHours: 48, certificateNumber: 'KP-E2E-DOC', certificateIssuedOn: '2026-06-01', firstExaminingYear: 2019, occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }] }),
  );
  let run = await json(api('POST', '/api/v1/arrangement/runs', { batchIds: [batchId], seed: 'e2e-docs' }));
  // With a third examiner on file the solver usually forms full groups itself; any group still short gets it by hand.
  for (const s of run.sittings as { id: string; examiners: { id: string }[] }[])
    if (!s.examiners.some((e) => e.id === person.id) && run.unmet.some((u: { sittingId: string }) => u.sittingId === s.id))
      run = await json(api('POST', `/api/v1/arrangement/runs/${run.id}/edits`, { kind: 'addExaminer', sittingId: s.id, staffId: person.id }));
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

    // Tickets by room, as a background job with its progress bar and download.
    await page.getByTestId('tickets-start').click();
    await page.getByTestId('job-download').waitFor({ timeout: 60_000 });
    await screenshot(page, 'print-tickets-job');
    const fileHref = await page.getByTestId('job-download').getAttribute('href');
    const tickets = await pdfShot(api, fileHref!, 'tickets');
    expect(tickets).toContain('职业技能等级认定准考证');
    expect(tickets).toContain('考生须知');
  });
});
