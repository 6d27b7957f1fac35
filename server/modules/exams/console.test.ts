import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, examAttempts, examRoomSessions } from '../../db/schema/index.js';
import { recomputeDeadlines } from './clock.store.js';
import { examCall, examLoginAs, makeRunningCbtSitting, newDeviceId, type CbtSitting } from './cbt.testkit.js';

let t: TestApp;
let s: CbtSitting;
let admin: TestClient;
let base = '';

beforeAll(async () => {
  t = await createTestApp();
  s = await makeRunningCbtSitting(t);
  admin = await t.login('kaowu');
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
}, 300_000);
afterAll(async () => t?.close());

const room = () => s.rooms[0];
const consoleUrl = () => `/api/v1/exams/rooms/${s.sittingId}/${room().roomId}`;
const inRoom = () => s.candidates.filter((c) => c.roomSessionId === room().roomSessionId);

async function startedToken(i: number) {
  const token = (await examLoginAs(t, inRoom()[i])).json().token as string;
  expect((await examCall(t, token, 'POST', 'start')).statusCode).toBe(200);
  return token;
}

/** Reads SSE events from a stream until `until` says stop (or the timeout): [event, data] pairs. */
async function readEvents(
  url: string,
  headers: Record<string, string>,
  until: (events: [string, any][]) => boolean,
  timeoutMs = 8_000,
) {
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), timeoutMs);
  const events: [string, any][] = [];
  try {
    const res = await fetch(base + url, { headers, signal: ac.signal });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += new TextDecoder().decode(value);
      let i;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const chunk = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const ev = /^event: (.*)$/m.exec(chunk)?.[1];
        const data = /^data: (.*)$/m.exec(chunk)?.[1];
        if (ev && data) events.push([ev, JSON.parse(data)]);
      }
      if (until(events)) break;
    }
  } catch (e) {
    if ((e as Error).name !== 'AbortError') throw e;
  } finally {
    clearTimeout(timer);
    ac.abort();
  }
  return events;
}

describe('the proctor console of a computer-based room', () => {
  it('R-EXAM-02: the console shows every seat with check-in and attempt state, the room code to the centre', async () => {
    await startedToken(0);
    const res = await admin.get(`${consoleUrl()}/console`);
    expect(res.statusCode, res.body).toBe(200);
    const snap = res.json();
    expect(snap.room.mode).toBe('computer');
    expect(snap.room.prepared).toBe(true);
    expect(snap.room.roomCode).toBe(room().roomCode);
    expect(snap.seats).toHaveLength(inRoom().length);
    const seat = snap.seats.find((x: any) => x.attempt?.id === inRoom()[0].attemptId);
    expect(seat.attempt).toMatchObject({ state: 'started', bound: true, online: true, answered: 0 });
    expect(seat.idMasked).not.toMatch(/^\d{17}/);
    expect(snap.counts.answering).toBeGreaterThanOrEqual(1);
  });

  it('R-EXAM-02: the centre limits a room to an address range: a login from outside is refused, inside it is let in; a malformed range is refused naming its entry and changes nothing', async () => {
    const url = `${consoleUrl()}/ip-ranges`;
    const bad = await admin.put(url, { ipRanges: ['10.9.8.0/24', '10.9.8.0/33'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('第 2 项的网络地址范围');
    expect(bad.json().error.message).toContain('10.9.8.0/33');
    expect((await admin.get(`${consoleUrl()}/console`)).json().room.ipRanges).toEqual([]);

    const ok = await admin.put(url, { ipRanges: ['10.9.8.0/24', '192.168.3.4'] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await admin.get(`${consoleUrl()}/console`)).json().room.ipRanges).toEqual(['10.9.8.0/24', '192.168.3.4']);
    const [a, b] = inRoom().slice(-2);
    const loginFrom = (c: typeof a, remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/exam/login',
        remoteAddress,
        payload: { ticketNumber: c.ticketNumber, idNumber: c.idNumber, roomCode: c.roomCode, deviceId: newDeviceId() },
      });
    const outside = await loginFrom(a, '10.9.9.7');
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.message).toContain('网络地址不在本考场允许的范围内');
    expect((await loginFrom(a, '10.9.8.7')).statusCode).toBe(200);
    expect((await loginFrom(b, '192.168.3.4')).statusCode).toBe(200);
    const [audit] = await t.database.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'exam.ip_ranges'));
    expect(audit.after).toEqual({ ipRanges: ['10.9.8.0/24', '192.168.3.4'] });

    // Lifted: any address again.
    expect((await admin.put(url, { ipRanges: [] })).statusCode).toBe(200);
    const [c] = inRoom().slice(-3, -2);
    expect((await loginFrom(c, '172.16.0.1')).statusCode).toBe(200);
  });

  it('R-EXAM-04: a pause stops auto-submit and its length is added to every deadline at resume; 开考 is recorded', async () => {
    expect((await admin.post(`${consoleUrl()}/open`)).statusCode).toBe(200);
    const before = await t.database.db.select().from(examAttempts).where(eq(examAttempts.id, inRoom()[0].attemptId));
    expect((await admin.post(`${consoleUrl()}/pause`)).statusCode).toBe(200);
    expect((await admin.post(`${consoleUrl()}/pause`)).statusCode).toBe(409);
    // Two seconds of pause, without waiting: the pause began earlier.
    await t.database.db
      .update(examRoomSessions)
      .set({ pausedAt: sql`now() - interval '120 seconds'` })
      .where(eq(examRoomSessions.id, room().roomSessionId));
    expect((await admin.post(`${consoleUrl()}/resume`)).statusCode).toBe(200);
    const after = await t.database.db.select().from(examAttempts).where(eq(examAttempts.id, inRoom()[0].attemptId));
    const moved = (after[0].deadlineAt.getTime() - before[0].deadlineAt.getTime()) / 1000;
    expect(moved).toBeGreaterThanOrEqual(120);
    expect(moved).toBeLessThanOrEqual(125);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, room().roomSessionId));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['exam.open', 'exam.pause', 'exam.resume']));
  });

  it('R-EXAM-02: the proctor collects a paper with a reason (kind proctor), once; events are listed for the proctor', async () => {
    const c = inRoom()[1];
    const token = await startedToken(1);
    await examCall(t, token, 'POST', 'answers', { answers: [{ itemNo: 1, value: 'A', seq: 1 }] });
    await examCall(t, token, 'POST', 'events', { events: [{ kind: 'paste', clientAt: Date.now() }] });
    const ev = (await admin.get(`/api/v1/exams/attempts/${c.attemptId}/events`)).json();
    expect(ev.items.map((e: any) => e.kind)).toEqual(expect.arrayContaining(['login', 'paste']));
    expect(ev.items.find((e: any) => e.kind === 'paste').kindName).toBe('粘贴');
    const first = await admin.post(`/api/v1/exams/attempts/${c.attemptId}/collect`, { reason: '考生突发疾病停考' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ kind: 'proctor', answered: 1 });
    const again = await admin.post(`/api/v1/exams/attempts/${c.attemptId}/collect`, { reason: '重复' });
    expect(again.json().receipt).toBe(first.json().receipt);
    const mine = (await examCall(t, token, 'POST', 'submit', { clientKey: 'after-collect' })).json();
    expect(mine).toMatchObject({ kind: 'proctor', receipt: first.json().receipt });
  });

  it('R-EXAM-02: an extension reaches the candidate stream within seconds, and a release ends it with `released`', async () => {
    const c = inRoom()[2];
    const token = await startedToken(2);
    const seen = readEvents('/api/v1/exam/stream', { 'x-exam-token': token }, (evs) =>
      evs.some((e) => e[0] === 'released'),
    );
    await new Promise((r) => setTimeout(r, 300));
    const db = t.database.db;
    await db.update(examAttempts).set({ extensionSeconds: 300 }).where(eq(examAttempts.id, c.attemptId));
    await recomputeDeadlines(db, { roomSessionId: c.roomSessionId, attemptId: c.attemptId });
    await new Promise((r) => setTimeout(r, 2_500));
    expect(
      (await admin.post(`/api/v1/exams/attempts/${c.attemptId}/release`, { reason: '更换考试机' })).statusCode,
    ).toBe(200);
    const events = await seen;
    const clocks = events.filter((e) => e[0] === 'clock').map((e) => e[1]);
    expect(clocks.length).toBeGreaterThanOrEqual(2);
    expect(clocks[clocks.length - 1].deadline - clocks[0].deadline).toBe(300_000);
    expect(events[events.length - 1][0]).toBe('released');
    // The released device is refused; a new device signs in and resumes.
    expect((await examCall(t, token, 'GET', 'clock')).statusCode).toBe(401);
    expect((await examLoginAs(t, c, newDeviceId())).statusCode).toBe(200);
  });

  it('R-EXAM-02: the console stream pushes the snapshot, and again when a candidate changes state', async () => {
    const events = readEvents(
      `${consoleUrl()}/stream`,
      { cookie: admin.cookie },
      (evs) => evs.filter((e) => e[0] === 'console').length >= 2,
    );
    await new Promise((r) => setTimeout(r, 300));
    await startedToken(3);
    const got = (await events).filter((e) => e[0] === 'console');
    expect(got.length).toBeGreaterThanOrEqual(2);
    expect(got[got.length - 1][1].seats.find((x: any) => x.attempt?.id === inRoom()[3].attemptId).attempt.state).toBe(
      'started',
    );
  });
});
