import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { users } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { linkDemoLogins } from '../people/staff.demo.js';
import { personsByIds } from '../people/people.reads.js';
import { violationsOfBatch } from './exams.reads.js';
import { clearExamDay, makeExamDay, type ExamDayFixture } from './exams-day.testkit.js';

/** R-EXAM-03 (the room record, signatures, observations), R-SUP-03, R-VIOL-01…04 recorded, my rooms. */

let t: TestApp;
let f: ExamDayFixture;
let jiankao: TestClient;
let kaochang: TestClient;
let kaowu: TestClient;
let dudao: TestClient;
let kaopingyuan: TestClient;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'room-record-test-'));

beforeAll(async () => {
  t = await createTestApp();
  f = await makeExamDay(t, { startsInMinutes: -10 });
  // The demo's supervisor login stands for a supervisor of this sitting.
  if (f.supervisorPersonIds.length)
    await t.database.db.transaction((tx) =>
      linkDemoLogins(tx, [{ username: 'dudao', personId: f.supervisorPersonIds[0] }]),
    );
  jiankao = await t.login('jiankao');
  kaochang = await t.login('kaochang');
  kaowu = await t.login('kaowu');
  dudao = await t.login('dudao');
  kaopingyuan = await t.login('kaopingyuan');
}, 240_000); // the demo arrangement is built through its services: slow on a loaded machine
afterAll(async () => {
  await t?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});
beforeEach(async () => clearExamDay(t, f.sittingId));

function pdfText(bytes: Buffer): string {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

const checkin = (c: TestClient, code: string) =>
  c.post(`${f.base}/checkins`, { code, ticketChecked: true, idChecked: true, method: 'typed' });

async function evidenceFile(username: string) {
  const [u] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  const row = await t.app.ctx.files.record(t.database.db, {
    bytes: Buffer.from('%PDF-1.4 evidence'),
    name: '手机照片.pdf',
    mime: 'application/pdf',
    ownerId: u.id,
    purpose: 'exam.evidence',
  });
  return row.id;
}

describe('my rooms', () => {
  it("R-EXAM-01: each role sees the rooms of its duties on the sitting's day", async () => {
    const day = (await jiankao.get(`${f.base}/record`)).json().room.day as string;
    const mine = (await jiankao.get(`/api/v1/exams/rooms?day=${day}`)).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({ roomId: f.roomId, duty: 'proctor', may: { proctor: true, approve: false } });
    expect(mine.items[0].counts.seats).toBe(f.candidates.length);
    const head = (await kaochang.get(`/api/v1/exams/rooms?day=${day}`)).json();
    expect(head.items.find((r: { roomId: string }) => r.roomId === f.roomId)).toMatchObject({
      duty: 'site_head',
      may: { approve: true },
    });
    const centre = (await kaowu.get(`/api/v1/exams/rooms?day=${day}`)).json();
    expect(centre.items.length).toBeGreaterThanOrEqual(2);
    expect(centre.items.every((r: { duty: string }) => r.duty === 'centre')).toBe(true);
    // An examiner without a proctor duty that day sees no room, and gets 404 for this one.
    const examiner = (await kaopingyuan.get(`/api/v1/exams/rooms?day=${day}`)).json();
    expect(examiner.items.find((r: { roomId: string }) => r.roomId === f.roomId)).toBeUndefined();
    expect((await kaopingyuan.get(`${f.base}/record`)).statusCode).toBe(404);
  });
});

describe('violations', () => {
  it('R-VIOL-02: a violation is recorded with its clause, tier and evidence; scoring reads it by batch', async () => {
    const c = f.candidates[0];
    const fileId = await evidenceFile('jiankao');
    const res = await jiankao.post(`${f.base}/violations`, {
      applicationId: c.applicationId,
      clause: 'v3_device',
      description: '考试中使用手机查阅资料',
      evidenceFileIds: [fileId],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ tier: 3, clause: 'v3_device', seatNo: c.seatNo });
    expect(res.json().evidence).toEqual([{ id: fileId, name: '手机照片.pdf', url: `/api/v1/files/${fileId}` }]);
    // The evidence is readable by the room's staff.
    expect((await kaochang.get(`/api/v1/files/${fileId}`)).statusCode).toBe(200);
    const room = (await kaochang.get(`${f.base}/record`)).json();
    const batchId = room.room.batchId as string;
    const recorded = await violationsOfBatch(t.database.db, batchId);
    expect(recorded.find((v) => v.id === res.json().id)).toMatchObject({ tier: 3, applicationId: c.applicationId });

    const bad = await jiankao.post(`${f.base}/violations`, {
      applicationId: c.applicationId,
      clause: 'v9_nothing',
      description: 'x',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('违纪条款');
    const notMine = await jiankao.post(`${f.base}/violations`, {
      applicationId: c.applicationId,
      clause: 'v1_other',
      description: 'x',
      evidenceFileIds: [await evidenceFile('kaowu')],
    });
    expect(notMine.statusCode).toBe(400);
  });
});

describe('room record', () => {
  it('R-SUP-03: a supervisor observes and writes observations, never changes attendance, incidents or violations', async () => {
    if (!f.supervisorPersonIds.length) return;
    const c = f.candidates[0];
    expect((await dudao.get(`${f.base}/checkins`)).statusCode).toBe(200);
    const denied = [
      await checkin(dudao, c.ticketNumber),
      await dudao.post(`${f.base}/absences`, { applicationId: c.applicationId, reason: 'no_show' }),
      await dudao.post(`${f.base}/incidents`, { kind: 'toilet', description: 'x' }),
      await dudao.post(`${f.base}/violations`, {
        applicationId: c.applicationId,
        clause: 'v1_other',
        description: 'x',
      }),
      await dudao.post(`${f.base}/record/signatures`),
    ];
    for (const r of denied) expect(r.statusCode).toBe(403);
    const obs = await dudao.post(`${f.base}/record/observations`, { text: '考场秩序良好，监考员履职到位' });
    expect(obs.statusCode).toBe(200);
    expect(obs.json().observations).toEqual([expect.objectContaining({ text: '考场秩序良好，监考员履职到位' })]);
    // A proctor does not write observations.
    expect((await jiankao.post(`${f.base}/record/observations`, { text: 'x' })).statusCode).toBe(403);
  });

  it('R-EXAM-03: the record counts attendance and lists absences, incidents and violations; signed by every proctor it closes', async () => {
    const [a, b] = f.candidates;
    await checkin(jiankao, a.ticketNumber);
    await jiankao.post(`${f.base}/absences`, { applicationId: b.applicationId, reason: 'no_show' });
    await jiankao.post(`${f.base}/incidents`, { kind: 'toilet', applicationId: a.applicationId, description: '如厕' });
    await jiankao.post(`${f.base}/violations`, {
      applicationId: a.applicationId,
      clause: 'v1_disturbance',
      description: '大声喧哗，经提醒拒不改正',
    });
    const rec = (await jiankao.get(`${f.base}/record`)).json();
    expect(rec.attendance).toMatchObject({ seats: f.candidates.length, present: 1, absent: 1 });
    expect(rec.attendance.absentees).toEqual([
      expect.objectContaining({ applicationId: b.applicationId, reason: 'no_show' }),
    ]);
    expect(rec.incidents).toHaveLength(1);
    expect(rec.violations).toHaveLength(1);
    expect(rec.proctors.map((p: { personId: string }) => p.personId).sort()).toEqual([...f.proctorPersonIds].sort());
    expect(rec.signed).toBe(false);

    // Only the room's proctors sign, each once.
    expect((await kaowu.post(`${f.base}/record/signatures`)).statusCode).toBe(403);
    const signed = await jiankao.post(`${f.base}/record/signatures`);
    expect(signed.statusCode).toBe(200);
    const [me] = await personsByIds(t.database.db, [f.jiankaoPersonId]);
    expect(signed.json().signatures).toEqual([expect.objectContaining({ personId: f.jiankaoPersonId, name: me.name })]);
    expect((await jiankao.post(`${f.base}/record/signatures`)).statusCode).toBe(409);

    // The other proctors sign (through their persons, as the demo links logins).
    for (const p of f.proctorPersonIds.filter((id) => id !== f.jiankaoPersonId)) {
      await t.database.db.transaction((tx) => linkDemoLogins(tx, [{ username: 'jiankao', personId: p }]));
      const other = await t.login('jiankao');
      expect((await other.post(`${f.base}/record/signatures`)).statusCode).toBe(200);
    }
    await t.database.db.transaction((tx) => linkDemoLogins(tx, [{ username: 'jiankao', personId: f.jiankaoPersonId }]));
    const closed = (await kaowu.get(`${f.base}/record`)).json();
    expect(closed.signed).toBe(true);
    const late = await checkin(kaowu, f.candidates[2].ticketNumber);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('考场记录已签字');
    expect((await kaowu.post(`${f.base}/incidents`, { kind: 'toilet', description: 'x' })).statusCode).toBe(409);

    const pdf = await kaowu.get(`${f.base}/record.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('考场情况记录表');
    expect(text).toContain(me.name);
    expect(text).toContain('已在系统中签字');
    expect(text).toContain('大声喧哗');
    expect(text).toContain('未到考');
  });
});
