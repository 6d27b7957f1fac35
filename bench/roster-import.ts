/**
 * Roster import bench (R-REG-01): is importing a 20,000-row 花名册 within 3× of the floor?
 *
 *   npm run bench:roster               20,000 rows (ROWS=5000 npm run bench:roster for fewer)
 *
 * Builds a 20,000-row roster .xlsx in memory, then in the same process, on a fresh in-memory PGlite (migrated,
 * demo-seeded), measures
 *   (a) the floor: reading the file with ExcelJS's streaming reader and one transaction of multi-row INSERTs of
 *       the same cells into a scratch table (what any import must at least do), and
 *   (b) the real import: `importRoster` (parse, checks, ID encryption, persons, candidate accounts, applications
 *       with the eligibility engine's verdict, decision rows, audit),
 * and prints both times and their ratio (goal ≤ 3).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { migrateDatabase, openPglite } from '../server/db/client.js';
import { applications, colleges, users } from '../server/db/schema/index.js';
import { PiiCipher } from '../server/http/pii.js';
import { DEMO_PASSWORD, seedDatabase } from '../server/seed.js';
import { toActor } from '../server/modules/auth/auth.service.js';
import { FileStore } from '../server/modules/files/files.service.js';
import { batchBodyFor } from '../server/modules/plans/plans.testkit.js';
import { importRoster } from '../server/modules/registration/roster.service.js';
import { rosterRows, rosterXlsx } from '../server/modules/registration/roster.testkit.js';

const ROWS = Number(process.env.ROWS ?? 20_000);
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const log = (m: string) => console.log(`[roster bench] ${m}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-bench-'));
  const database = await openPglite({});
  await migrateDatabase(database);
  const pii = new PiiCipher(Buffer.from(KEY, 'hex'));
  await seedDatabase(database.db, 'demo', pii);
  const db = database.db;
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PII_KEY: KEY,
    LOGIN_RATE_PER_MINUTE: '1000',
    RATE_PER_MINUTE: '100000',
  });
  const app = await buildApp({ config, database, logger: false, startJobs: false });
  await app.ready();

  // A batch in 报名中, made through the API as a clerk's centre would.
  const as = async (username: string) => {
    const r = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    const cookie = String(r.headers['set-cookie']).split(';')[0];
    const csrf = r.json().csrfToken as string;
    return async (url: string, body: unknown = {}) => {
      const res = await app.inject({
        method: 'POST',
        url,
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.body}`);
      return res.json();
    };
  };
  const kaowu = await as('kaowu');
  const zhuren = await as('zhuren');
  const [{ id: JD }] = await db.select({ id: colleges.id }).from(colleges).where(eq(colleges.code, 'JD'));
  const b = await kaowu('/api/v1/batches', batchBodyFor(JD));
  await kaowu(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' });
  await zhuren(`/api/v1/batches/${b.id}/approval`, { approvalNumber: '豫鉴〔2026〕9号', approvalDate: '2026-09-10' });
  await kaowu(`/api/v1/batches/${b.id}/transitions`, { to: 'registering' });

  let t0 = performance.now();
  const bytes = await rosterXlsx(rosterRows(ROWS), { messy: true });
  log(`built a ${ROWS}-row roster: ${(bytes.length / 1024 / 1024).toFixed(1)} MiB in ${secs(performance.now() - t0)}`);

  // (a) the floor: streaming read + one transaction of multi-row INSERTs into a scratch table.
  t0 = performance.now();
  const cells: string[][] = [];
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  for await (const ws of reader)
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
      const v = row.values as unknown[];
      if (/^\d{17}[\dX]$/.test(String(v[4] ?? '')))
        cells.push(Array.from({ length: 13 }, (_, i) => String(v[i + 1] ?? '')));
    }
  await db.execute(
    sql`create table roster_scratch (${sql.raw(Array.from({ length: 13 }, (_, i) => `c${i} text`).join(', '))})`,
  );
  await db.transaction(async (tx) => {
    for (let i = 0; i < cells.length; i += 4000) {
      const part = cells.slice(i, i + 4000);
      await tx.execute(
        sql`insert into roster_scratch values ${sql.join(
          part.map(
            (r) =>
              sql`(${sql.join(
                r.map((c) => sql`${c}`),
                sql`, `,
              )})`,
          ),
          sql`, `,
        )}`,
      );
    }
  });
  const floor = performance.now() - t0;
  log(`floor (stream read ${cells.length} rows + batched insert): ${secs(floor)}`);

  // (b) the real import.
  const [u] = await db.select().from(users).where(eq(users.username, 'kaowu'));
  const store = new FileStore(db, path.join(dataDir, 'files'), 50 * 1024 * 1024);
  t0 = performance.now();
  const r = await importRoster(db, store, {
    actor: toActor(u, '127.0.0.1'),
    pii,
    batchId: b.id,
    bytes,
    fileName: '花名册.xlsx',
  });
  const real = performance.now() - t0;
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(applications)
    .where(eq(applications.batchId, b.id));
  log(
    `import: ${r.applicationsCreated} applications (${n} stored), ${r.accountsCreated} accounts, ${r.eligible} eligible, in ${secs(real)}`,
  );
  const ratio = real / floor;
  log(`ratio import / floor = ${ratio.toFixed(2)} (goal ≤ 3)`);

  // (c) the review list (报名审核) over the imported batch: one page through the API as 考务, against the floor of
  // selecting the same page of the batch's applications in one query. The median of 7 of each, after one warm-up.
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'kaowu', password: DEMO_PASSWORD },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0];
  const median = async (f: () => Promise<unknown>) => {
    await f();
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const s0 = performance.now();
      await f();
      times.push(performance.now() - s0);
    }
    return times.sort((x, y) => x - y)[3];
  };
  const pageApi = await median(async () => {
    const res = await app.inject({
      url: `/api/v1/applications?batchId=${b.id}&page=2&pageSize=20`,
      headers: { cookie },
    });
    if (res.statusCode !== 200 || res.json().items.length !== 20) throw new Error(`review list: ${res.body}`);
  });
  const pageFloor = await median(() =>
    db.execute(
      sql`select * from applications where batch_id = ${b.id} order by submitted_at desc, id limit 20 offset 20`,
    ),
  );
  log(
    `review list page of ${n}: ${pageApi.toFixed(1)} ms through the API against ${pageFloor.toFixed(1)} ms for the page's rows alone (ratio ${(pageApi / pageFloor).toFixed(1)})`,
  );

  await app.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(n === ROWS ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
