import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openPglite } from '../../db/client.js';
import { PiiCipher } from '../../http/pii.js';
import { seedDatabase } from '../../seed.js';
import { createTestApp, TEST_PII_KEY, type TestApp, type TestClient } from '../../test/harness.js';
import { okJson } from './plans.testkit.js';
import { chinaToday } from '../../../shared/dates.js';

/**
 * The demo as `npm start` seeds it (server/main.ts: provisional calendars for the years after the official ones), so
 * the registering batch exists whatever the date; the shared test template has no provisional years and, from
 * December on, no batch whose exams fall in next year (R-DAYS-01).
 */
let t: TestApp;
let kaowu: TestClient;
let jidian: TestClient;
let kaosheng: TestClient;
beforeAll(async () => {
  const database = await openPglite({});
  await migrateDatabase(database);
  await seedDatabase(database.db, 'demo', new PiiCipher(Buffer.from(TEST_PII_KEY, 'hex')), {
    provisionalCalendars: true,
  });
  t = await createTestApp({ database });
  [kaowu, jidian, kaosheng] = await Promise.all(['kaowu', 'jidian', 'kaosheng'].map((u) => t.login(u)));
});
afterAll(async () => t.close());

describe('demo data as the demo server seeds it', () => {
  it('R-PLAN-01…05: the demo has an issued annual plan, JD semester plans, and 电工 open for registration today with its notice', async () => {
    const annual = (await okJson(kaowu.get('/api/v1/plans/annual'))).items as { status: string; lines: unknown[] }[];
    expect(annual.some((p) => p.status === 'issued' && p.lines.length >= 3)).toBe(true);
    const sem = (await okJson(jidian.get('/api/v1/plans/semester'))).items as { status: string; adHoc: boolean }[];
    expect(sem.map((p) => p.status).sort()).toEqual(expect.arrayContaining(['approved', 'submitted']));
    const JD = ((await okJson(kaowu.get('/api/v1/colleges'))).items as { id: string; code: string }[]).find(
      (c) => c.code === 'JD',
    )!.id;
    const list = (await okJson(kaowu.get('/api/v1/batches?code=6-31-01-03&state=registering'))).items as {
      id: string;
      registrationOpensOn: string;
      registrationClosesOn: string;
      approvalNumber: string | null;
      noticePublishedAt: string | null;
      submittedLate: boolean;
      collegeId: string;
    }[];
    const reg = list.find((b) => b.approvalNumber);
    expect(reg).toBeTruthy();
    const today = chinaToday();
    expect(reg!.registrationOpensOn <= today && today <= reg!.registrationClosesOn).toBe(true);
    expect(reg).toMatchObject({ collegeId: JD, submittedLate: false });
    expect(reg!.noticePublishedAt).toBeTruthy();
    expect(
      ((await okJson(kaosheng.get('/api/v1/notices'))).items as { batchId: string }[]).some(
        (n) => n.batchId === reg!.id,
      ),
    ).toBe(true);
    expect((await okJson(kaowu.get('/api/v1/batches?state=draft'))).total).toBeGreaterThan(0);
    expect((await okJson(kaowu.get('/api/v1/batches?state=filed'))).total).toBeGreaterThan(0);
  });
});
