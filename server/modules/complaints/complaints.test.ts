import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaints, persons, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { postFile } from '../people/people.testkit.js';
import { photoPng } from '../registration/applications.testkit.js';
import { makeScoringBatch, recordTestViolation } from '../scoring/scoring.testkit.js';
import {
  closeComplaint,
  decideComplaint,
  extendComplaint,
  listComplaints,
  recordComplaint,
  recordComplaintResult,
} from './complaints.service.js';
import { complaintBody, linkPersonToUser, recordedComplaint, staffPerson, userIdOf } from './complaints.testkit.js';

/** R-CMP-01…04 (考生投诉处理办法) with R-DAYS-01 (the limits in working days on the official 2026 calendar). */

let t: TestApp;
let admin: TestClient;
let head: TestClient;
let kaowu: TestClient;
let candidate: TestClient;
const actors: Record<string, Actor> = {};

async function actorOf(username: string): Promise<Actor> {
  const [u] = await t.database.db.select().from(users).where(eq(users.username, username));
  return { userId: u.id, username, displayName: u.displayName, role: u.role, collegeId: u.collegeId, ip: null };
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  head = await t.login('zhuren');
  kaowu = await t.login('kaowu');
  candidate = await t.login('kaosheng');
  for (const u of ['admin', 'zhuren', 'kaowu']) actors[u] = await actorOf(u);
}, 120_000);
afterAll(async () => t?.close());

async function refusal(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** A complaint received by phone on `receivedOn`, recorded through the service on that day. */
const receivedOnDay = (receivedOn: string, extra: Record<string, unknown> = {}) =>
  recordComplaint(t.database.db, {
    actor: actors.kaowu,
    today: receivedOn,
    data: { ...complaintBody(), channel: 'phone', receivedOn, ...extra } as Parameters<
      typeof recordComplaint
    >[1]['data'],
  });

const countComplaints = async () => (await t.database.db.select({ n: count() }).from(complaints))[0].n;

describe('考生投诉', () => {
  it('R-CMP-01: a complaint records complainant, unit, contact, content, evidence and channel', async () => {
    const png = await postFile(t, kaowu, '/api/v1/files', '证据截图.png', await photoPng(), {
      purpose: 'complaint.evidence',
    });
    expect(png.statusCode, png.body).toBe(200);
    for (const channel of ['oral', 'phone', 'letter', 'online']) {
      const r = await recordedComplaint(kaowu, { channel, evidenceFileIds: [png.json().id] });
      const d = (await kaowu.get(`/api/v1/complaints/${r.id}`)).json();
      expect(d).toMatchObject({
        channel,
        complainantName: '王小明',
        complainantUnit: '机电工程学院 2024 级数控 1 班',
        complainantContact: '13912345678',
        state: 'received',
        stateName: '已登记',
        source: 'staff',
      });
      expect(d.evidence).toEqual([{ id: png.json().id, name: '证据截图.png' }]);
    }
    const d = (await kaowu.get('/api/v1/complaints')).json();
    expect(d.items.map((x: { channelName: string }) => x.channelName)).toEqual(
      expect.arrayContaining(['口头', '电话', '信件', '网上']),
    );
  });

  it('R-CMP-02: received 2026-09-29, the 3-working-day decision limit crosses 国庆 and ends 2026-10-09', async () => {
    // R-DAYS-01, official 2026 calendar: 国庆节 off 10-01…10-07, 调休 workdays 09-20 (Sun) and 10-10 (Sat).
    // After Tue 09-29 (not counted): 09-30 Wed = 1; 10-01…10-07 off; 10-08 Thu = 2; 10-09 Fri = 3.
    const r = await receivedOnDay('2026-09-29');
    expect(r.acceptDueOn).toBe('2026-10-09');
  });

  it('R-CMP-02: the 7-working-day result limit counts the 调休 Saturday and ends 2026-10-14', async () => {
    // Continuing from 10-09 = 3: 10-10 Sat (调休 workday) = 4; 10-11 Sun off; 10-12 Mon = 5; 10-13 = 6; 10-14 Wed = 7.
    const r = await receivedOnDay('2026-09-29');
    expect(r.resultDueOn).toBe('2026-10-14');
    const status = await t.anonymous().get(`/api/v1/public/complaints/status?trackingCode=${r.trackingCode}`);
    expect(status.json()).toEqual({
      state: 'received',
      stateName: '已登记',
      receivedOn: '2026-09-29',
      acceptDueOn: '2026-10-09',
      resultDueOn: '2026-10-14',
    });
  });

  it('R-CMP-02: overdue is shown after the due day, and an extension with a reason moves the result limit', async () => {
    const r = await receivedOnDay('2026-09-29');
    const flags = async (today: string) => {
      const list = await listComplaints(t.database.db, { actor: actors.kaowu, today });
      const x = list.items.find((i) => i.id === r.id)!;
      return [x.acceptOverdue, x.resultOverdue];
    };
    expect(await flags('2026-10-09')).toEqual([false, false]);
    expect(await flags('2026-10-10')).toEqual([true, false]);
    const overdueOnly = await listComplaints(t.database.db, {
      actor: actors.kaowu,
      today: '2026-10-10',
      overdue: true,
    });
    expect(overdueOnly.items.map((i) => i.id)).toContain(r.id);
    await decideComplaint(t.database.db, {
      actor: actors.kaowu,
      id: r.id,
      today: '2026-10-09',
      data: { investigate: true, decisionReason: '反映的问题具体，需要调查核实' },
    });
    expect(await flags('2026-10-14')).toEqual([false, false]);
    expect(await flags('2026-10-15')).toEqual([false, true]);
    // Extension: a later working day, with the reason; a weekend day or an earlier day is refused by field.
    const weekend = await refusal(
      extendComplaint(t.database.db, {
        actor: actors.kaowu,
        id: r.id,
        today: '2026-10-13',
        data: { extendedDueOn: '2026-10-18', extensionReason: '需要向外单位调取材料' },
      }),
    );
    expect(weekend.message).toContain('延长后的期限');
    const earlier = await refusal(
      extendComplaint(t.database.db, {
        actor: actors.kaowu,
        id: r.id,
        today: '2026-10-13',
        data: { extendedDueOn: '2026-10-14', extensionReason: '需要向外单位调取材料' },
      }),
    );
    expect(earlier.message).toContain('应晚于现在的期限 2026-10-14');
    const ext = await extendComplaint(t.database.db, {
      actor: actors.kaowu,
      id: r.id,
      today: '2026-10-13',
      data: { extendedDueOn: '2026-10-21', extensionReason: '需要向外单位调取材料' },
    });
    expect(ext).toMatchObject({ extendedDueOn: '2026-10-21', extensionReason: '需要向外单位调取材料' });
    expect(await flags('2026-10-15')).toEqual([false, false]);
    expect(await flags('2026-10-22')).toEqual([false, true]);
  });

  it('R-CMP-03: a staff account complained about is refused as handler, and is not offered', async () => {
    const headId = await userIdOf(t, 'zhuren');
    const r = await recordedComplaint(kaowu, { respondentUserIds: [headId], respondentText: '中心负责人' });
    const d = (await kaowu.get(`/api/v1/complaints/${r.id}`)).json();
    expect(d.handlerChoices.map((u: { id: string }) => u.id)).not.toContain(headId);
    const res = await kaowu.post(`/api/v1/complaints/${r.id}/handler`, { handlerId: headId });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('被投诉、举报的人员不得参与该投诉的承办');
    // Named at recording: refused, nothing saved.
    const before = await countComplaints();
    const rec = await kaowu.post(
      '/api/v1/complaints',
      complaintBody({ respondentUserIds: [headId], handlerId: headId }),
    );
    expect(rec.statusCode).toBe(409);
    expect(await countComplaints()).toBe(before);
    // The complained-about user acting on it is refused too.
    const act = await head.post(`/api/v1/complaints/${r.id}/decision`, {
      investigate: true,
      decisionReason: '自行决定',
    });
    expect(act.statusCode).toBe(409);
    expect(act.json().error.message).toContain('不得参与');
    // Another handler is fine.
    const ok = await kaowu.post(`/api/v1/complaints/${r.id}/handler`, { handlerId: await userIdOf(t, 'kaowu') });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().handlerName).toBeTruthy();
  });

  it('R-CMP-03: the person complained about, linked to a staff account, may neither handle nor act', async () => {
    const personId = await staffPerson(admin, '投诉对象甲');
    const kaowuId = await linkPersonToUser(t, personId, 'kaowu');
    const r = await recordedComplaint(head, { respondentPersonIds: [personId] });
    const d = (await head.get(`/api/v1/complaints/${r.id}`)).json();
    expect(d.respondentPersons).toEqual([{ id: personId, name: '投诉对象甲' }]);
    expect(d.handlerChoices.map((u: { id: string }) => u.id)).not.toContain(kaowuId);
    const assign = await head.post(`/api/v1/complaints/${r.id}/handler`, { handlerId: kaowuId });
    expect(assign.statusCode).toBe(409);
    expect(assign.json().error.message).toContain('不得参与');
    const act = await kaowu.post(`/api/v1/complaints/${r.id}/decision`, {
      investigate: false,
      decisionReason: '不予调查',
    });
    expect(act.statusCode).toBe(409);
    expect((await head.get(`/api/v1/complaints/${r.id}`)).json().state).toBe('received');
    await t.database.db.update(persons).set({ userId: null }).where(eq(persons.id, personId));
  });

  it('R-CMP-01: an appeal is linked to a violation ruling (R-VIOL) and shows it; an unknown one is refused', async () => {
    const fx = await makeScoringBatch(t);
    const c = fx.candidates[0];
    const violationId = await recordTestViolation(t, {
      sittingId: fx.theoryId,
      c,
      tier: 1,
      clause: 'v1_left_seat',
    });
    const r = await recordedComplaint(kaowu, {
      complainantName: c.name,
      channel: 'letter',
      batchId: fx.batchId,
      appealKind: 'violation',
      appealId: violationId,
      complaintText: '本人对理论考试中被认定违纪的处理决定有异议，当时经监考同意离开座位。',
    });
    const d = (await kaowu.get(`/api/v1/complaints/${r.id}`)).json();
    expect(d).toMatchObject({ appealKind: 'violation', appealKindName: '考生违纪处理决定', appealId: violationId });
    expect(d.appealLabel).toContain(c.name);
    expect(d.appealLabel).toContain('第 1 类违纪');
    expect(d.batchTitle).toBeTruthy();
    const bad = await kaowu.post(
      '/api/v1/complaints',
      complaintBody({ appealKind: 'violation', appealId: '00000000-0000-4000-8000-000000000001' }),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('申诉的处理决定');
  }, 180_000);

  it('R-CMP-01: bad input (NUL, 2026-02-30, missing contact) is 400 naming the field, nothing saved', async () => {
    const before = await countComplaints();
    const cases: [Record<string, unknown>, string][] = [
      [{ complaintText: '考场\u0000有问题需要核查' }, '投诉内容'],
      [{ receivedOn: '2026-02-30' }, '收到日期'],
      [{ complainantContact: undefined }, '联系方式'],
      [{ channel: 'fax' }, '投诉方式'],
    ];
    for (const [extra, field] of cases) {
      const res = await kaowu.post('/api/v1/complaints', complaintBody(extra));
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().error.message).toContain(field);
    }
    const pub = await t
      .anonymous()
      .post('/api/v1/public/complaints', { complainantName: '张三', complaintText: '问题很多需要核查' });
    expect(pub.statusCode).toBe(400);
    expect(pub.json().error.message).toContain('联系方式');
    expect(await countComplaints()).toBe(before);
  });

  it('R-CMP-04: a closed complaint is archived and read-only', async () => {
    const r = await recordedComplaint(kaowu);
    const url = `/api/v1/complaints/${r.id}`;
    const early = await kaowu.post(`${url}/close`);
    expect(early.statusCode).toBe(409);
    await okPost(kaowu, `${url}/decision`, { investigate: true, decisionReason: '需要调查' });
    await okPost(kaowu, `${url}/result`, { result: '经调查，监考人员已批评教育，并向投诉人致歉。' });
    const closed = await okPost(head, `${url}/close`, {});
    expect(closed).toMatchObject({ state: 'archived', stateName: '已归档', archived: true });
    expect(closed.archivedAt).toBeTruthy();
    expect(closed.closedAt).toBeTruthy();
    const [row] = await t.database.db.select().from(complaints).where(eq(complaints.id, r.id));
    for (const [path, body] of [
      ['result', { result: '改写结果' }],
      ['decision', { investigate: false, decisionReason: '改主意' }],
      ['extension', { extendedDueOn: '2027-12-31', extensionReason: '再延长' }],
      ['handler', { handlerId: await userIdOf(t, 'zhuren') }],
      ['close', {}],
    ] as const) {
      const res = await kaowu.post(`${url}/${path}`, body);
      expect(res.statusCode, path).toBe(409);
      expect(res.json().error.message).toContain('已办结归档');
    }
    const [after] = await t.database.db.select().from(complaints).where(eq(complaints.id, r.id));
    expect(after).toEqual(row);
    const status = await t.anonymous().get(`/api/v1/public/complaints/status?trackingCode=${r.trackingCode}`);
    expect(status.json().stateName).toBe('已归档');
  });

  it('R-CMP-02: not investigated: the decision notice, then closing without a result', async () => {
    const r = await receivedOnDay('2026-09-29');
    const none = await kaowu.get(`/api/v1/complaints/${r.id}/decision.pdf`);
    expect(none.statusCode).toBe(409);
    const d = await decideComplaint(t.database.db, {
      actor: actors.kaowu,
      id: r.id,
      today: '2026-10-08',
      data: { investigate: false, decisionReason: '所反映事项不属于本中心职责范围' },
    });
    expect(d).toMatchObject({ state: 'not_investigated', investigate: false, decisionNotifiedOn: '2026-10-08' });
    const noResult = await refusal(
      recordComplaintResult(t.database.db, {
        actor: actors.kaowu,
        id: r.id,
        today: '2026-10-09',
        data: { result: '无' },
      }),
    );
    expect(noResult.message).toContain('只有决定调查');
    const pdf = await kaowu.get(`/api/v1/complaints/${r.id}/decision.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    expect(String(pdf.headers['content-disposition'])).toContain(encodeURIComponent('不予调查通知书'));
    const closed = await closeComplaint(t.database.db, { actor: actors.zhuren, id: r.id, today: '2026-10-09' });
    expect(closed.state).toBe('archived');
  });

  it('R-CMP-02: the letters: acceptance notice and result notice as PDF', async () => {
    const r = await recordedComplaint(kaowu);
    const url = `/api/v1/complaints/${r.id}`;
    await okPost(kaowu, `${url}/decision`, { investigate: true, decisionReason: '需要调查' });
    const a = await kaowu.get(`${url}/decision.pdf`);
    expect(a.statusCode).toBe(200);
    expect(String(a.headers['content-disposition'])).toContain(encodeURIComponent('投诉受理通知书'));
    expect((await kaowu.get(`${url}/result.pdf`)).statusCode).toBe(409);
    await okPost(kaowu, `${url}/result`, { result: '经调查属实，已责令整改。' });
    const b = await kaowu.get(`${url}/result.pdf`);
    expect(b.statusCode).toBe(200);
    expect(String(b.headers['content-disposition'])).toContain(encodeURIComponent('投诉处理结果告知书'));
  });

  it('R-CMP-01: the public form (no login) returns a tracking code once; the lookup shows state and due days only', async () => {
    const res = await t.anonymous().post('/api/v1/public/complaints', {
      complainantName: '李四',
      complainantContact: 'lisi@example.com',
      complaintText: '报名审核时工作人员态度恶劣，拒绝解释原因。',
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.trackingCode).toMatch(/^TS-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const [row] = await t.database.db.select().from(complaints).where(eq(complaints.id, r.id));
    expect(row).toMatchObject({ channel: 'online', source: 'public', createdBy: null });
    expect(row.trackingHash).not.toContain(r.trackingCode.replace(/-/g, ''));
    const lookup = await t
      .anonymous()
      .get(`/api/v1/public/complaints/status?trackingCode=${r.trackingCode.toLowerCase().replace(/-/g, ' ')}`);
    expect(lookup.statusCode, lookup.body).toBe(200);
    expect(Object.keys(lookup.json()).sort()).toEqual([
      'acceptDueOn',
      'receivedOn',
      'resultDueOn',
      'state',
      'stateName',
    ]);
    const wrong = await t.anonymous().get('/api/v1/public/complaints/status?trackingCode=TS-AAAA-BBBB-CCCC');
    expect(wrong.statusCode).toBe(404);
    // The centre sees it with its source.
    const d = (await kaowu.get(`/api/v1/complaints/${r.id}`)).json();
    expect(d).toMatchObject({ source: 'public', sourceName: '公开投诉页', channelName: '网上' });
  });

  it('R-CMP-01: a candidate files in the portal and sees only its own complaints', async () => {
    const res = await candidate.post('/api/v1/me/complaints', {
      complainantContact: '13700000000',
      complaintText: '实操考试设备故障，耽误 15 分钟未补时。',
    });
    expect(res.statusCode, res.body).toBe(200);
    const mine = (await candidate.get('/api/v1/me/complaints')).json().items;
    expect(mine.map((x: { id: string }) => x.id)).toContain(res.json().id);
    expect(mine.every((x: { id: string }) => x.id !== undefined)).toBe(true);
    await recordedComplaint(kaowu);
    expect((await candidate.get('/api/v1/me/complaints')).json().items).toHaveLength(mine.length);
    const d = (await kaowu.get(`/api/v1/complaints/${res.json().id}`)).json();
    expect(d).toMatchObject({ source: 'portal', complainantContact: '13700000000' });
    expect((await candidate.get('/api/v1/complaints')).statusCode).toBe(403);
    expect(
      (await kaowu.post('/api/v1/me/complaints', { complainantContact: '13700000000', complaintText: '测试测试测试' }))
        .statusCode,
    ).toBe(403);
  });
});

async function okPost(c: TestClient, url: string, body: unknown) {
  const res = await c.post(url, body);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.body}`);
  return res.json();
}
