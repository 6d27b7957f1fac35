import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { examAttempts, examRoomSessions } from '../../db/schema/index.js';
import { publishedPaperKey } from '../itembank/itembank.reads.js';
import { sweepOnce } from './autosubmit.service.js';
import { receiptOf } from './cbt.rules.js';
import { endSittingIn, examCall, examLoginAs, makeRunningCbtSitting, type CbtSitting } from './cbt.testkit.js';

let t: TestApp;
let s: CbtSitting;

beforeAll(async () => {
  t = await createTestApp();
  s = await makeRunningCbtSitting(t);
}, 300_000);
afterAll(async () => t?.close());

async function startedToken(i: number) {
  const token = (await examLoginAs(t, s.candidates[i])).json().token as string;
  expect((await examCall(t, token, 'POST', 'start')).statusCode).toBe(200);
  return token;
}

const attempt = async (id: string) =>
  (await t.database.db.select().from(examAttempts).where(eq(examAttempts.id, id)))[0];

describe('auto-submit at end + grace', () => {
  it('R-EXAM-02: started attempts are submitted (kind auto) at end + grace, not before, and not while the room is paused; then scored', async () => {
    const c = s.candidates[0];
    const token = await startedToken(0);
    const key = (await publishedPaperKey(t.database.db, c.paperId))!;
    const right = key[0];
    const value = right.type === 'truefalse' ? (right.answer === '正确' ? 'T' : 'F') : right.answer;
    await examCall(t, token, 'POST', 'answers', { answers: [{ itemNo: 1, value, seq: 1 }] });
    const grace = (await examCall(t, token, 'GET', 'clock')).json().graceSeconds as number;

    // Past the end, inside the grace: nothing yet.
    await endSittingIn(t, s.sittingId, -(grace - 5));
    await sweepOnce(t.database.db);
    expect((await attempt(c.attemptId)).state).toBe('started');

    // Past end + grace while the room is paused: still nothing (R-EXAM-04 pause).
    await endSittingIn(t, s.sittingId, -(grace + 5));
    const db = t.database.db;
    const rooms = s.rooms.map((r) => r.roomSessionId);
    for (const id of rooms)
      await db.update(examRoomSessions).set({ pausedAt: new Date() }).where(eq(examRoomSessions.id, id));
    await sweepOnce(db);
    expect((await attempt(c.attemptId)).state).toBe('started');
    for (const id of rooms)
      await db.update(examRoomSessions).set({ pausedAt: null }).where(eq(examRoomSessions.id, id));

    const r = await sweepOnce(db);
    expect(r.submitted).toBeGreaterThanOrEqual(1);
    const a = await attempt(c.attemptId);
    expect(a.state).toBe('submitted');
    expect(a.submitKind).toBe('auto');
    expect(a.receipt).toBe(receiptOf([{ itemNo: 1, value }]));
    expect(Number(a.score)).toBe(right.points);
    expect(a.scoreDetail).toHaveLength(key.length);
    // A candidate's submit afterwards returns the one submission; a never-started attempt is left alone.
    const replay = (await examCall(t, token, 'POST', 'submit', { clientKey: 'after-auto-1' })).json();
    expect(replay).toMatchObject({ kind: 'auto', receipt: a.receipt });
    expect((await attempt(s.candidates[1].attemptId)).state).toBe('ready');
    // A second sweep (another process) changes nothing.
    expect((await sweepOnce(db)).submitted).toBe(0);
  });
});
