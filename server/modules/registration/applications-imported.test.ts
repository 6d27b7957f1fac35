import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { applications, colleges } from '../../db/schema/index.js';
import { applicationDetail } from '../../../shared/registration.js';
import { filedBatch, okJson } from '../plans/plans.testkit.js';
import { postFile } from '../people/people.testkit.js';
import { rosterRows, rosterXlsx } from './roster.testkit.js';

/**
 * Issue 8, item 1: applications that came in through the roster import must open (the detail answered 500 because
 * the stored eligibility snapshot lacked `at`), both those imported now and those stored the old way.
 */

let t: TestApp;
let kaowu: TestClient;
let zhuren: TestClient;
let jidian: TestClient;
let batch = '';
let imported: string[] = [];

// A fresh database and data per case: cases write, and each must stand alone.
beforeEach(async () => {
  t = await createTestApp();
  [kaowu, zhuren, jidian] = await Promise.all(['kaowu', 'zhuren', 'jidian'].map((u) => t.login(u)));
  const JD = (await t.database.db.select().from(colleges)).find((c) => c.code === 'JD')!.id;
  batch = await filedBatch(kaowu, zhuren, JD, true);
  await okJson(kaowu.post(`/api/v1/batches/${batch}/transitions`, { to: 'registering' }));
  const res = await postFile(
    t,
    jidian,
    `/api/v1/batches/${batch}/roster/import`,
    '花名册.xlsx',
    await rosterXlsx(rosterRows(6, { prefix: 'IMP', from: 7100 })),
  );
  expect(res.statusCode, res.body).toBe(200);
  const list = await okJson(kaowu.get(`/api/v1/applications?batchId=${batch}&pageSize=100`));
  imported = list.items.filter((r: { source: string }) => r.source === 'import').map((r: { id: string }) => r.id);
}, 60_000);
afterEach(async () => t.close());

const openAs = async (c: TestClient, id: string) => {
  const res = await c.get(`/api/v1/applications/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  const parsed = applicationDetail.safeParse(res.json());
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return parsed.data!;
};

describe('R-ELIG-00: imported applications open with the engine’s verdict', () => {
  it('R-ELIG-00: every application of a roster import opens for the college clerk and the centre reviewer', async () => {
    expect(imported).toHaveLength(6);
    for (const id of imported)
      for (const c of [jidian, kaowu, zhuren]) {
        const d = await openAs(c, id);
        expect(d.source).toBe('import');
        expect(d.eligibility?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(d.eligibility?.levels.map((l) => l.level)).toEqual([4]);
      }
    const pdf = await jidian.get(`/api/v1/applications/${imported[0]}/form.pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
  });

  it('R-ELIG-00: the import stores a complete snapshot (with the time the engine ran)', async () => {
    const rows = await t.database.db.select().from(applications).where(eq(applications.batchId, batch));
    expect(rows.length).toBe(6);
    for (const r of rows) {
      const at = (r.eligibility as { at?: string }).at;
      expect(at).toBe(r.eligibilityAt!.toISOString());
    }
  });

  it('R-ELIG-00: an application stored the old way (snapshot without `at`, even without lists) still opens', async () => {
    const [oldShape, bare] = imported;
    // The shape roster imports stored before the fix: the engine's result without `at`.
    await t.database.db.execute(
      sql`update applications set eligibility = eligibility - 'at' where id = ${oldShape}::uuid`,
    );
    await t.database.db.execute(
      sql`update applications set eligibility = '{"levels":[]}'::jsonb, eligibility_at = null where id = ${bare}::uuid`,
    );
    const [stored] = await t.database.db.select().from(applications).where(eq(applications.id, oldShape));
    expect((stored.eligibility as { at?: string }).at).toBeUndefined();
    for (const c of [jidian, kaowu]) {
      const d = await openAs(c, oldShape);
      expect(d.eligibility?.at).toBe(stored.eligibilityAt!.toISOString());
      const b = await openAs(c, bare);
      expect(b.eligibility).toMatchObject({ levels: [], reasons: [], notes: [], highest: null });
      expect(b.eligibility?.at).toBe(b.submittedAt);
    }
    const list = await okJson(jidian.get(`/api/v1/applications?batchId=${batch}&pageSize=100`));
    expect(list.total).toBe(6);
  });
});
