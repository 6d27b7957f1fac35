import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { defaultExamSettings } from '../../../shared/exams.js';
import { ticketQrKey } from '../arrangement/documents/documents.service.js';
import { ticketVerifyUrl } from '../arrangement/documents/qr.js';
import { entryWindow, judgeEntry, mayFinish } from './checkin.rules.js';
import { attendanceOfSitting } from './exams.reads.js';
import { clearExamDay, makeExamDay, moveExamDay, type ExamDayFixture } from './exams-day.testkit.js';

/** R-EXAM-01 (entry window, documents, lateness, attendance) and R-PPL-08 at the door, through the API. */

const start = new Date('2026-12-08T09:00:00+08:00');
const end = new Date('2026-12-08T10:30:00+08:00');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
const docs = { ticketChecked: true, idChecked: true };

describe('R-EXAM-01 rules', () => {
  it('R-EXAM-01: entry opens 20 minutes before the start and closes 30 minutes after it', () => {
    const s = defaultExamSettings;
    expect(judgeEntry(s, { startsAt: start, endsAt: end }, at(-21), docs)).toMatchObject({ kind: 'too_early' });
    expect(judgeEntry(s, { startsAt: start, endsAt: end }, at(-20), docs)).toEqual({ kind: 'present' });
    expect(judgeEntry(s, { startsAt: start, endsAt: end }, at(30), docs)).toEqual({ kind: 'present' });
  });
  it('R-EXAM-01: entry at start + 31 min is absent (late)', () => {
    expect(judgeEntry(defaultExamSettings, { startsAt: start, endsAt: end }, at(31), docs)).toEqual({
      kind: 'absent',
      reason: 'late',
    });
  });
  it('R-EXAM-01: without both the ticket and the ID card the candidate is absent (documents)', () => {
    const t = { startsAt: start, endsAt: end };
    expect(judgeEntry(defaultExamSettings, t, at(0), { ticketChecked: true, idChecked: false })).toEqual({
      kind: 'absent',
      reason: 'documents',
    });
    expect(judgeEntry(defaultExamSettings, t, at(0), { ticketChecked: false, idChecked: true })).toEqual({
      kind: 'absent',
      reason: 'documents',
    });
  });
  it("R-EXAM-01: the room's 开考 opens entry earlier than the settings' minutes", () => {
    const w = entryWindow(defaultExamSettings, { startsAt: start, endsAt: end, openedAt: at(-40) });
    expect(w.opensAt).toEqual(at(-40));
    expect(w.closesAt).toEqual(at(30));
  });
  it('R-EXAM-01: nobody finishes before the end unless the centre allows it', () => {
    const t = { startsAt: start, endsAt: end };
    expect(mayFinish(defaultExamSettings, t, at(89))).toBe(false);
    expect(mayFinish(defaultExamSettings, t, at(90))).toBe(true);
    const early = { ...defaultExamSettings, earlyFinishAllowed: true, earlyFinishAfterMinutes: 60 };
    expect(mayFinish(early, t, at(59))).toBe(false);
    expect(mayFinish(early, t, at(60))).toBe(true);
  });
});

let t: TestApp;
let f: ExamDayFixture;
let jiankao: TestClient;
let kaowu: TestClient;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await makeExamDay(t, { startsInMinutes: -5 });
  jiankao = await t.login('jiankao');
  kaowu = await t.login('kaowu');
  admin = await t.login('admin');
}, 240_000); // the demo arrangement is built through its services: slow on a loaded machine
afterAll(async () => t?.close());
beforeEach(async () => {
  await clearExamDay(t, f.sittingId);
  await moveExamDay(t, f.sittingId, { startsInMinutes: -5 });
});

const checkin = (c: TestClient, code: string, over: Record<string, unknown> = {}) =>
  c.post(`${f.base}/checkins`, { code, ticketChecked: true, idChecked: true, method: 'typed', ...over });

describe('check-in through the API', () => {
  it("R-EXAM-01: the proctor's list shows every seat with the masked ID and a photo link", async () => {
    const res = await jiankao.get(`${f.base}/checkins`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(f.candidates.length);
    expect(body.room).toMatchObject({ sittingId: f.sittingId, roomId: f.roomId, duty: 'proctor', mode: 'paper' });
    for (const row of body.items) {
      expect(row.idMasked).toMatch(/\*{4,}.{4}$/);
      expect(row.status).toBeNull();
    }
  });

  it('R-EXAM-01: a typed ticket number within the window is present, the time and the proctor recorded', async () => {
    const c = f.candidates[0];
    const res = await checkin(jiankao, c.ticketNumber);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'present', row: { status: 'present', method: 'typed' } });
    expect(res.json().row.at).toBeTruthy();
    expect(res.json().row.byName).toBeTruthy();
    const again = await checkin(jiankao, c.ticketNumber);
    expect(again.statusCode).toBe(200);
    expect(again.json().outcome).toBe('already');
    expect(again.json().message).toMatch(/已于 \d\d:\d\d 入场/);
  });

  it("R-EXAM-01: the ticket QR's verify URL checks in; a forged signature is refused", async () => {
    const c = f.candidates[1];
    const url = ticketVerifyUrl('https://exam.example.cn', ticketQrKey(t.app.ctx.config), c.ticketNumber);
    const forged = url.replace(/s=[^&]+/, 's=AAAAAAAAAAAAAAAA');
    const bad = await checkin(jiankao, forged, { method: 'scan' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('二维码');
    const ok = await checkin(jiankao, url, { method: 'scan' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ outcome: 'present', row: { method: 'scan' } });
  });

  it('R-EXAM-01: entry at start + 31 min is absent', async () => {
    await moveExamDay(t, f.sittingId, { startsInMinutes: -31 });
    const res = await checkin(jiankao, f.candidates[2].ticketNumber);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'absent', row: { status: 'absent', reason: 'late' } });
    expect(res.json().message).toContain('迟到');
  });

  it('R-EXAM-01: before the window opens the check-in is refused naming the time, nothing recorded', async () => {
    await moveExamDay(t, f.sittingId, { startsInMinutes: 60 });
    const res = await checkin(jiankao, f.candidates[3].ticketNumber);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/\d\d:\d\d 起可以入场/);
    const list = (await jiankao.get(`${f.base}/checkins`)).json();
    expect(list.items.every((r: { status: string | null }) => r.status === null)).toBe(true);
  });

  it('R-EXAM-01: without the ID card checked the candidate is absent (documents)', async () => {
    const res = await checkin(jiankao, f.candidates[4].ticketNumber, { idChecked: false });
    expect(res.json()).toMatchObject({ outcome: 'absent', row: { reason: 'documents' } });
    // A valid entry later within the window replaces the absence (突发事件处理办法 一).
    const later = await checkin(jiankao, f.candidates[4].ticketNumber);
    expect(later.json()).toMatchObject({ outcome: 'present', row: { status: 'present' } });
  });

  it('R-EXAM-01: a candidate of another room is refused naming its room and seat', async () => {
    const res = await checkin(jiankao, f.elsewhere.ticketNumber);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain(`第 ${f.elsewhere.seatNo} 号座位`);
    const unknown = await checkin(jiankao, 'ZZ0000000000');
    expect(unknown.statusCode).toBe(409);
  });

  it('R-EXAM-01: attendance is what scoring reads: present, absent with reason, no check-in after close is no_show', async () => {
    const [a, b, c] = f.candidates;
    await checkin(jiankao, a.ticketNumber);
    const mark = await jiankao.post(`${f.base}/absences`, { applicationId: b.applicationId, reason: 'identity' });
    expect(mark.statusCode).toBe(200);
    expect(mark.json().row).toMatchObject({ status: 'absent', reason: 'identity' });
    let att = await attendanceOfSitting(t.database.db, f.sittingId);
    expect(att.find((x) => x.applicationId === c.applicationId)).toMatchObject({ status: 'pending' });
    await moveExamDay(t, f.sittingId, { startsInMinutes: -45 });
    att = await attendanceOfSitting(t.database.db, f.sittingId);
    expect(att.find((x) => x.applicationId === a.applicationId)).toMatchObject({ status: 'present' });
    expect(att.find((x) => x.applicationId === b.applicationId)).toMatchObject({
      status: 'absent',
      reason: 'identity',
    });
    expect(att.find((x) => x.applicationId === c.applicationId)).toMatchObject({ status: 'absent', reason: 'no_show' });
  });

  it('R-EXAM-01: the settings decide the window (centre changes them; a proctor may not)', async () => {
    const current = (await jiankao.get('/api/v1/exams/settings')).json();
    expect(current.settings).toMatchObject({ entryBeforeMinutes: 20, entryCloseAfterMinutes: 30 });
    const denied = await jiankao.put('/api/v1/exams/settings', { ...current.settings, entryCloseAfterMinutes: 40 });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toContain('权限');
    const bad = await kaowu.put('/api/v1/exams/settings', { ...current.settings, entryCloseAfterMinutes: -1 });
    expect(bad.statusCode).toBe(400);
    const ok = await kaowu.put('/api/v1/exams/settings', { ...current.settings, entryCloseAfterMinutes: 40 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().updatedByName).toBeTruthy();
    try {
      await moveExamDay(t, f.sittingId, { startsInMinutes: -35 });
      const res = await checkin(jiankao, f.candidates[5].ticketNumber);
      expect(res.json().outcome).toBe('present');
    } finally {
      await kaowu.put('/api/v1/exams/settings', current.settings);
    }
  });

  it('R-PPL-08: a proctor with a conflict cannot check in that candidate; the centre can', async () => {
    const c = f.candidates[6];
    const made = await admin.post('/api/v1/conflicts', {
      staffPersonId: f.jiankaoPersonId,
      candidatePersonId: c.personId,
      relation: 'relative',
    });
    expect(made.statusCode).toBe(200);
    try {
      const me = (await jiankao.get(`${f.base}/checkins`)).json();
      expect(me.items.find((r: { applicationId: string }) => r.applicationId === c.applicationId).conflict).toBe(true);
      const res = await checkin(jiankao, c.ticketNumber);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toContain('R-PPL-08');
      const incident = await jiankao.post(`${f.base}/incidents`, {
        kind: 'toilet',
        applicationId: c.applicationId,
        description: '要求如厕',
      });
      expect(incident.statusCode).toBe(403);
      const violation = await jiankao.post(`${f.base}/violations`, {
        applicationId: c.applicationId,
        clause: 'v1_disturbance',
        description: '喧哗',
      });
      expect(violation.statusCode).toBe(403);
      const centre = await checkin(kaowu, c.ticketNumber);
      expect(centre.statusCode).toBe(200);
      expect(centre.json().outcome).toBe('present');
    } finally {
      await admin.del(`/api/v1/conflicts/${made.json().id}`);
    }
  });
});
