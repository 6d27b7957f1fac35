import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { clearExamDay, deadlineOf, makeAttempt, makeExamDay, type ExamDayFixture } from './exams-day.testkit.js';

/** R-EXAM-04: incidents of the handbook's catalogue, credited time entered by a proctor and approved by the site head. */

let t: TestApp;
let f: ExamDayFixture;
let jiankao: TestClient;
let kaochang: TestClient;
let kaowu: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  f = await makeExamDay(t, { startsInMinutes: -10 });
  jiankao = await t.login('jiankao');
  kaochang = await t.login('kaochang');
  kaowu = await t.login('kaowu');
}, 240_000); // the demo arrangement is built through its services: slow on a loaded machine
afterAll(async () => t?.close());
beforeEach(async () => clearExamDay(t, f.sittingId));

const MIN = 60_000;

describe('incidents', () => {
  it('R-EXAM-04: an incident is recorded with time, handling prefilled from the catalogue, no credit', async () => {
    const c = f.candidates[0];
    const res = await jiankao.post(`${f.base}/incidents`, {
      kind: 'toilet',
      applicationId: c.applicationId,
      description: '考生要求如厕，两名流动监考陪同',
    });
    expect(res.statusCode).toBe(200);
    const { incident } = res.json();
    expect(incident).toMatchObject({
      kind: 'toilet',
      kindName: '考生要求如厕',
      creditState: 'none',
      creditScope: 'none',
      seatNo: c.seatNo,
    });
    expect(incident.handling).toContain('陪同');
    const list = (await kaochang.get(`${f.base}/incidents`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(incident.id);
  });

  it('R-EXAM-04: illness gets no credited time (突发事件处理办法 十)', async () => {
    const res = await jiankao.post(`${f.base}/incidents`, {
      kind: 'illness',
      applicationId: f.candidates[0].applicationId,
      description: '考生头晕',
      creditMinutes: 10,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('十');
    const unknown = await jiankao.post(`${f.base}/incidents`, { kind: 'nonsense', description: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('事件类型');
  });

  it('R-EXAM-04: an approved extension moves the deadline; pending or rejected does not', async () => {
    const c = f.candidates[1];
    const attempt = await makeAttempt(t, f, c);
    const d0 = await deadlineOf(t, attempt.id);
    const asked = await jiankao.post(`${f.base}/incidents`, {
      kind: 'equipment_failure',
      applicationId: c.applicationId,
      description: '考试机死机，更换设备',
      creditMinutes: 7,
    });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().incident).toMatchObject({ creditState: 'pending', creditScope: 'candidate' });
    expect(await deadlineOf(t, attempt.id)).toBe(d0);

    // A proctor does not decide credit: only the site head (or the centre).
    const self = await jiankao.post(`/api/v1/exams/incidents/${asked.json().incident.id}/decision`, { approve: true });
    expect(self.statusCode).toBe(403);
    expect(self.json().error.message).toContain('权限');

    const approved = await kaochang.post(`/api/v1/exams/incidents/${asked.json().incident.id}/decision`, {
      approve: true,
      note: '同意顺延',
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().incident).toMatchObject({ creditState: 'approved', decisionNote: '同意顺延' });
    expect(await deadlineOf(t, attempt.id)).toBe(d0 + 7 * MIN);
    expect(Date.parse(approved.json().candidateDeadline)).toBe(d0 + 7 * MIN);
    const twice = await kaochang.post(`/api/v1/exams/incidents/${asked.json().incident.id}/decision`, {
      approve: true,
    });
    expect(twice.statusCode).toBe(409);
    expect(await deadlineOf(t, attempt.id)).toBe(d0 + 7 * MIN);

    const other = await jiankao.post(`${f.base}/incidents`, {
      kind: 'other',
      applicationId: c.applicationId,
      description: '座位调整',
      creditMinutes: 5,
    });
    const rejected = await kaochang.post(`/api/v1/exams/incidents/${other.json().incident.id}/decision`, {
      approve: false,
    });
    expect(rejected.json().incident.creditState).toBe('rejected');
    expect(await deadlineOf(t, attempt.id)).toBe(d0 + 7 * MIN);
  });

  it("R-EXAM-04: the site head's room-wide extension is approved at once and moves the room's end", async () => {
    const c = f.candidates[2];
    const attempt = await makeAttempt(t, f, c);
    const d0 = await deadlineOf(t, attempt.id);
    const before = (await kaochang.get(`${f.base}/record`)).json().roomEndsAt;
    const res = await kaochang.post(`${f.base}/extensions`, {
      minutes: 10,
      reason: '全场停电 10 分钟',
      kind: 'power_outage',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().incident).toMatchObject({ creditState: 'approved', creditScope: 'room', kind: 'power_outage' });
    expect(Date.parse(res.json().roomEndsAt)).toBe(Date.parse(before) + 10 * MIN);
    expect(await deadlineOf(t, attempt.id)).toBe(d0 + 10 * MIN);
  });

  it("R-EXAM-04: a proctor's 延时 waits for the site head; on paper the candidate's new end is still shown", async () => {
    const c = f.candidates[3];
    const res = await jiankao.post(`${f.base}/extensions`, {
      applicationId: c.applicationId,
      minutes: 4,
      reason: '试卷缺页，更换试卷',
    });
    expect(res.json().incident).toMatchObject({ creditState: 'pending', creditScope: 'candidate' });
    const end = Date.parse(res.json().roomEndsAt);
    expect(Date.parse(res.json().candidateDeadline)).toBe(end);
    const ok = await kaowu.post(`/api/v1/exams/incidents/${res.json().incident.id}/decision`, { approve: true });
    expect(ok.statusCode).toBe(200);
    expect(Date.parse(ok.json().candidateDeadline)).toBe(end + 4 * MIN);
  });
});
