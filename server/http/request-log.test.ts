import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { buildApp } from '../app.js';
import { freshDatabase, TEST_PII_KEY } from '../test/harness.js';

/** Issue 9, a quiet terminal: the app as `npm start` builds it, its log captured instead of the terminal. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function startWith(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-log-'));
  dirs.push(dataDir);
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const database = await freshDatabase();
  const config = loadConfig({ DATA_DIR: dataDir, PII_KEY: TEST_PII_KEY, ...env });
  const app = await buildApp({ config, database, logger: { stream } });
  app.get('/api/v1/test-failure', { config: { public: true } }, async () => {
    throw new Error('a broken handler');
  });
  await app.ready();
  const close = async () => {
    await app.close();
    await database.close();
  };
  return { app, lines, config, close };
}

describe('a quiet terminal (issue 9)', () => {
  it('at the default level ordinary requests print nothing; a 5xx still prints its error', async () => {
    const s = await startWith({});
    try {
      expect(s.config.LOG_LEVEL).toBe('warn');
      for (const url of ['/api/health', '/api/v1/auth/me', '/api/v1/no-such-route'])
        expect((await s.app.inject({ method: 'GET', url })).statusCode).toBeLessThan(500);
      await s.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x', password: 'y' } });
      expect(s.lines).toEqual([]);
      expect((await s.app.inject({ method: 'GET', url: '/api/v1/test-failure' })).statusCode).toBe(500);
      expect(s.lines.length).toBeGreaterThan(0);
      const logged = s.lines.map((l) => JSON.parse(l) as { level: number; msg: string; err?: { message: string } });
      expect(logged.every((l) => l.level >= 50)).toBe(true);
      expect(logged.some((l) => l.err?.message === 'a broken handler')).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('LOG_LEVEL=info prints one line per request, as before', async () => {
    const s = await startWith({ LOG_LEVEL: 'info' });
    try {
      await s.app.inject({ method: 'GET', url: '/api/health' });
      await s.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
      const completed = s.lines
        .map((l) => JSON.parse(l) as { msg: string })
        .filter((l) => l.msg === 'request completed');
      expect(completed).toHaveLength(2);
    } finally {
      await s.close();
    }
  });
});
