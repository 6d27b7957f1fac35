import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction: service functions take this and pass it down. */
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * PGlite settings that make a commit durable on an on-disk data directory. PGlite's default start parameters
 * include `-F` (fsync off); these replace it. `wal_sync_method=fsync` matters: inside PGlite's WebAssembly
 * filesystem `fdatasync()` is a no-op, while `fsync()` reaches the file's stream, which `openPglite` forwards to
 * the host's fsync(2). Measured cost and the guarantees that follow are in docs/OPERATIONS.md.
 */
export const pgliteDurableParams = [
  ...PGlite.defaultStartParams.filter((p) => p !== '-F'),
  '-c',
  'fsync=on',
  '-c',
  'synchronous_commit=on',
  '-c',
  'full_page_writes=on',
  '-c',
  'wal_sync_method=fsync',
];

/**
 * Opens PGlite: in memory when no dataDir is given (tests; PGlite's fast defaults), otherwise on disk with
 * durable commits: PostgreSQL's fsync is on, and the Emscripten NODEFS file system, which has no fsync of its
 * own (PGlite 0.5.16 would acknowledge a commit that is only in the OS page cache), gets one that calls the
 * host's fsync(2) on the same file descriptor. A commit is then on disk when PGlite answers, as on PostgreSQL.
 */
export async function openPglite(opts: { dataDir?: string; loadDataDir?: Blob }): Promise<Database> {
  if (!opts.dataDir) {
    const client = await PGlite.create({ loadDataDir: opts.loadDataDir });
    return { db: drizzlePglite(client, { schema }) as unknown as Db, kind: 'pglite', close: () => client.close() };
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const releaseLock = lockDataDir(opts.dataDir);
  const { NodeFS } = await import('@electric-sql/pglite/nodefs');
  type Stream = { nfd?: number };
  type Mod = { NODEFS?: { stream_ops?: { fsync?: (stream: Stream) => number } } };
  let forwarded = false;
  class DurableNodeFS extends NodeFS {
    override async init(...args: Parameters<InstanceType<typeof NodeFS>['init']>) {
      const result = await super.init(...args);
      const preRun = (result.emscriptenOpts.preRun ?? []) as unknown[];
      const forwardFsync = (mod: Mod) => {
        const ops = mod.NODEFS?.stream_ops;
        if (!ops) return;
        ops.fsync = (stream) => {
          if (stream.nfd !== undefined) fs.fsyncSync(stream.nfd);
          return 0;
        };
        forwarded = true;
      };
      result.emscriptenOpts.preRun = [...preRun, forwardFsync] as typeof result.emscriptenOpts.preRun;
      return result;
    }
  }
  const client = await PGlite.create({
    fs: new DurableNodeFS(opts.dataDir),
    loadDataDir: opts.loadDataDir,
    startParams: pgliteDurableParams,
  });
  if (!forwarded) {
    await client.close();
    releaseLock();
    throw new Error('PGlite internals changed: cannot forward fsync to the host; commits would not be durable.');
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await client.close();
      releaseLock();
    },
  };
}

/**
 * PGlite takes no lock of its own: two processes on one data directory would corrupt it. A pid file refuses the
 * second one; a file left by a killed process (its pid no longer alive) is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(lockPath, 'utf8'));
      let alive = false;
      try {
        if (pid && pid !== process.pid) {
          process.kill(pid, 0);
          alive = true;
        }
      } catch {
        /* no such process: a stale lock */
      }
      if (alive)
        throw new Error(
          `数据目录 ${dataDir} 正被另一个进程（pid ${pid}）使用，请先停止该进程 / data directory in use by pid ${pid}`,
        );
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', (err) => console.error('postgres pool: idle connection lost', err.message));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite({ dataDir: path.join(opts.dataDir, 'pgdata') });
}

export async function migrateDatabase(database: Database): Promise<void> {
  try {
    if (database.kind === 'pglite') await migratePglite(database.db as never, { migrationsFolder });
    else if (await hasPendingMigrations(database.db)) await migratePg(database.db as never, { migrationsFolder });
  } catch (err) {
    throw describeMigrationError(err);
  }
}

/**
 * A start with pending migrations as the least-privilege application role (no DDL rights) fails with 42501; the
 * operator gets what to do (docs/OPERATIONS.md, "Upgrade") instead of a stack trace.
 */
export function describeMigrationError(err: unknown): Error {
  const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.code ?? e.cause?.code;
  const detail = e.cause?.message ?? e.message ?? String(err);
  if (code === '42501')
    return new Error(
      [
        '数据库有待执行的迁移，但当前数据库角色没有建表/改表权限（权限不足），拒绝启动。',
        '请用数据库所有者角色（如 skillcert_owner）的 DATABASE_URL 启动一次以执行迁移，待其开始监听后停止，',
        '再以应用角色启动服务（见 docs/OPERATIONS.md “Upgrading”）。',
        'The database has pending migrations, but this role may not change the schema (permission denied).',
        "Start once with the owner role's DATABASE_URL (e.g. skillcert_owner) to apply them, stop it once it listens,",
        `then start as the application role again (docs/OPERATIONS.md, "Upgrading"). (${detail})`,
      ].join('\n'),
    );
  return new Error(`数据库迁移失败 / database migration failed: ${detail}`);
}

/**
 * drizzle's migrator always runs CREATE SCHEMA, which a least-privilege application role may not do; so on
 * PostgreSQL it runs only when the journal has a migration newer than the last one applied (drizzle's own test).
 */
async function hasPendingMigrations(db: Db): Promise<boolean> {
  const journal = JSON.parse(fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  const newest = Math.max(...journal.entries.map((e) => e.when));
  const [exists] = rowsOf<{ t: string | null }>(
    await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`),
  );
  if (!exists?.t) return true;
  const [last] = rowsOf<{ at: string | null }>(
    await db.execute(sql`select max(created_at)::text as at from drizzle.__drizzle_migrations`),
  );
  return !last?.at || Number(last.at) < newest;
}

/** The number of migrations applied, shown by /api/health. */
export async function migrationLevel(db: Db): Promise<number> {
  const rows = await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return Number((rows as unknown as { rows: { n: number }[] }).rows[0].n);
}

/** Rows of a raw `db.execute` on either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
