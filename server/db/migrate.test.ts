import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openPglite } from './client.js';

describe('start-up migrations', () => {
  it('pending migrations as a role without DDL rights stop with what to do, not a stack trace', async () => {
    const database = await openPglite({});
    try {
      // The least-privilege application role of docs/OPERATIONS.md, here on an empty (fully pending) database.
      await database.db.execute(sql`create role skillcert_app_t`);
      await database.db.execute(sql`set role skillcert_app_t`);
      const err = await migrateDatabase(database).then(
        () => null,
        (e: Error) => e,
      );
      expect(err).not.toBeNull();
      expect(err!.message).toMatch(/数据库有待执行的迁移，但当前数据库角色没有建表\/改表权限/);
      expect(err!.message).toMatch(/Start once with the owner role's DATABASE_URL/);
      expect(err!.stack ?? '').not.toMatch(/drizzle-orm/); // a new error for the operator, not the driver's
    } finally {
      await database.close();
    }
  });
});
