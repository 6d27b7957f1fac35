import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openPglite, openPostgres } from '../db/client.js';
import { seedDatabase } from '../seed.js';
import { PiiCipher } from '../http/pii.js';
import { TEST_PII_KEY } from './pii-key.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templatePath: string;
    templateDb: string;
  }
}

/**
 * Builds one migrated, demo-seeded database per test run; every test file then starts from a copy of it
 * (a PGlite data-dir dump, or CREATE DATABASE … TEMPLATE on PostgreSQL) instead of migrating again.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const templateDb = `skillcert_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${templateDb}`);
    await admin.query(`create database ${templateDb}`);
    const u = new URL(url);
    u.pathname = `/${templateDb}`;
    const database = await openPostgres(u.toString(), 2);
    await migrateDatabase(database);
    await seedDatabase(database.db, 'demo', new PiiCipher(Buffer.from(TEST_PII_KEY, 'hex')), {
      provisionalCalendars: true,
    });
    await database.close();
    project.provide('templateDb', templateDb);
    project.provide('templatePath', '');
    return async () => {
      await admin.query(`drop database if exists ${templateDb} with (force)`);
      await admin.end();
    };
  }
  const database = await openPglite({});
  await migrateDatabase(database);
  await seedDatabase(database.db, 'demo', new PiiCipher(Buffer.from(TEST_PII_KEY, 'hex')), {
    provisionalCalendars: true,
  });
  const client = (database.db as unknown as { $client: { dumpDataDir(c: string): Promise<Blob> } }).$client;
  const blob = await client.dumpDataDir('none');
  await database.close();
  const dir = path.resolve('.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const templatePath = path.join(dir, `test-template-${process.pid}.tar`);
  fs.writeFileSync(templatePath, Buffer.from(await blob.arrayBuffer()));
  project.provide('templatePath', templatePath);
  project.provide('templateDb', '');
  return () => fs.rmSync(templatePath, { force: true });
}
