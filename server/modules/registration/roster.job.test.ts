import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { applications, colleges, files } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { filedBatch, okJson } from '../plans/plans.testkit.js';
import { postFile } from '../people/people.testkit.js';
import { rosterIdNumber, rosterRows, rosterXlsx } from './roster.testkit.js';

/** R-REG-01: the roster import as a background job (large rosters): same all-or-nothing result, upload sealed at rest. */

let t: TestApp;
let kaowu: TestClient;
let jidian: TestClient;
let xinxi: TestClient;
let batch = '';

const appCount = async () =>
  (
    await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(applications)
      .where(eq(applications.batchId, batch))
  )[0].n;
const startJob = (c: TestClient, bytes: Buffer, b = batch) =>
  postFile(t, c, `/api/v1/batches/${b}/roster/import-jobs`, '花名册.xlsx', bytes);
async function runJob(c: TestClient, jobId: string) {
  expect(await t.app.ctx.jobs.runOne()).toBe(true);
  return okJson(c.get(`/api/v1/jobs/${jobId}`));
}

// A fresh database and batch per case: imports write, and each case must stand alone.
beforeEach(async () => {
  t = await createTestApp();
  const zhuren = await t.login('zhuren');
  [kaowu, jidian, xinxi] = [await t.login('kaowu'), await t.login('jidian'), await t.login('xinxi')];
  const [JD] = await t.database.db.select().from(colleges).where(eq(colleges.code, 'JD'));
  batch = await filedBatch(kaowu, zhuren, JD.id, true);
  await okJson(kaowu.post(`/api/v1/batches/${batch}/transitions`, { to: 'registering' }));
}, 60_000);
afterEach(async () => t.close());

describe('R-REG-01: roster import as a job', () => {
  it('R-REG-01: a file with a bad row ends as a refused result naming row and column; nothing is imported', async () => {
    const rows = rosterRows(300, { prefix: 'J' });
    rows[41][3] = '410103200001011235'; // wrong check digit: data row 42 is sheet row 43 (header on row 1), column D
    const res = await startJob(jidian, await rosterXlsx(rows));
    expect(res.statusCode, res.body).toBe(200);
    const job = await runJob(jidian, res.json().jobId);
    expect(job.status).toBe('succeeded');
    expect(job.result.outcome).toBe('refused');
    expect(job.result.issues).toEqual([expect.objectContaining({ row: 43, column: 'D' })]);
    expect(await appCount()).toBe(0);
  });

  it('R-REG-01: a clean 300-row roster is imported by the job with the same counts as the direct import; the upload is sealed at rest', async () => {
    const res = await startJob(jidian, await rosterXlsx(rosterRows(300, { prefix: 'J' })));
    const job = await runJob(jidian, res.json().jobId);
    expect(job.result).toMatchObject({
      outcome: 'imported',
      rows: 300,
      applicationsCreated: 300,
      accountsCreated: 300,
    });
    expect(await appCount()).toBe(300);
    // R-PPL-02: neither the queued upload nor the import's kept copy holds an ID number in plain text (nor the xlsx's
    // zip signature); the kept copy opens with the key.
    for (const purpose of ['roster.upload', 'roster']) {
      const [stored] = await t.database.db
        .select()
        .from(files)
        .where(eq(files.purpose, purpose))
        .orderBy(sql`created_at desc`)
        .limit(1);
      const raw = fs.readFileSync(t.app.ctx.files.pathOf(stored.sha256));
      expect(raw.includes(Buffer.from(rosterIdNumber(0))), purpose).toBe(false);
      expect(raw.subarray(0, 2).toString()).not.toBe('PK');
      expect(t.app.ctx.pii.unsealBytes(raw).subarray(0, 2).toString()).toBe('PK');
    }
  });

  it("R-ORG-07 / R-REG-01: another college's clerk gets 404 and nothing is queued; a finance user is refused", async () => {
    const bytes = await rosterXlsx(rosterRows(2, { prefix: 'K', from: 900 }));
    expect((await startJob(xinxi, bytes)).statusCode).toBe(404);
    expect((await startJob(await t.login('caiwu'), bytes)).statusCode).toBe(403);
    expect(await t.app.ctx.jobs.runOne()).toBe(false);
    expect((await startJob(kaowu, Buffer.alloc(0))).statusCode).toBe(400);
  });
});
