import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFolder, openPglite, rowsOf, type Database } from '../../db/client.js';

/**
 * R-PPL-02: an installation upgraded from before the last-four mask: the migrations rewrite every stored mask to
 * the last four characters and keep only the birth year (no SQL can decrypt, and none needs to: the last four are
 * in the old mask, the year in the old birth date).
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mig-'));
let database: Database | null = null;
afterAll(async () => {
  await database?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The migrations folder as it was at the given tag (the journal cut there). */
function migrationsUpTo(tag: string): string {
  const dir = path.join(tmp, tag);
  fs.cpSync(migrationsFolder, dir, { recursive: true });
  const file = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag) + 1);
  fs.writeFileSync(file, JSON.stringify(journal));
  return dir;
}

describe('R-PPL-02: upgrading stored persons', () => {
  it('R-PPL-02: the migration leaves masks with the last four only and the birth year, no birth date column', async () => {
    database = await openPglite({});
    const db = database.db;
    await migrate(db as never, { migrationsFolder: migrationsUpTo('0008_exam_modules') });
    await db.execute(sql`insert into persons (name, gender, id_type, id_cipher, id_hash, id_masked, birth_date, kind)
      values ('旧甲', 'male', 'resident', 'c1', 'h1', '4101**********1234', '1990-03-07', 'staff'),
             ('旧乙', 'female', 'passport', 'c2', 'h2', 'E******78', null, 'social')`);
    await migrate(db as never, { migrationsFolder });
    const rows = rowsOf<{ name: string; id_masked: string; birth_year: number | null }>(
      await db.execute(sql`select name, id_masked, birth_year from persons where name like '旧%' order by name`),
    );
    expect(rows).toEqual([
      { name: '旧乙', id_masked: '*******78', birth_year: null },
      { name: '旧甲', id_masked: '**************1234', birth_year: 1990 },
    ]);
    const cols = rowsOf<{ column_name: string }>(
      await db.execute(sql`select column_name from information_schema.columns where table_name = 'persons'`),
    ).map((c) => c.column_name);
    expect(cols).not.toContain('birth_date');
  });
});
