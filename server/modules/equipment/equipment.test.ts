import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { equipmentItems, examRooms, filings, occupations } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { addDays } from '../../../shared/dates.js';
import type { EquipmentCheck, EquipmentItem, EquipmentRequest } from '../../../shared/equipment.js';
import type { ArrangementView } from '../../../shared/arrangement.js';
import { okJson } from '../plans/plans.testkit.js';
import { EXAM_DAY, buildDraftRun, buildScenario, collegeIdsOf, makeBatch } from '../arrangement/arrangement.testkit.js';
import { calibrationState, requestEffect } from './equipment.rules.js';

/** 设备设施 (R-EQ-01…04, R-ORG-05). Every case builds its own database and data. */

let t: TestApp;
let kaowu: TestClient;
let zhuren: TestClient;
beforeEach(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  zhuren = await t.login('zhuren');
});
afterEach(async () => t.close());

async function occupationId(code: string) {
  const [o] = await t.database.db
    .select()
    .from(occupations)
    .where(and(eq(occupations.edition, '2022'), eq(occupations.code, code)));
  return o.id;
}

async function addItem(over: Record<string, unknown> = {}): Promise<EquipmentItem> {
  return okJson(
    kaowu.post('/api/v1/equipment/ledger', {
      occupationId: await occupationId('6-31-01-03'),
      name: '万用表',
      model: 'UT39A',
      quantity: 10,
      unit: '台',
      ownership: 'owned',
      location: '实训楼 A 区',
      ...over,
    }),
  );
}

const skillOf = (v: ArrangementView) => v.sittings.find((s) => s.kind === 'skill')!;
const roomNamed = async (name: string) =>
  (await t.database.db.select().from(examRooms).where(eq(examRooms.name, name)))[0].id;

/** Marks every line of a batch's check: present, and working unless the instrument is lapsed. */
const markAll = (c: EquipmentCheck) => ({
  checkLines: c.lines.map((l) => ({
    equipmentItemId: l.itemId,
    present: true,
    working: l.calibrationState !== 'lapsed',
    note: null,
  })),
});

describe('R-EQ-01 the ledger', () => {
  it('R-EQ-01 an item records its occupation, model, quantity, purchase, parameters, work contents, ownership and location; bad input is named and saves nothing', async () => {
    const item = await addItem({
      name: '电工实训考核装置',
      model: 'THWD-1',
      quantity: 12,
      unit: '套',
      purchasedOn: '2024-03-15',
      price: 18500,
      parameters: '三相四线 380V，带漏电保护',
      workContents: '电气线路安装与调试；电动机控制线路',
      ownership: 'leased',
      location: '实训楼 A 区 电工实训室',
    });
    expect(item).toMatchObject({
      occupationCode: '6-31-01-03',
      name: '电工实训考核装置',
      model: 'THWD-1',
      quantity: 12,
      unit: '套',
      purchasedOn: '2024-03-15',
      parameters: '三相四线 380V，带漏电保护',
      workContents: '电气线路安装与调试；电动机控制线路',
      ownership: 'leased',
      location: '实训楼 A 区 电工实训室',
    });
    const listed = await okJson(kaowu.get(`/api/v1/equipment/ledger?occupationId=${item.occupationId}`));
    expect(listed.items.map((i: EquipmentItem) => i.id)).toContain(item.id);
    const before = (await t.database.db.select().from(equipmentItems)).length;
    const bad = await kaowu.post('/api/v1/equipment/ledger', {
      occupationId: item.occupationId,
      name: '',
      quantity: -1,
      ownership: 'borrowed',
      location: '实训楼',
      purchasedOn: '2026-02-30',
    });
    expect(bad.statusCode).toBe(400);
    const message = bad.json().error.message as string;
    for (const field of ['设备名称', '数量', '权属', '2026-02-30']) expect(message).toContain(field);
    expect(message).not.toContain('设备名称：设备名称');
    expect((await t.database.db.select().from(equipmentItems)).length).toBe(before);
    // Finance reads the ledger (purchase prices) but does not change it.
    const caiwu = await t.login('caiwu');
    expect((await caiwu.get('/api/v1/equipment/ledger')).statusCode).toBe(200);
    const valid = {
      occupationId: item.occupationId,
      name: '万用表',
      quantity: 1,
      ownership: 'owned',
      location: '实训楼',
    };
    expect((await caiwu.post('/api/v1/equipment/ledger', valid)).statusCode).toBe(403);
  });
});

describe('R-EQ-03 calibration', () => {
  it('R-EQ-03 an instrument whose calibration lapsed the day before the exam is refused', async () => {
    const s = await buildScenario(t);
    const a2 = await roomNamed('A2 电工实训室');
    const meter = await addItem({
      name: '数字万用表',
      roomId: a2,
      isInstrument: true,
      calibrationDueOn: addDays(EXAM_DAY, -1),
    });
    // The pre-batch check: shown lapsed on the exam day, and it cannot be marked usable.
    const check: EquipmentCheck = await okJson(kaowu.get(`/api/v1/equipment/checks/${s.batchId}`));
    expect(check.examDay).toBe(EXAM_DAY);
    expect(check.lines.find((l) => l.itemId === meter.id)!.calibrationState).toBe('lapsed');
    const refused = await kaowu.put(`/api/v1/equipment/checks/${s.batchId}`, {
      checkLines: [{ equipmentItemId: meter.id, present: true, working: true }],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/R-EQ-03：计量器具「数字万用表」检定有效期至 2027-03-09/);
    // The arrangement: the run keeps the skill sitting out of the room, and says why seats are short.
    const run = await buildDraftRun(t, s);
    expect(skillOf(run).rooms.map((r) => r.roomId)).not.toContain(a2);
    expect(skillOf(run).rooms.length).toBeGreaterThan(0);
    const short = run.unmet.find((u) => u.sittingId === skillOf(run).id && u.rule === 'R-ARR-01');
    expect(short?.message).toMatch(/计量器具「数字万用表」检定有效期至 2027-03-09/);
    // A hand edit moving a candidate of the skill sitting into the room is refused, naming the instrument and date.
    const who = skillOf(run).rooms[0].seats[0].applicationId;
    const moved = await kaowu.post(`/api/v1/arrangement/runs/${run.id}/edits`, {
      kind: 'moveCandidate',
      sittingId: skillOf(run).id,
      applicationId: who,
      roomId: a2,
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error.message).toMatch(
      /R-EQ-03：考场「A2 电工实训室」的计量器具「数字万用表」检定有效期至 2027-03-09，考试日 2027-03-10 已过期/,
    );
    const after: ArrangementView = await okJson(kaowu.get(`/api/v1/arrangement/runs/${run.id}`));
    expect(skillOf(after).rooms.map((r) => r.roomId)).not.toContain(a2);
  });

  it('R-EQ-03 a calibration due on the exam day is still allowed (check and arrangement)', async () => {
    const s = await buildScenario(t);
    const a2 = await roomNamed('A2 电工实训室');
    const meter = await addItem({ name: '数字万用表', roomId: a2, isInstrument: true, calibrationDueOn: EXAM_DAY });
    const check: EquipmentCheck = await okJson(kaowu.get(`/api/v1/equipment/checks/${s.batchId}`));
    expect(check.lines.find((l) => l.itemId === meter.id)!.calibrationState).toBe('due_soon');
    await okJson(
      kaowu.put(`/api/v1/equipment/checks/${s.batchId}`, {
        checkLines: [{ equipmentItemId: meter.id, present: true, working: true }],
      }),
    );
    const run = await buildDraftRun(t, s);
    expect(skillOf(run).rooms.map((r) => r.roomId)).toContain(a2); // 41 candidates need both skill rooms
    expect(run.unmet.some((u) => u.rule === 'R-EQ-03')).toBe(false);
  });

  it('R-EQ-03 the ledger shows valid, due within 30 days and lapsed; a calibration record sets the new due date', async () => {
    expect(calibrationState({ isInstrument: true, calibrationDueOn: '2026-12-31' }, '2026-12-01')).toBe('due_soon');
    expect(calibrationState({ isInstrument: true, calibrationDueOn: '2027-01-01' }, '2026-12-01')).toBe('valid');
    expect(calibrationState({ isInstrument: true, calibrationDueOn: '2026-11-30' }, '2026-12-01')).toBe('lapsed');
    expect(calibrationState({ isInstrument: true, calibrationDueOn: '2026-12-01' }, '2026-12-01')).toBe('due_soon');
    expect(calibrationState({ isInstrument: false, calibrationDueOn: null }, '2026-12-01')).toBeNull();
    const noDate = await kaowu.post('/api/v1/equipment/ledger', {
      occupationId: await occupationId('6-31-01-03'),
      name: '兆欧表',
      quantity: 1,
      ownership: 'owned',
      location: '仪表柜',
      isInstrument: true,
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.message).toMatch(/检定有效期至：计量器具须填写/);
    const meter = await addItem({ isInstrument: true, calibrationDueOn: '2020-01-01' });
    expect(meter.calibrationState).toBe('lapsed');
    await okJson(
      kaowu.post(`/api/v1/equipment/ledger/${meter.id}/records`, {
        recordKind: 'calibration',
        doneOn: '2026-01-05',
        recordText: '送市计量所检定合格',
        doneBy: '市计量测试所',
        calibrationDueOn: '2099-01-04',
      }),
    );
    const [row] = await t.database.db.select().from(equipmentItems).where(eq(equipmentItems.id, meter.id));
    expect(row.calibrationDueOn).toBe('2099-01-04');
    const records = await okJson(kaowu.get(`/api/v1/equipment/ledger/${meter.id}/records`));
    expect(records.items[0]).toMatchObject({ kind: 'calibration', doneBy: '市计量测试所' });
  });
});

describe('R-EQ-04 requests', () => {
  it('R-EQ-04 a scrapping takes effect only after approval and a requester cannot approve its own request', async () => {
    const item = await addItem({ quantity: 10 });
    const quantity = async () =>
      (await t.database.db.select().from(equipmentItems).where(eq(equipmentItems.id, item.id)))[0].quantity;
    const ask = (c: TestClient, n: number): Promise<EquipmentRequest> =>
      okJson(
        c.post('/api/v1/equipment/requests', {
          equipmentItemId: item.id,
          requestKind: 'scrapping',
          quantity: n,
          reason: '损坏无法修复',
        }),
      );
    const mine = await ask(zhuren, 2);
    const own = await zhuren.post(`/api/v1/equipment/requests/${mine.id}/decision`, { equipmentDecision: 'approved' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.message).toMatch(/不能审批本人提交的申请/);
    const req = await ask(kaowu, 3);
    expect(req.status).toBe('pending');
    expect(await quantity()).toBe(10); // requested, nothing changes
    expect(
      (await kaowu.post(`/api/v1/equipment/requests/${req.id}/decision`, { equipmentDecision: 'approved' })).statusCode,
    ).toBe(403); // only the centre head approves
    const done: EquipmentRequest = await okJson(
      zhuren.post(`/api/v1/equipment/requests/${req.id}/decision`, {
        equipmentDecision: 'approved',
        decisionNote: '同意报废',
      }),
    );
    expect(done).toMatchObject({ status: 'approved', decidedByName: '张主任' });
    expect(await quantity()).toBe(7);
    const again = await zhuren.post(`/api/v1/equipment/requests/${req.id}/decision`, { equipmentDecision: 'rejected' });
    expect(again.statusCode).toBe(409);
    const rejected = await ask(kaowu, 1);
    await okJson(zhuren.post(`/api/v1/equipment/requests/${rejected.id}/decision`, { equipmentDecision: 'rejected' }));
    expect(await quantity()).toBe(7);
    // The quantity changes by approved requests only, not by editing the line.
    const edit = await kaowu.put(`/api/v1/equipment/ledger/${item.id}`, {
      occupationId: item.occupationId,
      name: item.name,
      quantity: 20,
      ownership: 'owned',
      location: item.location,
    });
    expect(edit.statusCode).toBe(400);
  });

  it('R-EQ-04 loans, returns, losses and purchases change the counts as approved', () => {
    const stock = { quantity: 10, onLoan: 0 };
    expect(requestEffect(stock, 'loan', 4)).toEqual({ quantity: 10, onLoan: 4 });
    expect(requestEffect({ quantity: 10, onLoan: 4 }, 'return', 4)).toEqual({ quantity: 10, onLoan: 0 });
    expect(requestEffect({ quantity: 10, onLoan: 4 }, 'scrapping', 7)).toMatch(/超过在库数量 6/);
    expect(requestEffect({ quantity: 10, onLoan: 4 }, 'loss', 8)).toEqual({ quantity: 2, onLoan: 2 });
    expect(requestEffect(stock, 'purchase', 5)).toEqual({ quantity: 15, onLoan: 0 });
    expect(requestEffect(stock, 'damage', 1)).toEqual(stock);
  });
});

describe('R-EQ-02 the pre-batch check', () => {
  it('R-EQ-02 the check lists the sitting’s occupation’s equipment and once signed cannot change', async () => {
    const { JD } = await collegeIdsOf(t);
    const admin = await t.login('admin');
    const batchId = await makeBatch(t, admin, JD); // 电工, skill sitting on EXAM_DAY
    const mine = await addItem({ name: '电工实训考核台' });
    const lathe = await addItem({ occupationId: await occupationId('6-18-01-01'), name: '普通车床' });
    const check: EquipmentCheck = await okJson(kaowu.get(`/api/v1/equipment/checks/${batchId}`));
    expect(check.sittings.map((x) => x.day)).toEqual([EXAM_DAY]);
    expect(check.lines.map((l) => l.itemId)).toContain(mine.id);
    expect(check.lines.map((l) => l.itemId)).not.toContain(lathe.id);
    expect(check.signedAt).toBeNull();
    const early = await kaowu.post(`/api/v1/equipment/checks/${batchId}/sign`);
    expect(early.statusCode).toBe(409);
    const foreign = await kaowu.put(`/api/v1/equipment/checks/${batchId}`, {
      checkLines: [{ equipmentItemId: lathe.id, present: true, working: true }],
    });
    expect(foreign.statusCode).toBe(400);
    const partly: EquipmentCheck = await okJson(
      kaowu.put(`/api/v1/equipment/checks/${batchId}`, {
        checkLines: [{ equipmentItemId: mine.id, present: true, working: true }],
      }),
    );
    expect((await kaowu.post(`/api/v1/equipment/checks/${batchId}/sign`)).json().error.message).toMatch(/未核查/);
    await okJson(kaowu.put(`/api/v1/equipment/checks/${batchId}`, markAll(partly)));
    const signed: EquipmentCheck = await okJson(kaowu.post(`/api/v1/equipment/checks/${batchId}/sign`));
    expect(signed.signedByName).toBe('刘考务');
    expect(signed.signedAt).not.toBeNull();
    const change = await kaowu.put(`/api/v1/equipment/checks/${batchId}`, markAll(signed));
    expect(change.statusCode).toBe(409);
    expect(change.json().error.message).toMatch(/已签字确认/);
    expect((await kaowu.post(`/api/v1/equipment/checks/${batchId}/sign`)).statusCode).toBe(409);
    // An item added to the ledger later does not enter a signed check.
    await addItem({ name: '后购电工工具' });
    const still: EquipmentCheck = await okJson(kaowu.get(`/api/v1/equipment/checks/${batchId}`));
    expect(still.lines.map((l) => l.name)).not.toContain('后购电工工具');
  });
});

describe('R-ORG-05 the filing application', () => {
  it('R-ORG-05 the filing application’s equipment list comes from the ledger', async () => {
    const [filing] = await t.database.db.select().from(filings);
    const warnings = async () =>
      (await okJson(kaowu.get(`/api/v1/filings/${filing.id}/application`))).warnings as string[];
    expect(await warnings()).toContainEqual(expect.stringMatching(/汽车维修工.*尚未录入设施设备/));
    expect((await kaowu.get('/api/v1/centre/equipment')).statusCode).toBe(404); // no separate entry any more
    await addItem({ occupationId: await occupationId('4-12-01-01'), name: '汽车举升机', model: 'QJY-4', quantity: 4 });
    expect(await warnings()).not.toContainEqual(expect.stringMatching(/汽车维修工.*尚未录入设施设备/));
    const pdf = await kaowu.get(`/api/v1/filings/${filing.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const file = path.join(os.tmpdir(), `filing-eq-${process.pid}.pdf`);
    fs.writeFileSync(file, pdf.rawPayload);
    let text = '';
    try {
      text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    } catch {
      text = ''; // pdftotext is not installed: the warnings above stand alone
    } finally {
      fs.rmSync(file, { force: true });
    }
    if (text) {
      expect(text).toContain('汽车举升机');
      expect(text).toContain('数控车床'); // the demo's filing lines, now ledger lines
    }
  });
});
