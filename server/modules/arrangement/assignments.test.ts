import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import type { ArrangementView } from '../../../shared/arrangement.js';
import type { Assignment } from '../../../shared/arrangement.assignments.js';
import { EXAM_DAY, buildPublishedRun, buildScenario, type Scenario } from './arrangement.testkit.js';

/**
 * Issue 9, 我的考务安排: an examiner's or supervisor's own duties in the published arrangement (R-ARR-11), with
 * rooms, times, colleagues and the room documents it may print. Each case builds its own database and run.
 */

let t: TestApp;
let s: Scenario;
let v: ArrangementView;

beforeEach(async () => {
  t = await createTestApp();
  s = await buildScenario(t);
  v = await buildPublishedRun(t, s);
});
afterEach(async () => t.close());

async function linkLogin(username: string, personId: string) {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  const res = await s.admin.post(`/api/v1/persons/${personId}/account`, { userId: u.id });
  expect(res.statusCode, res.body).toBe(200);
}
const docUrl = (a: Assignment, roomId: string, doc: string) =>
  `/api/v1/me/assignments/${a.runId}/sittings/${a.sittingId}/rooms/${roomId}/${doc}`;

describe('我的考务安排 (issue 9)', () => {
  it('R-ARR-11: the examiner lists its sittings with rooms, times, duty and colleagues; nobody else’s duties', async () => {
    const theory = v.sittings.find((x) => x.kind === 'theory')!;
    const examiner = theory.examiners.find((e) => e.name === '新考评员')!; // in both sittings (buildCompleteRun)
    await linkLogin('kaopingyuan', examiner.id);
    const res = await (await t.login('kaopingyuan')).get('/api/v1/me/assignments');
    expect(res.statusCode, res.body).toBe(200);
    const { linked, items } = res.json() as { linked: boolean; items: Assignment[] };
    expect(linked).toBe(true);
    expect(items.map((a) => [a.sittingKind, a.day, a.startsAt])).toEqual([
      ['theory', EXAM_DAY, theory.startsAt.slice(0, 5)],
      ['skill', EXAM_DAY, v.sittings.find((x) => x.kind === 'skill')!.startsAt.slice(0, 5)],
    ]);
    const first = items[0];
    expect(['examiner', 'leader']).toContain(first.duty);
    expect(first.batchTitle).toMatch(/电工编排测试/);
    expect(first.siteNames).toEqual([theory.siteName]);
    expect(first.rooms.map((r) => r.roomName).sort()).toEqual(theory.rooms.map((r) => r.roomName).sort());
    // Colleagues: the rest of the examiner group, the rooms' proctors and the site's supervisors, never itself.
    const names = first.colleagues.map((c) => c.name);
    for (const e of theory.examiners.filter((e) => e.id !== examiner.id)) expect(names).toContain(e.name);
    for (const p of theory.rooms.flatMap((r) => r.proctors)) expect(names).toContain(p.name);
    for (const p of theory.supervisors) expect(names).toContain(p.name);
    expect(names).not.toContain('新考评员');
    expect(first.colleagues.find((c) => c.duty === 'proctor')!.roomName).toBeTruthy();
    // A supervisor linked to a proctor sees only that proctor's rooms, not the examiner's duties.
    const proctor = theory.rooms[0].proctors[0];
    await linkLogin('dudao', proctor.id);
    const other = (await (await t.login('dudao')).get('/api/v1/me/assignments')).json() as { items: Assignment[] };
    expect(other.items.length).toBeGreaterThan(0);
    expect(other.items.every((a) => a.duty === 'proctor')).toBe(true);
    expect(other.items[0].rooms.map((r) => r.roomId)).toEqual([theory.rooms[0].roomId]);
    // One arrangement's duties alone: the same, by its id; another id has none.
    const one = (await (await t.login('kaopingyuan')).get(`/api/v1/me/assignments/${v.id}`)).json();
    expect(one.items.map((a: Assignment) => a.sittingId)).toEqual(items.map((a) => a.sittingId));
    const none = await (await t.login('kaopingyuan')).get(`/api/v1/me/assignments/${s.batchId}`);
    expect(none.json()).toMatchObject({ linked: true, items: [] });
  });

  it('R-ARR-11: a proctor prints the sign-in sheet of its own room; another room answers 404 and staff routes stay 403', async () => {
    const theory = v.sittings.find((x) => x.kind === 'theory')!;
    expect(theory.rooms.length).toBeGreaterThan(1);
    const [mine, notMine] = theory.rooms;
    const proctor = mine.proctors.find((p) => !notMine.proctors.some((q) => q.id === p.id))!;
    await linkLogin('dudao', proctor.id);
    const me = await t.login('dudao');
    const items = ((await me.get('/api/v1/me/assignments')).json() as { items: Assignment[] }).items;
    const a = items.find((x) => x.sittingId === theory.id)!;
    expect(a.rooms[0].documents).toEqual(['door', 'seats', 'signin']);
    const pdf = await me.get(docUrl(a, mine.roomId, 'signin.pdf'));
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Named like every download: <subject>-<document>.pdf (server/http/download.ts).
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toMatch(
      /第\d+考场（[\d-]+）-考生签到表\.pdf$/,
    );
    expect((await me.get(docUrl(a, notMine.roomId, 'signin.pdf'))).statusCode).toBe(404);
    // The centre's own print route stays closed to the role (arrangement.manage).
    const staffRoute = `/api/v1/arrangement/${a.batchId}/sittings/${a.sittingId}/rooms/${mine.roomId}/signin.pdf`;
    expect((await me.get(staffRoute)).statusCode).toBe(403);
    // The examiner linked to no one on duty gets none of it.
    const kaopingyuan = await t.login('kaopingyuan');
    expect((await kaopingyuan.get(docUrl(a, mine.roomId, 'signin.pdf'))).statusCode).toBe(404);
  });

  it('a login without a linked person gets a plain Chinese message and no duties, not an error', async () => {
    const res = await (await t.login('kaopingyuan')).get('/api/v1/me/assignments');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ linked: false, items: [] });
    expect(res.json().message).toMatch(/尚未关联人员档案/);
    expect((await s.kaowu.get('/api/v1/me/assignments')).statusCode).toBe(403);
  });
});
