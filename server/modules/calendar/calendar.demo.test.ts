import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import type { CalendarYear } from '../../../shared/calendar.js';
import { PROVISIONAL_SOURCE, seedProvisionalDemoCalendars } from './calendar.service.js';
import { removeProvisionalYears } from './calendar.testkit.js';

/** The demo server's provisional years (server/main.ts): marked, weekends and fixed-date holidays, never over an entered year. */

let t: TestApp;
let clerk: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('jidian');
});
afterAll(async () => t.close());

describe('demo calendar', () => {
  it('R-DAYS-01: a demo started in December gets next year as a marked provisional year (weekends and fixed-date holidays); official years stay', async () => {
    // Without a provisional year (the test template has the demo's; removed here), a date in 2027 is an error naming
    // the year.
    await removeProvisionalYears(t.database.db);
    expect((await clerk.get('/api/v1/calendar/compute?kind=after&day=2026-12-28&n=10')).statusCode).toBe(422);
    expect(await seedProvisionalDemoCalendars(t.database.db, { today: '2026-12-20' })).toEqual([2027]);
    const years = (await clerk.get('/api/v1/calendar')).json() as CalendarYear[];
    expect(years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(years[2].source).toBe(PROVISIONAL_SOURCE);
    expect(years[2].days.map((d) => `${d.day} ${d.kind}`)).toEqual([
      '2027-01-01 holiday',
      '2027-05-01 holiday',
      '2027-05-02 holiday',
      '2027-10-01 holiday',
      '2027-10-02 holiday',
      '2027-10-03 holiday',
    ]);
    expect(years[1].source).toMatch(/2026年部分节假日安排/); // the official year is untouched
    // 10 working days after Monday 2026-12-28: 12-29…31, then 元旦 (Friday) skipped, 01-04…08, 01-11, 01-12.
    const res = await clerk.get('/api/v1/calendar/compute?kind=after&day=2026-12-28&n=10');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().result).toBe('2027-01-12');
    // Once there, nothing is added again; a later start adds only the years still missing.
    expect(await seedProvisionalDemoCalendars(t.database.db, { today: '2026-12-21' })).toEqual([]);
    expect(await seedProvisionalDemoCalendars(t.database.db, { today: '2027-12-01' })).toEqual([2028]);
  });
});
