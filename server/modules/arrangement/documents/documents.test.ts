import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import ExcelJS from 'exceljs';
import { applications, arrangementRuns, batches, persons, users } from '../../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.js';
import type { ArrangementView } from '../../../../shared/arrangement.js';
import { okJson } from '../../plans/plans.testkit.js';
import {
  collegeIdsOf,
  makeApplication,
  makeBatch,
  makeCandidates,
  makeStaff,
  makeVenues,
} from '../arrangement.testkit.js';
import {
  deriveTicketKey,
  parseTicketVerifyUrl,
  signTicketNumber,
  ticketVerifyUrl,
  verifyTicketSignature,
} from './qr.js';
import { ticketQrKey } from './documents.service.js';

/** R-ARR-10/11: tickets, room documents, the lot record and the plan of a published arrangement, through the API. */

let t: TestApp;
let kaowu: TestClient;
let admin: TestClient;
let jidian: TestClient;
let candidate: TestClient;
let JD = '';
let XX = '';
let batchId = '';
let run: ArrangementView;
let myApplication = '';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-test-'));

/** The text of a PDF as poppler's pdftotext reads it (what a person copying from the document would get). */
function pdfText(bytes: Buffer, layout = false): string {
  const f = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(f, bytes);
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), f, '-'], { encoding: 'utf8' });
}

const theoryOf = (v: ArrangementView) => v.sittings.find((s) => s.kind === 'theory')!;

/** The authority's approval of the batch plan (批复), which tickets wait for (R-ARR-11). */
async function recordApproval() {
  await t.database.db
    .update(batches)
    .set({ approvalNumber: '豫鉴〔2027〕3号', approvalDate: '2027-02-20' })
    .where(eq(batches.id, batchId));
}

// Every case gets its own database with the batch arranged and published (no approval yet), so each passes alone.
beforeEach(async () => {
  t = await createTestApp();
  [kaowu, admin, jidian] = [await t.login('kaowu'), await t.login('admin'), await t.login('jidian')];
  ({ JD, XX } = await collegeIdsOf(t));
  await makeVenues(kaowu);
  await makeStaff(kaowu, 3);
  batchId = await makeBatch(t, admin, JD, 'reviewed');
  const jd = await makeCandidates(t, batchId, JD, 30, '机电考生');
  await makeCandidates(t, batchId, XX, 5, '信息考生');
  const [kaosheng] = await t.database.db.select().from(users).where(eq(users.username, 'kaosheng'));
  const [me] = await t.database.db.select().from(persons).where(eq(persons.userId, kaosheng.id));
  myApplication = await makeApplication(t, { batchId, personId: me.id, collegeId: JD });
  // One candidate with a photo on file, as the photo module stores it (295 × 413 JPEG).
  const jpeg = await sharp({ create: { width: 295, height: 413, channels: 3, background: '#7aa0d2' } })
    .jpeg()
    .toBuffer();
  const file = await t.database.db.transaction((tx) =>
    t.app.ctx.files.record(tx, { bytes: jpeg, name: 'p.jpg', mime: 'image/jpeg', ownerId: null, purpose: 'photo' }),
  );
  await t.database.db.update(persons).set({ photoFileId: file.id }).where(eq(persons.id, jd[0].personId));
  run = await okJson(kaowu.post('/api/v1/arrangement/runs', { batchIds: [batchId], seed: 'docs-1' }));
  expect(run.unmet).toEqual([]);
  run = await okJson(kaowu.post(`/api/v1/arrangement/runs/${run.id}/publish`));
  // Candidates see their seats (and ticket) from the day before; this test runs "after" that day.
  await t.database.db.update(arrangementRuns).set({ visibleFrom: '2020-01-01' }).where(eq(arrangementRuns.id, run.id));
  candidate = await t.login('kaosheng');
}, 120_000);
afterEach(async () => t.close());
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('tickets', () => {
  it('R-ARR-11: tickets are refused before the authority approval is recorded (bulk and own), in Chinese', async () => {
    const bulk = await kaowu.post(`/api/v1/arrangement/${batchId}/tickets`, { groupBy: 'room' });
    expect(bulk.statusCode).toBe(409);
    expect(bulk.json().error.message).toMatch(/准考证.*尚未批复/);
    const own = await candidate.get('/api/v1/portal/ticket.pdf');
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toMatch(/尚未批复/);
    const overview = await okJson(kaowu.get(`/api/v1/arrangement/${batchId}/print`));
    expect(overview.published).toBe(true);
    expect(overview.ticketsBlocked).toMatch(/尚未批复/);
  });

  it('R-ARR-11: a candidate whose application is unpaid (or refunded) gets no ticket', async () => {
    await recordApproval();
    await t.database.db.update(applications).set({ feeStatus: 'refunded' }).where(eq(applications.id, myApplication));
    const res = await candidate.get('/api/v1/portal/ticket.pdf');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/尚未缴纳认定费用/);
    await t.database.db.update(applications).set({ feeStatus: 'paid' }).where(eq(applications.id, myApplication));
  });

  it('R-ARR-11: the candidate downloads its own ticket with ticket number, room, seat and the rules', async () => {
    await recordApproval();
    const res = await candidate.get('/api/v1/portal/ticket.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const seat = theoryOf(run)
      .rooms.flatMap((r) => r.seats.map((s) => ({ ...s, room: r.roomName })))
      .find((s) => s.applicationId === myApplication)!;
    const text = pdfText(res.rawPayload, true);
    expect(text).toContain('职业技能等级认定准考证');
    expect(text).toContain(seat.ticketNumber!);
    expect(text).toMatch(new RegExp(`第 \\d+ 考场（${seat.room}）\\s+${seat.seat}\\b`));
    expect(text).toContain('考生须知');
    expect(text).toContain('考前 20 分钟');
    // The ID number is masked but for its last 4 characters.
    expect(text).toMatch(/\*{10,}\w{4}/);
  });

  it("R-ARR-11: another candidate's or a staff member's request for the portal ticket is refused", async () => {
    await recordApproval();
    expect((await kaowu.get('/api/v1/portal/ticket.pdf')).statusCode).toBe(403);
  });

  it('R-ARR-11: the QR payload verifies; a tampered number or signature does not', async () => {
    await recordApproval();
    const key = ticketQrKey(t.app.ctx.config);
    const ticket = theoryOf(run).rooms[0].seats[0].ticketNumber!;
    const url = ticketVerifyUrl(t.app.ctx.config.PUBLIC_URL, key, ticket);
    const parsed = parseTicketVerifyUrl(url)!;
    expect(parsed.ticketNumber).toBe(ticket);
    expect(verifyTicketSignature(key, parsed.ticketNumber, parsed.signature)).toBe(true);
    const other = `${ticket.slice(0, -1)}${(Number(ticket.slice(-1)) + 1) % 10}`;
    expect(verifyTicketSignature(key, other, parsed.signature)).toBe(false);
    expect(
      verifyTicketSignature(
        key,
        ticket,
        parsed.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      ),
    ).toBe(false);
    expect(verifyTicketSignature(deriveTicketKey(Buffer.alloc(32, 7)), ticket, parsed.signature)).toBe(false);
    // The public endpoint the QR page asks.
    const ok = await t.anonymous().get(`/api/v1/tickets/verify?n=${ticket}&s=${parsed.signature}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ valid: true, state: 'valid', ticketNumber: ticket, problems: [] });
    const forged = await t.anonymous().get(`/api/v1/tickets/verify?n=${other}&s=${parsed.signature}`);
    expect(forged.json()).toMatchObject({ valid: false, state: 'forged' });
    expect(forged.json().ticketNumber).toBeUndefined();
    expect(forged.json().name).toBeUndefined();
    // A correctly signed number that was never issued is not valid either.
    const unknown = '9999999999999999';
    const never = (
      await t.anonymous().get(`/api/v1/tickets/verify?n=${unknown}&s=${signTicketNumber(key, unknown)}`)
    ).json();
    expect(never).toMatchObject({ valid: false, state: 'unknown' });
  });

  it('R-ARR-11: the QR code opens the public check page, not the JSON API', async () => {
    await recordApproval();
    const key = ticketQrKey(t.app.ctx.config);
    const ticket = theoryOf(run).rooms[0].seats[0].ticketNumber!;
    const url = ticketVerifyUrl(t.app.ctx.config.PUBLIC_URL, key, ticket);
    expect(url.startsWith(`${t.app.ctx.config.PUBLIC_URL.replace(/\/+$/, '')}/ticket-check?n=${ticket}&s=`)).toBe(true);
    expect(url).not.toContain('/api/');
  });

  it('R-ARR-11: the check says for whom the ticket is (name, ID last four, batch, sittings with room and seat)', async () => {
    await recordApproval();
    const key = ticketQrKey(t.app.ctx.config);
    const seat = theoryOf(run).rooms[0].seats[0];
    const ticket = seat.ticketNumber!;
    const v = await okJson(t.anonymous().get(`/api/v1/tickets/verify?n=${ticket}&s=${signTicketNumber(key, ticket)}`));
    expect(v).toMatchObject({ valid: true, state: 'valid', name: seat.name, ticketNumber: ticket });
    expect(v.idTail).toMatch(/^[0-9X]{4}$/);
    expect(JSON.stringify(v)).not.toMatch(/\d{17}/); // R-PPL-02: never the whole ID number
    expect(v.sittings.length).toBeGreaterThan(0);
    expect(v.sittings[0].room).toMatch(new RegExp(`^第 \\d+ 考场（${theoryOf(run).rooms[0].roomName}）$`));
    expect(v.sittings[0].seat).toBe(seat.seat);
    expect(v.sittings[0].time).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}$/);
  });

  it('R-ARR-11: a failed check names its own field: 校验码 when forged, 准考证号 when unknown, 报名状态 when revoked', async () => {
    await recordApproval();
    const key = ticketQrKey(t.app.ctx.config);
    const seat = theoryOf(run).rooms[0].seats[0];
    const ticket = seat.ticketNumber!;
    const forged = await okJson(t.anonymous().get(`/api/v1/tickets/verify?n=${ticket}&s=AAAAAAAAAAAAAAAA`));
    expect(forged).toMatchObject({ valid: false, state: 'forged' });
    expect(forged.problems[0]).toMatchObject({ field: '校验码' });
    expect(forged.problems[0].message).toMatch(/^校验码：/);
    const unknown = '9999999999999998';
    const never = await okJson(
      t.anonymous().get(`/api/v1/tickets/verify?n=${unknown}&s=${signTicketNumber(key, unknown)}`),
    );
    expect(never.problems[0].message).toMatch(/^准考证号：/);
    await t.database.db
      .update(applications)
      .set({ status: 'withdrawn' })
      .where(eq(applications.id, seat.applicationId));
    const revoked = await okJson(
      t.anonymous().get(`/api/v1/tickets/verify?n=${ticket}&s=${signTicketNumber(key, ticket)}`),
    );
    expect(revoked).toMatchObject({ valid: false, state: 'revoked' });
    expect(revoked.problems[0].message).toMatch(/^报名状态：/);
    const empty = await t.anonymous().get('/api/v1/tickets/verify?n=&s=');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/准考证号|校验码/);
  });

  it('R-ARR-11: candidates without a photo are listed before printing, and bulk printing waits for a confirmation', async () => {
    await recordApproval();
    const overview = await okJson(kaowu.get(`/api/v1/arrangement/${batchId}/print`));
    // 36 ticket holders, one with a photo on file.
    expect(overview.missingPhotos).toHaveLength(35);
    expect(overview.missingPhotos[0]).toMatchObject({
      name: expect.any(String),
      idTail: expect.stringMatching(/^[0-9X]{4}$/),
    });
    expect(JSON.stringify(overview.missingPhotos)).not.toMatch(/\d{17}/);
    const refused = await kaowu.post(`/api/v1/arrangement/${batchId}/tickets`, { groupBy: 'room' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/35 名考生没有照片/);
    expect(refused.json().error.details.missingPhotos).toHaveLength(35);
    const { jobId } = await okJson(
      kaowu.post(`/api/v1/arrangement/${batchId}/tickets`, { groupBy: 'room', confirmMissingPhotos: true }),
    );
    await t.app.ctx.jobs.runOne();
    const job = await okJson(kaowu.get(`/api/v1/jobs/${jobId}`));
    expect(job.result).toMatchObject({ tickets: 36, withoutPhoto: 35 });
    const pdf = await kaowu.get(`/api/v1/files/${job.result.fileId}`);
    expect(pdfText(pdf.rawPayload)).toContain('无照片');
    // A college clerk sees its own college's only.
    const own = await okJson(jidian.get(`/api/v1/arrangement/${batchId}/print`));
    expect(own.missingPhotos).toHaveLength(30);
  });

  it('R-ARR-11: bulk tickets run as a job: one PDF with a bookmark per room, tickets in room and seat order', async () => {
    await recordApproval();
    const { jobId } = await okJson(
      kaowu.post(`/api/v1/arrangement/${batchId}/tickets`, { groupBy: 'room', confirmMissingPhotos: true }),
    );
    expect(await t.app.ctx.jobs.runOne()).toBe(true);
    const job = await okJson(kaowu.get(`/api/v1/jobs/${jobId}`));
    expect(job).toMatchObject({ status: 'succeeded', progress: 100, kindName: '批量打印准考证' });
    expect(job.result.tickets).toBe(36);
    const rooms = [...theoryOf(run).rooms].sort((a, b) =>
      a.roomName.localeCompare(b.roomName, 'zh', { numeric: true }),
    );
    expect(job.result.groups).toEqual(
      rooms.map((r, i) => ({ name: `第${i + 1}考场（${r.roomName}）`, count: r.seats.length })),
    );
    const pdf = await kaowu.get(`/api/v1/files/${job.result.fileId}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.includes('/Outlines')).toBe(true);
    const found = [...pdfText(pdf.rawPayload).matchAll(/\b\d{16}\b/g)].map((m) => m[0]);
    const expected = rooms.flatMap((r) => [...r.seats].sort((a, b) => a.seat - b.seat).map((s) => s.ticketNumber!));
    expect(found).toEqual(expected);
  });

  it("R-ARR-11: a college clerk's bulk print holds its own college's candidates only, by college", async () => {
    await recordApproval();
    const { jobId } = await okJson(
      jidian.post(`/api/v1/arrangement/${batchId}/tickets`, { groupBy: 'room', confirmMissingPhotos: true }),
    );
    await t.app.ctx.jobs.runOne();
    const job = await okJson(jidian.get(`/api/v1/jobs/${jobId}`));
    expect(job.status).toBe('succeeded');
    expect(job.result.groups).toEqual([{ name: '机电工程学院', count: 31 }]);
    expect(job.result.fileName).toMatch(/按学院.*\.pdf$/);
  });
});

describe('room documents', () => {
  it("R-ARR-11: the door list lists the room's candidates in seat order with name and ticket number", async () => {
    await recordApproval();
    const room = theoryOf(run).rooms[1];
    const res = await kaowu.get(
      `/api/v1/arrangement/${batchId}/sittings/${theoryOf(run).id}/rooms/${room.roomId}/door.pdf`,
    );
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload, true);
    expect(text).toContain('第 2 考场');
    expect(text).toContain('理论知识考试');
    // A room may be printed as one table or as two side by side: read the first and the second column of each line.
    const columns: string[][][] = [[], []];
    for (const line of text.split('\n')) {
      const cells = [...line.matchAll(/(\d+)\s+(\S+)\s+(\d{16})/g)].map((m) => [m[1], m[2], m[3]]);
      cells.forEach((c, i) => columns[Math.min(i, 1)].push(c));
    }
    const expected = [...room.seats]
      .sort((a, b) => a.seat - b.seat)
      .map((s) => [String(s.seat), s.name, s.ticketNumber]);
    expect([...columns[0], ...columns[1]]).toEqual(expected);
  });

  it('R-ARR-11: the seat chart and the sign-in sheet name every candidate of the room', async () => {
    await recordApproval();
    const room = theoryOf(run).rooms[0];
    for (const doc of ['seats.pdf', 'signin.pdf']) {
      const res = await kaowu.get(
        `/api/v1/arrangement/${batchId}/sittings/${theoryOf(run).id}/rooms/${room.roomId}/${doc}`,
      );
      expect(res.statusCode).toBe(200);
      const text = pdfText(res.rawPayload);
      for (const s of room.seats) expect(text).toContain(s.ticketNumber!);
      expect(text).toContain(doc === 'seats.pdf' ? '考场座位表' : '考生签到表');
    }
  });

  it('R-ARR-02: the lot record names the seed, the order and the room each proctor drew', async () => {
    await recordApproval();
    const res = await kaowu.get(`/api/v1/arrangement/${batchId}/lots.pdf`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('监考人员抽签记录');
    for (const lot of run.lots) {
      expect(text).toContain(lot.seed);
      for (const d of lot.draws) expect(text).toContain(d.name);
    }
  });

  it('R-ARR-11: a room that has no seat in the sitting answers 404; a clerk may not print room documents', async () => {
    await recordApproval();
    const skillRoom = run.sittings.find((s) => s.kind === 'skill')!.rooms[0].roomId;
    expect(
      (await kaowu.get(`/api/v1/arrangement/${batchId}/sittings/${theoryOf(run).id}/rooms/${skillRoom}/door.pdf`))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await jidian.get(
          `/api/v1/arrangement/${batchId}/sittings/${theoryOf(run).id}/rooms/${theoryOf(run).rooms[0].roomId}/door.pdf`,
        )
      ).statusCode,
    ).toBe(403);
  });
});

describe('batch plan', () => {
  it('R-ARR-10: the plan for the authority lists rooms, proctors, examiners and supervisors per sitting', async () => {
    await recordApproval();
    const xlsx = await kaowu.get(`/api/v1/arrangement/${batchId}/plan.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const ws = wb.worksheets[0];
    const rows: string[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    const header = rows.findIndex((r) => r.includes('考场安排'));
    const col = (name: string) => rows[header].indexOf(name);
    const data = rows.slice(header + 1);
    expect(data).toHaveLength(run.sittings.length);
    const th = theoryOf(run);
    const line = data.find((r) => r[col('考核科目')] === '理论知识考试')!;
    expect(line[col('认定人数')]).toBe(String(th.candidateCount));
    for (const r of th.rooms) expect(line[col('考场安排')]).toContain(`${r.roomName}（${r.seats.length}人）`);
    for (const p of th.rooms.flatMap((r) => r.proctors)) expect(line[col('监考人员')]).toContain(p.name);
    for (const e of th.examiners) expect(line[col('考评人员')]).toContain(e.name);
    for (const s of th.supervisors) expect(line[col('内部质量督导员')]).toContain(s.name);
    const pdf = await kaowu.get(`/api/v1/arrangement/${batchId}/plan.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload).replace(/\s+/g, '')).toContain('第1考场');
  });
});
