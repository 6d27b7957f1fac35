import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { centreForCertificates } from '../centre/centre.reads.js';

/** R-CERT-01 across app processes: needs PostgreSQL (TEST_DATABASE_URL); PGlite is one process only. */
const onPostgres = !!process.env.TEST_DATABASE_URL;
let t: TestApp;

beforeAll(async () => {
  if (onPostgres) t = await createTestApp();
}, 120_000);
afterAll(async () => t?.close());

function run(args: string[]): Promise<string[]> {
  const cli = path.join(import.meta.dirname, 'numbers.cli.ts');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(err))));
  });
}

describe('R-CERT-01: numbers under concurrency across processes', () => {
  it.runIf(onPostgres)(
    'R-CERT-01: two app processes on one PostgreSQL take 1,000 certificate numbers at once: 0 duplicates (skipped without TEST_DATABASE_URL)',
    async () => {
      const centre = (await centreForCertificates(t.database.db))!;
      const args = [t.database.url!, centre.id, centre.filingCode!, '27', '3', '500'];
      const [a, b] = await Promise.all([run(args), run(args)]);
      const all = [...a, ...b];
      expect(all).toHaveLength(1000);
      expect(new Set(all).size).toBe(1000);
      expect(all.map((n) => Number(n.slice(16))).sort((x, y) => x - y)).toEqual(
        Array.from({ length: 1000 }, (_, i) => i + 1),
      );
      for (const n of all) expect(n).toMatch(/^Y000041019001273\d{6}$/);
    },
    120_000,
  );
});
