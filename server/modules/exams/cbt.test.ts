import { createDecipheriv } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditLog, examAttempts, examEvents, examRoomSessions } from '../../db/schema/index.js';
import { recomputeDeadlines } from './clock.store.js';
import {
  endSittingIn,
  examCall,
  examLoginAs,
  makeRunningCbtSitting,
  moveSitting,
  newDeviceId,
  type CbtCandidate,
  type CbtSitting,
} from './cbt.testkit.js';

let t: TestApp;
let s: CbtSitting;
let next = 0;
const candidate = () => s.candidates[next++];

beforeAll(async () => {
  t = await createTestApp();
  s = await makeRunningCbtSitting(t);
}, 300_000);
afterAll(async () => t?.close());

async function started(c: CbtCandidate, deviceId = newDeviceId()) {
  const login = await examLoginAs(t, c, deviceId);
  expect(login.statusCode, login.body).toBe(200);
  const token = login.json().token as string;
  const start = await examCall(t, token, 'POST', 'start');
  expect(start.statusCode, start.body).toBe(200);
  return { token, key: start.json().key as string, login: login.json() };
}

const save = (token: string, answers: { itemNo: number; value: string; seq: number }[]) =>
  examCall(t, token, 'POST', 'answers', { answers });

describe('computer-based exam: the candidate API', () => {
  it('R-EXAM-02: the paper delivered never contains a key or an answer, and opens with the unlock key', async () => {
    const c = candidate();
    const { token, key } = await started(c);
    const paper = (await examCall(t, token, 'GET', 'paper')).json();
    expect(paper.itemCount).toBe(50);
    const raw = Buffer.from(paper.blob, 'base64');
    const d = createDecipheriv('aes-256-gcm', Buffer.from(key, 'base64'), raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(raw.length - 16));
    const plain = JSON.parse(Buffer.concat([d.update(raw.subarray(12, raw.length - 16)), d.final()]).toString('utf8'));
    expect(plain.items).toHaveLength(50);
    const text = JSON.stringify(plain);
    expect(text).not.toMatch(/"answer"|"versionId"|"sealHash"|"key":"[^A-H]/);
    for (const item of plain.items)
      expect(Object.keys(item).sort()).toEqual(['no', 'options', 'points', 'stem', 'stemImageUrls', 'type']);
    // The paper before the unlock is opaque: no stem in clear.
    expect(paper.blob).not.toContain(plain.items[0].stem);
  });

  it('R-EXAM-02: an older save after a newer one is ignored', async () => {
    const { token } = await started(candidate());
    expect((await save(token, [{ itemNo: 1, value: 'B', seq: 5 }])).json().ackSeq).toBe(5);
    const older = await save(token, [{ itemNo: 1, value: 'A', seq: 3 }]);
    expect(older.statusCode).toBe(200);
    expect(older.json().ackSeq).toBe(5);
    const resume = (await examCall(t, token, 'GET', 'resume')).json();
    expect(resume.answers).toEqual([{ itemNo: 1, value: 'B', seq: 5 }]);
    // Within one request, the highest sequence of an item wins.
    await save(token, [
      { itemNo: 2, value: 'C', seq: 7 },
      { itemNo: 2, value: 'D', seq: 6 },
    ]);
    expect((await examCall(t, token, 'GET', 'resume')).json().answers[1]).toEqual({ itemNo: 2, value: 'C', seq: 7 });
  });

  it('R-EXAM-02: resume gives back every acknowledged answer with the right remaining time', async () => {
    const c = candidate();
    const device = newDeviceId();
    const { token } = await started(c, device);
    const acked: Record<number, string> = {};
    for (let i = 1; i <= 20; i++) {
      const value = i % 3 === 0 ? 'T' : 'ABCD'[i % 4];
      const r = await save(token, [{ itemNo: i, value, seq: i }]);
      expect(r.json().ackSeq).toBe(i);
      acked[i] = value;
    }
    // A crash: the same device logs in again and gets a fresh token; the old one stops working.
    const again = await examLoginAs(t, c, device);
    expect(again.statusCode).toBe(200);
    expect((await examCall(t, token, 'GET', 'resume')).statusCode).toBe(401);
    const resume = (await examCall(t, again.json().token, 'GET', 'resume')).json();
    expect(resume.ackSeq).toBe(20);
    expect(
      Object.fromEntries(resume.answers.map((a: { itemNo: number; value: string }) => [a.itemNo, a.value])),
    ).toEqual(acked);
    const [a] = await t.database.db.select().from(examAttempts).where(eq(examAttempts.id, c.attemptId));
    expect(resume.clock.deadline).toBe(a.deadlineAt.getTime());
    const remaining = resume.clock.deadline - resume.clock.serverNow;
    expect(remaining).toBeGreaterThan(80 * 60_000);
    expect(remaining).toBeLessThanOrEqual(85 * 60_000);
  });

  it('R-EXAM-02: a second device is refused until the proctor releases the seat; then the old token is refused', async () => {
    const c = candidate();
    const first = await started(c);
    const other = await examLoginAs(t, c, newDeviceId());
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toContain('监考员释放座位');
    const proctor = await t.login('kaowu');
    const rel = await proctor.post(`/api/v1/exams/attempts/${c.attemptId}/release`, { reason: '考试机故障' });
    expect(rel.statusCode, rel.body).toBe(200);
    expect((await save(first.token, [{ itemNo: 1, value: 'A', seq: 1 }])).statusCode).toBe(401);
    const second = await examLoginAs(t, c, newDeviceId());
    expect(second.statusCode).toBe(200);
    expect((await examCall(t, second.json().token, 'POST', 'start')).statusCode).toBe(200);
    expect((await save(second.json().token, [{ itemNo: 1, value: 'A', seq: 2 }])).statusCode).toBe(200);
  });

  it('R-EXAM-02 / R-AUD-01: two devices signing in to one seat at the same moment: one is bound, the other refused; each login of a batch is audited', async () => {
    const db = t.database.db;
    const c = candidate();
    const other = candidate();
    const [a, b, o] = await Promise.all([
      examLoginAs(t, c, 'device-race-a-0001'),
      examLoginAs(t, c, 'device-race-b-0001'),
      examLoginAs(t, other, 'device-race-c-0001'),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const [won, lost] = a.statusCode === 200 ? [a, b] : [b, a];
    expect(lost.json().error.details.reason).toBe('bound_elsewhere');
    expect(o.statusCode, o.body).toBe(200);
    // The winner's token works; the seat stays with the winner's device.
    expect((await examCall(t, won.json().token, 'POST', 'start')).statusCode).toBe(200);
    const [row] = await db
      .select({ deviceId: examAttempts.deviceId })
      .from(examAttempts)
      .where(eq(examAttempts.id, c.attemptId));
    expect(row.deviceId).toBe(won === a ? 'device-race-a-0001' : 'device-race-b-0001');
    const audited = await db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'exam.login'), inArray(auditLog.entityId, [c.attemptId, other.attemptId])));
    expect(audited.map((x) => x.entityId).sort()).toEqual([c.attemptId, other.attemptId].sort());
    const events = await db
      .select({ kind: examEvents.kind })
      .from(examEvents)
      .where(and(eq(examEvents.attemptId, c.attemptId), eq(examEvents.kind, 'login')));
    expect(events).toHaveLength(1);
  });

  it('R-EXAM-02: client signals are logged and nothing is submitted for them', async () => {
    const c = candidate();
    const { token } = await started(c);
    const r = await examCall(t, token, 'POST', 'events', {
      events: [
        { kind: 'fullscreen_exit', clientAt: Date.now() },
        { kind: 'copy', clientAt: Date.now(), detail: 'Ctrl+C' },
        { kind: 'tab_hidden', clientAt: 1e300 },
      ],
    });
    expect(r.statusCode, r.body).toBe(200);
    const events = await t.database.db.select().from(examEvents).where(eq(examEvents.attemptId, c.attemptId));
    expect(events.map((e) => e.kind).sort()).toEqual(['copy', 'fullscreen_exit', 'login', 'tab_hidden']);
    const [a] = await t.database.db.select().from(examAttempts).where(eq(examAttempts.id, c.attemptId));
    expect(a.state).toBe('started');
  });

  it('R-EXAM-02: an extension (recomputeDeadlines) moves the deadline and the clock', async () => {
    const c = candidate();
    const { token } = await started(c);
    const before = (await examCall(t, token, 'GET', 'clock')).json();
    const db = t.database.db;
    await db
      .update(examRoomSessions)
      .set({ extensionSeconds: sql`${examRoomSessions.extensionSeconds} + 600` })
      .where(eq(examRoomSessions.id, c.roomSessionId));
    await recomputeDeadlines(db, { roomSessionId: c.roomSessionId });
    const after = (await examCall(t, token, 'GET', 'clock')).json();
    expect(after.deadline - before.deadline).toBe(600_000);
    expect(after.version).toBeGreaterThan(before.version);
    await db
      .update(examRoomSessions)
      .set({ extensionSeconds: sql`${examRoomSessions.extensionSeconds} - 600` })
      .where(eq(examRoomSessions.id, c.roomSessionId));
    await recomputeDeadlines(db, { roomSessionId: c.roomSessionId });
  });

  it('R-EXAM-01: nobody finishes before the end (default settings)', async () => {
    const { token } = await started(candidate());
    const r = await examCall(t, token, 'POST', 'submit', { clientKey: 'early-key-1' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.details.reason).toBe('too_early');
  });

  it('R-EXAM-02: an answer sent 1 s before end + grace is kept and 1 s after is refused', async () => {
    const { token } = await started(candidate());
    const grace = (await examCall(t, token, 'GET', 'clock')).json().graceSeconds as number;
    await endSittingIn(t, s.sittingId, -(grace - 2));
    const kept = await save(token, [{ itemNo: 3, value: 'A', seq: 1 }]);
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().ackSeq).toBe(1);
    await endSittingIn(t, s.sittingId, -(grace + 1));
    const refused = await save(token, [{ itemNo: 3, value: 'B', seq: 2 }]);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.reason).toBe('closed');
    const resume = (await examCall(t, token, 'GET', 'resume')).json();
    expect(resume.answers).toEqual([{ itemNo: 3, value: 'A', seq: 1 }]);
    await moveSitting(t, s.sittingId, { startedMinutesAgo: 5 });
  });

  it('R-EXAM-02: a replayed submit gives one submission', async () => {
    const { token } = await started(candidate());
    await save(token, [{ itemNo: 1, value: 'A', seq: 1 }]);
    await endSittingIn(t, s.sittingId, -5); // the end has passed, the grace has not
    const results = await Promise.all(
      [1, 2, 3].map((i) =>
        examCall(t, token, 'POST', 'submit', {
          clientKey: i === 3 ? 'another-key-3' : 'submit-key-1',
          answers: [{ itemNo: 2, value: 'B', seq: 2 }],
        }),
      ),
    );
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const receipts = new Set(results.map((r) => r.json().receipt));
    expect(receipts.size).toBe(1);
    expect(results.map((r) => r.json().submittedAt)).toEqual(Array(3).fill(results[0].json().submittedAt));
    expect(results[0].json()).toMatchObject({ kind: 'candidate', answered: 2, itemCount: 50 });
    const again = await examCall(t, token, 'POST', 'submit', { clientKey: 'late-replay-9' });
    expect(again.json().receipt).toBe(results[0].json().receipt);
    const late = await save(token, [{ itemNo: 3, value: 'A', seq: 3 }]);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.details.reason).toBe('submitted');
    await moveSitting(t, s.sittingId, { startedMinutesAgo: 5 });
  });

  it('R-EXAM-01: a first login before the entry window is refused, and at start + 31 min the candidate is absent', async () => {
    const c = candidate();
    await moveSitting(t, s.sittingId, { startsInMinutes: 25 });
    const early = await examLoginAs(t, c);
    expect(early.statusCode).toBe(403);
    expect(early.json().error.message).toContain('尚未到入场时间');
    await moveSitting(t, s.sittingId, { startsInMinutes: 19 });
    expect((await examLoginAs(t, candidate())).statusCode).toBe(200);
    await moveSitting(t, s.sittingId, { startedMinutesAgo: 31 });
    const late = await examLoginAs(t, c);
    expect(late.statusCode).toBe(403);
    expect(late.json().error.message).toContain('缺考');
    await moveSitting(t, s.sittingId, { startedMinutesAgo: 5 });
  });

  it('R-EXAM-02: the unlock waits for the start, starts each attempt once (together in one batch), gives the key again, and is refused after end + grace', async () => {
    const db = t.database.db;
    await moveSitting(t, s.sittingId, { startsInMinutes: 10 });
    const cs = [candidate(), candidate(), candidate(), candidate()];
    const tokens: string[] = [];
    for (const c of cs) {
      const login = await examLoginAs(t, c);
      expect(login.statusCode, login.body).toBe(200);
      tokens.push(login.json().token as string);
    }
    const early = await examCall(t, tokens[0], 'POST', 'start');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.reason).toBe('not_open');
    const stateOf = async (attemptId: string) =>
      (
        await db
          .select({ state: examAttempts.state, startedAt: examAttempts.startedAt })
          .from(examAttempts)
          .where(eq(examAttempts.id, attemptId))
      )[0];
    expect((await stateOf(cs[0].attemptId)).state).toBe('ready');

    await moveSitting(t, s.sittingId, { startedMinutesAgo: 1 });
    // Arriving together (the first token twice: a double click): one statement, each attempt started once.
    const starts = await Promise.all(
      [tokens[0], tokens[1], tokens[2], tokens[0]].map((k) => examCall(t, k, 'POST', 'start')),
    );
    for (const r of starts) expect(r.statusCode, r.body).toBe(200);
    expect(new Set(starts.map((r) => r.json().key)).size).toBe(1);
    expect(starts.map((r) => r.json().clock.state)).toEqual(['started', 'started', 'started', 'started']);
    const first = await stateOf(cs[0].attemptId);
    expect(first.state).toBe('started');
    const again = await examCall(t, tokens[0], 'POST', 'start');
    expect(again.statusCode).toBe(200);
    expect(again.json().key).toBe(starts[0].json().key);
    expect((await stateOf(cs[0].attemptId)).startedAt).toEqual(first.startedAt);

    // The fourth never unlocked in time: after end + grace its unlock is refused and it stays ready.
    const grace = (await examCall(t, tokens[3], 'GET', 'clock')).json().graceSeconds as number;
    await endSittingIn(t, s.sittingId, -(grace + 1));
    const late = await examCall(t, tokens[3], 'POST', 'start');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.details.reason).toBe('closed');
    expect((await stateOf(cs[3].attemptId)).state).toBe('ready');
    expect((await examCall(t, 'not-a-token-0123456789', 'POST', 'start')).statusCode).toBe(401);
    await moveSitting(t, s.sittingId, { startedMinutesAgo: 5 });
  });

  it('R-EXAM-02: a wrong room code, ID number or token is refused without detail', async () => {
    const c = candidate();
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/exam/login',
      payload: { ticketNumber: c.ticketNumber, idNumber: c.idNumber, roomCode: '000000', deviceId: newDeviceId() },
    });
    expect([401, 400]).toContain(wrong.statusCode);
    expect((await examCall(t, 'nonsense', 'GET', 'clock')).statusCode).toBe(401);
  });
});
