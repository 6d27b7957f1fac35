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
    throw new Error('PGlite internals changed: cannot forward fsync to the host; commits would not be durable.');
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, failover) must not crash the process; the pool replaces it.
  pool.on('error', (err) => console.error('postgres pool: idle connection lost', err.message));
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl)
    : openPglite({ dataDir: path.join(opts.dataDir, 'pgdata') });
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') await migratePglite(database.db as never, { migrationsFolder });
  else await migratePg(database.db as never, { migrationsFolder });
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
