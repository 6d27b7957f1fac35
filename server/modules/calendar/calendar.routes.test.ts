import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { and, asc, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, calendarDays, calendarYears } from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import type { CalendarYear } from '../../../shared/calendar.js';
import { loadWorkCalendar, PROVISIONAL_SOURCE, seedOfficialCalendars } from './calendar.service.js';
import { isWorkingDay, workingDaysBefore } from './calendar.rules.js';
import { removeProvisionalYears } from './calendar.testkit.js';

let t: TestApp;
let admin: TestClient;
let clerk: TestClient;
// A fresh database per case: the cases add and change years, and each must find the official calendar only (the
// centre has not entered 2027 yet; the template's provisional demo years are removed).
beforeEach(async () => {
  t = await createTestApp();
  await removeProvisionalYears(t.database.db);
  admin = await t.login('admin');
  clerk = await t.login('jidian');
});
afterEach(async () => t.close());

/** Invented test data for 2027 (no official notice used): 元旦 on Friday 2027-01-01 and a 调休 Saturday. */
const year2027 = {
  source: '测试用 2027 年安排',
  days: [
    { day: '2027-01-01', kind: 'holiday', name: '元旦' },
    { day: '2027-01-09', kind: 'workday', name: '测试调休上班' },
  ],
};

const calendarAudit = () =>
  t.database.db.select().from(auditLog).where(eq(auditLog.entity, 'calendar')).orderBy(asc(auditLog.seq));

const snapshot = async () => ({
  years: await t.database.db.select().from(calendarYears).orderBy(asc(calendarYears.year)),
  days: await t.database.db.select().from(calendarDays).orderBy(asc(calendarDays.day)),
  audit: (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0].n,
});

describe('R-DAYS-01 calendar API', () => {
  it('R-DAYS-01: start-up seeding loads the official 2025 and 2026 calendars once, with one audit row', async () => {
    const res = await clerk.get('/api/v1/calendar');
    expect(res.statusCode).toBe(200);
    const years = res.json() as CalendarYear[];
    expect(years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(years[1].source).toMatch(/2026年部分节假日安排/);
    const days = years[1].days.map((d) => d.day);
    expect(days).toEqual([...days].sort());
    expect(years[1].days.find((d) => d.day === '2026-01-04')).toMatchObject({ kind: 'workday' });

    // The official seed; the template's provisional demo year was seeded (and audited) apart, then removed.
    const official = (a: { action: string; after: unknown }) =>
      a.action === 'seed' && (a.after as { source?: string }).source !== PROVISIONAL_SOURCE;
    const seeds = (await calendarAudit()).filter(official);
    expect(seeds).toHaveLength(1);
    expect(seeds[0].entityId).toBe('2025,2026');
    // Idempotent: a second run inserts nothing and writes no audit row.
    expect(await t.database.db.transaction((tx) => seedOfficialCalendars(tx, systemActor))).toEqual([]);
    expect((await calendarAudit()).filter(official)).toHaveLength(1);
  });

  it('R-DAYS-01: anonymous users get 401; every staff role may read', async () => {
    expect((await t.anonymous().get('/api/v1/calendar')).statusCode).toBe(401);
    expect((await (await t.login('caiwu')).get('/api/v1/calendar')).statusCode).toBe(200);
  });

  it('R-DAYS-01 / R-PLAN-04: compute gives the deadline 10 working days before an exam on 2026-10-12', async () => {
    const res = await clerk.get('/api/v1/calendar/compute?kind=before&day=2026-10-12&n=10');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ kind: 'before', day: '2026-10-12', n: 10, result: '2026-09-21', next: null });
    const after = await clerk.get('/api/v1/calendar/compute?kind=after&day=2026-09-30&n=3');
    expect(after.json().result).toBe('2026-10-10');
    const period = await clerk.get('/api/v1/calendar/compute?kind=period&day=2026-09-28&n=5');
    expect(period.json()).toMatchObject({ result: '2026-10-09', next: '2026-10-10' });
  });

  it('R-DAYS-01: compute on a year without data answers 422 naming the year; bad input answers 400', async () => {
    const missing = await clerk.get('/api/v1/calendar/compute?kind=before&day=2028-05-10&n=10');
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.code).toBe('CALENDAR_MISSING');
    expect(missing.json().error.message).toContain('2028 年');
    const crossing = await clerk.get('/api/v1/calendar/compute?kind=after&day=2026-12-28&n=10');
    expect(crossing.statusCode).toBe(422);
    expect(crossing.json().error.message).toContain('2027 年');

    const zero = await clerk.get('/api/v1/calendar/compute?kind=before&day=2026-10-12&n=0');
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.message).toMatch(/至少为 1/);
    const badDay = await clerk.get('/api/v1/calendar/compute?kind=before&day=2026-02-30&n=1');
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json().error.message).toContain('2026-02-30');
    const badKind = await clerk.get('/api/v1/calendar/compute?kind=soon&day=2026-10-12&n=1');
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.details[0].field).toBe('kind');
  });

  it('R-DAYS-01: a college clerk may not save a year (403) and nothing changes', async () => {
    const before = await snapshot();
    const res = await clerk.put('/api/v1/calendar/2027', year2027);
    expect(res.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('R-DAYS-01: bad day rows give 400 naming each row, and nothing changes', async () => {
    const before = await snapshot();
    const res = await admin.put('/api/v1/calendar/2027', {
      source: '测试',
      days: [
        { day: '2027-01-01', kind: 'holiday', name: '元旦' },
        { day: '2027-02-30', kind: 'holiday', name: '不存在的日子' },
        { day: '2026-12-31', kind: 'holiday', name: '上一年' },
        { day: '2027-01-01', kind: 'holiday', name: '重复' },
        { day: '2027-01-06', kind: 'workday', name: '星期三' },
        { day: '2027-01-02', kind: 'holiday', name: '星期六' },
      ],
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('VALIDATION');
    expect(error.details).toEqual([
      { field: 'days.1.day', message: '第 2 项的日期：2027-02-30 不是有效日期' },
      { field: 'days.2.day', message: '第 3 项的日期：2026-12-31 不在 2027 年内' },
      { field: 'days.3.day', message: '第 4 项的日期：2027-01-01 与第 1 项重复' },
      { field: 'days.4.day', message: expect.stringMatching(/^第 5 项的日期：2027-01-06 是星期三，本来就是工作日/) },
      { field: 'days.5.day', message: expect.stringMatching(/^第 6 项的日期：2027-01-02 是星期六，本来就休息/) },
    ]);
    expect(error.message).toContain('第 2 项的日期');

    const badShape = await admin.put('/api/v1/calendar/2027', {
      source: '测试',
      days: [{ day: '2027-01-01', kind: 'rest', name: '元旦' }],
    });
    expect(badShape.statusCode).toBe(400);
    expect(badShape.json().error.message).toContain('第 1 项的类型');
    expect((await admin.put('/api/v1/calendar/1999', year2027)).statusCode).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  it('R-DAYS-01: an admin adds 2027 (audit create), then corrects it (audit update with before and after)', async () => {
    const created = await admin.put('/api/v1/calendar/2027', year2027);
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ year: 2027, source: '测试用 2027 年安排', days: year2027.days });

    // The count that failed for lack of 2027 now succeeds, on the new data.
    const cal = await loadWorkCalendar(t.database.db);
    expect(isWorkingDay(cal, '2027-01-01')).toBe(false);
    expect(isWorkingDay(cal, '2027-01-09')).toBe(true);
    // 12-29, 12-30, 12-31, (元旦 and a weekend), 01-04 … 01-08, then the 调休 Saturday 01-09 is the 9th.
    const ninth = await clerk.get('/api/v1/calendar/compute?kind=after&day=2026-12-28&n=9');
    expect(ninth.json().result).toBe('2027-01-09');
    const tenth = await clerk.get('/api/v1/calendar/compute?kind=after&day=2026-12-28&n=10');
    expect(tenth.json().result).toBe('2027-01-11');
    expect(workingDaysBefore(cal, '2027-01-04', 1)).toBe('2026-12-31');

    const updated = await admin.put('/api/v1/calendar/2027', {
      source: '测试用 2027 年安排（更正）',
      days: [{ day: '2027-01-01', kind: 'holiday', name: '元旦' }],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().days).toHaveLength(1);
    expect(await t.database.db.select().from(calendarDays).where(eq(calendarDays.year, 2027))).toHaveLength(1);

    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'calendar'), eq(auditLog.entityId, '2027')))
      .orderBy(asc(auditLog.seq));
    // (A 'seed' row before them is the template's provisional demo year, removed for these cases.)
    expect(rows.filter((r) => r.action !== 'seed').map((r) => r.action)).toEqual(['create', 'update']);
    const [createRow, correctRow] = rows.filter((r) => r.action !== 'seed');
    expect(createRow.actorName).toBe('系统管理员');
    expect(createRow.before).toBeNull();
    expect(correctRow.before).toMatchObject({ source: '测试用 2027 年安排', days: year2027.days });
    expect(correctRow.after).toMatchObject({ source: '测试用 2027 年安排（更正）' });

    const list = (await clerk.get('/api/v1/calendar')).json() as CalendarYear[];
    expect(list.map((y) => y.year)).toEqual([2025, 2026, 2027]);
  });

  it('R-DAYS-01: saving a year leaves the other years untouched', async () => {
    const res = await admin.put('/api/v1/calendar/2027', { source: '测试：空', days: [] });
    expect(res.statusCode).toBe(200);
    const cal = await loadWorkCalendar(t.database.db);
    expect(isWorkingDay(cal, '2027-01-01')).toBe(true);
    expect(isWorkingDay(cal, '2026-10-01')).toBe(false);
    expect(isWorkingDay(cal, '2025-10-08')).toBe(false);
  });
});
