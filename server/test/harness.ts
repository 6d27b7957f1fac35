import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app.js';
import type { App } from '../http/context.js';
import { loadConfig } from '../config.js';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import { DEMO_PASSWORD } from '../seed.js';

export { TEST_PII_KEY } from './pii-key.js';
import { TEST_PII_KEY } from './pii-key.js';

/** A fresh copy of the migrated, demo-seeded template database; `url` is set on PostgreSQL (for pg_dump). */
export async function freshDatabase(): Promise<Database & { url?: string }> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `skillcert_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('templateDb')}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openPostgres(u.toString(), 5);
    return {
      ...database,
      url: u.toString(),
      close: async () => {
        await database.close();
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const bytes = fs.readFileSync(inject('templatePath'));
  return openPglite({ loadDataDir: new Blob([bytes]) });
}

export interface TestClient {
  csrf: string;
  cookie: string;
  get(url: string): Promise<Res>;
  post(url: string, body?: unknown): Promise<Res>;
  put(url: string, body?: unknown): Promise<Res>;
  del(url: string): Promise<Res>;
}
interface Res {
  statusCode: number;
  json(): any;
  body: string;
  headers: Record<string, unknown>;
  rawPayload: Buffer;
}

export interface TestApp {
  app: App;
  /** `url`: the connection string of this app's own database, on PostgreSQL only. */
  database: Database & { url?: string };
  dataDir: string;
  /** Logs a demo user in (password DEMO_PASSWORD unless given). */
  login(username: string, password?: string): Promise<TestClient>;
  anonymous(): TestClient;
  close(): Promise<void>;
}

/** The real HTTP app on a fresh database: tests call it with Fastify's inject, as a browser would. */
/** `logger`: pino options for the app (e.g. `{ level: 'info', stream }` to capture the log); none by default. */
/** `database`: use this database instead of a copy of the template (e.g. one seeded as the demo server seeds). */
export async function createTestApp(
  opts: { startJobs?: boolean; env?: Record<string, string>; logger?: object; database?: Database } = {},
): Promise<TestApp> {
  const database = opts.database ?? (await freshDatabase());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-test-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_PER_MINUTE: '10000',
    RATE_PER_MINUTE: '100000',
    PII_KEY: TEST_PII_KEY,
    ...opts.env,
  });
  const app = await buildApp({ config, database, logger: opts.logger ?? false, startJobs: opts.startJobs ?? false });
  await app.ready();

  const client = (cookie: string, csrf: string): TestClient => {
    const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
      app.inject({
        method,
        url,
        headers: {
          cookie,
          'x-csrf-token': csrf,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        payload: body === undefined ? undefined : JSON.stringify(body),
      }) as unknown as Promise<Res>;
    return {
      csrf,
      cookie,
      get: (u) => call('GET', u),
      post: (u, b) => call('POST', u, b ?? {}),
      put: (u, b) => call('PUT', u, b ?? {}),
      del: (u) => call('DELETE', u),
    };
  };

  return {
    app,
    database,
    dataDir,
    anonymous: () => client('', ''),
    async login(username, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const setCookie = String(res.headers['set-cookie']).split(';')[0];
      return client(setCookie, res.json().csrfToken);
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
