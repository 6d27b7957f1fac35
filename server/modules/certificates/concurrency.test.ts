import { spawn } from 'node:child_process';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates } from '../../db/schema/index.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { loadCertificateKey, verifyCertificate } from './signing.service.js';
import { finalBatch } from './certificates.testkit.js';
import type { Candidate } from '../publicity/publicity.testkit.js';

/**
 * R-CERT-01 across app processes: needs PostgreSQL (TEST_DATABASE_URL); PGlite is one process only. Two final batches
 * of 500 passing candidates each; two app processes issue both at once, in opposite orders.
 */
const onPostgres = !!process.env.TEST_DATABASE_URL;
const PER_BATCH = 500;
let t: TestApp;

beforeAll(async () => {
  if (onPostgres) t = await createTestApp();
}, 120_000);
afterAll(async () => t?.close());

function issue(args: string[]): Promise<number[]> {
  const cli = path.join(import.meta.dirname, 'issue.cli.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(err))));
  });
}

describe('R-CERT-01: issuing under concurrency across processes', () => {
  it.runIf(onPostgres)(
    'R-CERT-01: two app processes on one PostgreSQL issue 1,000 certificates at once: 0 duplicates, each application once (skipped without TEST_DATABASE_URL)',
    async () => {
      const admin = await t.login('admin');
      const batch = async (tag: string) => {
        const candidates: Candidate[] = Array.from({ length: PER_BATCH }, (_, i) => ({
          name: `并发${tag}${i}`,
          theory: 60 + (i % 40),
          skill: 60 + ((i * 7) % 40),
        }));
        return (await finalBatch(t, admin, { candidates })).batchId;
      };
      const [b1, b2] = [await batch('甲'), await batch('乙')];
      const common = [t.database.url!, t.dataDir, 'zhuren'];
      const [a, b] = await Promise.all([issue([...common, `${b1},${b2}`]), issue([...common, `${b2},${b1}`])]);
      // Each batch issued by exactly one of them; the other found it done (idempotent, serialised per batch).
      expect([a[0] + b[1], a[1] + b[0]]).toEqual([PER_BATCH, PER_BATCH]);

      const rows = await t.database.db
        .select()
        .from(certificates)
        .where(inArray(certificates.batchId, [b1, b2]));
      expect(rows).toHaveLength(2 * PER_BATCH);
      expect(new Set(rows.map((r) => r.number)).size).toBe(2 * PER_BATCH);
      expect(new Set(rows.map((r) => r.applicationId)).size).toBe(2 * PER_BATCH);
      expect(new Set(rows.map((r) => r.statusIndex)).size).toBe(2 * PER_BATCH);
      // One counter for the year and level: serials 1…1000 without a gap; the number carries the serial.
      expect(rows.map((r) => r.serial).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 2 * PER_BATCH }, (_, i) => i + 1),
      );
      const key = loadCertificateKey(t.dataDir);
      for (const r of rows) {
        expect(r.number).toMatch(/^Y\d{15}\d{6}$/);
        expect(Number(r.number.slice(16))).toBe(r.serial);
        expect(verifyCertificate(key.publicKey, r.data, r.signature)).toBe(true);
      }
    },
    600_000,
  );
});
