import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { desc } from 'drizzle-orm';
import { buildApp } from '../../app.js';
import type { App } from '../../http/context.js';
import { loadConfig } from '../../config.js';
import { migrateDatabase, openPglite, type Database } from '../../db/client.js';
import { auditLog, centres } from '../../db/schema/index.js';
import { PiiCipher } from '../../http/pii.js';
import { seedDatabase } from '../../seed.js';
import { createTestApp, TEST_PII_KEY } from '../../test/harness.js';

// A production install: migrated, seeded with nothing but the system admin and its one-time password.
let database: Database;
let app: App;
let dataDir: string;
let cookie = '';
let csrf = '';
const NEW_PASSWORD = 'Qz7!vRk2#mWp9Lx';

const call = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
  app.inject({
    method,
    url,
    headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    payload: body === undefined ? undefined : JSON.stringify(body),
  });

beforeEach(async () => {
  database = await openPglite({});
  await migrateDatabase(database);
  const seeded = await seedDatabase(database.db, 'production', new PiiCipher(Buffer.from(TEST_PII_KEY, 'hex')));
  if (seeded.kind !== 'production') throw new Error('expected a production seed');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-setup-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PII_KEY: TEST_PII_KEY,
    SKILLCERT_MODE: 'production',
  });
  app = await buildApp({ config, database, logger: false, startJobs: false });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: seeded.oneTimePassword },
  });
  expect(login.statusCode).toBe(200);
  cookie = String(login.headers['set-cookie']).split(';')[0];
  csrf = login.json().csrfToken;
  const changed = await call('POST', '/api/v1/auth/password', {
    currentPassword: seeded.oneTimePassword,
    newPassword: NEW_PASSWORD,
  });
  expect(changed.statusCode, changed.body).toBe(200);
  if (changed.headers['set-cookie']) cookie = String(changed.headers['set-cookie']).split(';')[0];
  if (changed.json()?.csrfToken) csrf = changed.json().csrfToken;
});
afterEach(async () => {
  await app?.close();
  await database?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('first-run setup of a production install (R-ORG-01)', () => {
  it('R-ORG-01: with no centre, colleges cannot be added and the setup says the centre is missing', async () => {
    expect((await call('GET', '/api/v1/setup')).json()).toEqual({
      centreExists: false,
      centreName: null,
      collegeCount: 0,
    });
    const college = await call('POST', '/api/v1/colleges', { code: 'JD', name: '机电工程学院' });
    expect(college.statusCode).toBe(409);
    expect((await call('GET', '/api/v1/centre')).statusCode).toBe(409);
  });

  it('R-ORG-01: bad input is refused with the field named in Chinese and nothing is created', async () => {
    const res = await call('POST', '/api/v1/setup/centre', { name: '某某学院', shortName: '某' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/名称|简称/);
    expect(await database.db.select().from(centres)).toHaveLength(0);
  });

  it('R-ORG-01: the admin creates the centre once (audited), then its colleges; a second creation is refused', async () => {
    const res = await call('POST', '/api/v1/setup/centre', {
      name: '河南测试职业学院职业技能等级认定中心',
      shortName: '测试认定中心',
      contact: '王老师',
      phone: '0371-12345678',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: '河南测试职业学院职业技能等级认定中心',
      filingCode: null,
      filing: { status: 'none' },
    });
    const [audit] = await database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(audit).toMatchObject({ action: 'create', entity: 'centre', entityId: res.json().id, actorRole: 'admin' });

    const again = await call('POST', '/api/v1/setup/centre', {
      name: '另一个职业技能等级认定中心',
      shortName: '另一个',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('认定中心已建立');
    expect(await database.db.select().from(centres)).toHaveLength(1);

    const college = await call('POST', '/api/v1/colleges', { code: 'JD', name: '机电工程学院' });
    expect(college.statusCode, college.body).toBe(200);
    expect((await call('GET', '/api/v1/setup')).json()).toMatchObject({ centreExists: true, collegeCount: 1 });
    expect(
      (await call('PUT', '/api/v1/centre', { name: '河南测试职业学院职业技能等级认定中心', shortName: '测试中心' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('setup permissions', () => {
  it('R-ORG-01: only the centre managers may create the centre; on the demo (centre exists) creation is refused', async () => {
    const t = await createTestApp();
    try {
      const finance = await t.login('caiwu');
      expect(
        (await finance.post('/api/v1/setup/centre', { name: '某职业技能等级认定中心', shortName: '某中心' }))
          .statusCode,
      ).toBe(403);
      const admin = await t.login('admin');
      expect((await admin.get('/api/v1/setup')).json().centreExists).toBe(true);
      expect(
        (await admin.post('/api/v1/setup/centre', { name: '某职业技能等级认定中心', shortName: '某中心' })).statusCode,
      ).toBe(409);
    } finally {
      await t.close();
    }
  });
});
