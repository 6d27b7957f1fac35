/**
 * Backup → restore drill, done the way docs/OPERATIONS.md says ("Backup and restore"):
 *
 *   npx tsx bench/restore-drill.ts            PGlite: stop the server, tar DATA_DIR without the keys, restore the
 *                                             tarball into a new directory, put the keys back
 *   npx tsx bench/restore-drill.ts --both     both, one after the other (what CI runs)
 *   npx tsx bench/restore-drill.ts --pg       PostgreSQL (TEST_DATABASE_URL, a superuser): owner and app roles as in
 *                                             the guide, pg_dump as the owner, pg_restore into a new database as the
 *                                             owner, grants again, stored files copied with tar
 *
 * Before the backup the server has data (the demo centre with its persons, a stored file from an audit export, an
 * ID-number view); after the restore the drill checks every table's row count, the audit chain's head, every stored
 * file's bytes, `npm run audit:verify` (chain and signed checkpoints), and, through the real API of a server started
 * on the restored data with the restored key, that the ID numbers read the same. Exits non-zero on any difference.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openPglite } from '../server/db/client.js';

// The demo password, without loading the seed's module graph (the PGlite drill seeds through the server it starts).
const DEMO_PASSWORD = 'Shifan#2026';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kinds: ('pglite' | 'postgres')[] = process.argv.includes('--both')
  ? ['pglite', 'postgres']
  : process.argv.includes('--pg')
    ? ['postgres']
    : ['pglite'];
let kind = kinds[0];
const started = performance.now();
const log = (msg: string) =>
  console.log(`[restore drill ${kind} ${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`);
const children = new Set<ChildProcess>();
const deadline = setTimeout(() => {
  console.error(`restore drill (${kind}): FAILED: still running after 8 minutes`);
  for (const c of children) killGroup(c, 'SIGKILL');
  process.exit(1);
}, 8 * 60_000);
deadline.unref();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a command as the guide writes it; its output goes to the log, a non-zero exit stops the drill. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

interface Server {
  child: ChildProcess;
  base: string;
  output: string[];
  exited: Promise<number | null>;
}
async function startServer(env: NodeJS.ProcessEnv): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => (children.delete(child), resolve(code))),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 450 && !gone; i++) {
    try {
      if ((await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) })).ok)
        return { child, base, output, exited };
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  killGroup(child, 'SIGKILL');
  throw new Error(`server did not start:\n${output.slice(-30).join('\n')}`);
}
async function stopServer(s: Server) {
  killGroup(s.child, 'SIGTERM');
  const code = await Promise.race([s.exited, sleep(30_000).then(() => 'timeout' as const)]);
  if (code !== 0) {
    killGroup(s.child, 'SIGKILL');
    throw new Error(`server did not stop cleanly (${code}):\n${s.output.slice(-20).join('\n')}`);
  }
}

/** A start that must be refused: the process exits non-zero with the message, and never listens. */
async function expectRefusal(env: NodeJS.ProcessEnv, message: RegExp) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...env, PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status === 0 || !message.test(r.stderr + r.stdout))
    throw new Error(`expected a refused start (${message}), got ${r.status}:\n${r.stderr}${r.stdout}`);
  if (fs.existsSync(path.join(env.DATA_DIR!, 'pii.key'))) throw new Error('a key was generated over the restored data');
}

type Call = <T = Record<string, unknown>>(method: string, url: string, body?: unknown) => Promise<T>;
async function session(base: string, username: string, password: string): Promise<Call> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T>(method: string, url: string, body?: unknown) => {
    const r = await fetch(`${base}/api/v1${url}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = r.headers.get('content-type') ?? '';
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${await r.text()}`);
    return (type.includes('json') ? await r.json() : Buffer.from(await r.arrayBuffer())) as T;
  };
}

interface Snapshot {
  rows: Record<string, number>;
  head: { seq: number; hash: string };
  files: Record<string, string>;
}

/** Row count of every table (public and drizzle schemas) and the audit chain's head, through one SQL runner. */
async function snapshotDatabase(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<Omit<Snapshot, 'files'>> {
  const tables = await query(
    `select table_schema || '.' || table_name as t from information_schema.tables
     where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`,
  );
  const rows: Record<string, number> = {};
  for (const { t } of tables) rows[t as string] = Number((await query(`select count(*)::int as n from ${t}`))[0].n);
  const [head] = await query('select seq, hash from audit_log order by seq desc limit 1');
  return { rows, head: { seq: Number(head.seq), hash: String(head.hash) } };
}

/** Every stored file under DATA_DIR/files by relative path, with the SHA-256 of its bytes. */
function snapshotFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out[path.relative(dir, p)] = createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

function compare(before: Snapshot, after: Snapshot) {
  const problems: string[] = [];
  for (const t of new Set([...Object.keys(before.rows), ...Object.keys(after.rows)]))
    if (before.rows[t] !== after.rows[t])
      problems.push(`table ${t}: ${before.rows[t]} rows before, ${after.rows[t]} after`);
  if (before.head.seq !== after.head.seq || before.head.hash !== after.head.hash)
    problems.push(
      `audit head: ${before.head.seq}/${before.head.hash} before, ${after.head.seq}/${after.head.hash} after`,
    );
  for (const f of new Set([...Object.keys(before.files), ...Object.keys(after.files)]))
    if (before.files[f] !== after.files[f])
      problems.push(`stored file ${f}: ${before.files[f] ?? 'absent'} before, ${after.files[f] ?? 'absent'} after`);
  if (problems.length) throw new Error(`restore differs from the backup:\n  ${problems.join('\n  ')}`);
  const total = Object.values(after.rows).reduce((a, b) => a + b, 0);
  log(
    `restored: ${Object.keys(after.rows).length} tables, ${total} rows, audit head seq ${after.head.seq}, ${Object.keys(after.files).length} stored files: all equal`,
  );
}

/** Data a backup must carry: a stored file (an audit export job), ID-number views; returns what to read back. */
async function makeActivity(base: string) {
  const call = await session(base, 'admin', DEMO_PASSWORD);
  const { jobId } = await call<{ jobId: string }>('POST', '/audit/exports', {});
  let fileId = '';
  for (let i = 0; i < 150 && !fileId; i++) {
    const job = await call<{ status: string; result: { fileId?: string } | null; error: string | null }>(
      'GET',
      `/jobs/${jobId}`,
    );
    if (job.status === 'failed') throw new Error(`audit export failed: ${job.error}`);
    if (job.status === 'succeeded') fileId = job.result!.fileId!;
    else await sleep(200);
  }
  if (!fileId) throw new Error('audit export did not finish');
  const file = await call<Buffer>('GET', `/files/${fileId}`);
  const persons = await call<{ items: { id: string }[] }>('GET', '/persons?page=1&pageSize=5');
  if (persons.items.length === 0) throw new Error('no persons to read ID numbers of');
  const idNumbers: Record<string, string> = {};
  for (const p of persons.items)
    idNumbers[p.id] = (await call<{ idNumber: string }>('GET', `/persons/${p.id}/id-number`)).idNumber;
  await call('POST', '/audit/checkpoints');
  return { fileId, fileSha: createHash('sha256').update(file).digest('hex'), idNumbers };
}

/** On the restored data: the same ID numbers through the API (decrypted with the restored key), the same file. */
async function readBack(base: string, expected: Awaited<ReturnType<typeof makeActivity>>) {
  const call = await session(base, 'admin', DEMO_PASSWORD);
  for (const [id, number] of Object.entries(expected.idNumbers)) {
    const got = (await call<{ idNumber: string }>('GET', `/persons/${id}/id-number`)).idNumber;
    if (got !== number) throw new Error(`person ${id}: ID number differs after the restore`);
  }
  const file = await call<Buffer>('GET', `/files/${expected.fileId}`);
  if (createHash('sha256').update(file).digest('hex') !== expected.fileSha)
    throw new Error('the stored export differs after the restore');
  log(
    `restored server: ${Object.keys(expected.idNumbers).length} ID numbers read back equal with the restored key; the stored export downloads unchanged`,
  );
}

function auditVerify(env: NodeJS.ProcessEnv) {
  const out = run('npm', ['run', '--silent', 'audit:verify'], env);
  if (!/audit trail OK/.test(out) || !/checkpoints OK/.test(out))
    throw new Error(`audit:verify did not confirm chain and checkpoints:\n${out}`);
  log(`audit:verify on the restored data: ${out.trim().split('\n').at(-2)}`);
}

const KEY_FILES = ['pii.key', 'audit-signing.key'];

async function drillPglite(tmp: string) {
  const src = path.join(tmp, 'srv', 'data');
  const env = (dataDir: string): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SKILLCERT_MODE: 'demo', DATABASE_URL: '' };
    delete e.PII_KEY;
    delete e.AUDIT_SIGNING_KEY;
    return e;
  };
  const s1 = await startServer(env(src));
  const activity = await makeActivity(s1.base);
  await stopServer(s1); // guide: stop first; a copy of a running pgdata is not a backup
  const snapshot = async (dataDir: string): Promise<Snapshot> => {
    const database = await openPglite({ dataDir: path.join(dataDir, 'pgdata') });
    const client = (
      database.db as unknown as { $client: { query: (q: string) => Promise<{ rows: Record<string, unknown>[] }> } }
    ).$client;
    try {
      return {
        ...(await snapshotDatabase(async (q) => (await client.query(q)).rows)),
        files: snapshotFiles(path.join(dataDir, 'files')),
      };
    } finally {
      await database.close();
    }
  };
  const before = await snapshot(src);

  // Backup, as the guide: the keys apart, the data tarball without them.
  const backup = path.join(tmp, 'backup');
  const keys = path.join(tmp, 'keys');
  fs.mkdirSync(backup);
  fs.mkdirSync(keys, { mode: 0o700 });
  for (const k of KEY_FILES) fs.copyFileSync(path.join(src, k), path.join(keys, k));
  const tarball = path.join(backup, 'skillcert.tgz');
  run('tar', [
    '-C',
    path.dirname(src),
    '--exclude=data/pii.key',
    '--exclude=data/audit-signing.key',
    '-czf',
    tarball,
    'data',
  ]);
  const listing = run('tar', ['-tzf', tarball]);
  for (const k of KEY_FILES)
    if (listing.split('\n').some((l) => l.endsWith(k))) throw new Error(`${k} is in the data tarball`);
  log(`backup: ${(fs.statSync(tarball).size / 1024 / 1024).toFixed(1)} MB tarball without the keys; keys kept apart`);

  // Restore into a new directory, then the keys back.
  const dstParent = path.join(tmp, 'restored');
  fs.mkdirSync(dstParent);
  run('tar', ['-C', dstParent, '-xzf', tarball]);
  const dst = path.join(dstParent, 'data');
  await expectRefusal(env(dst), /pii\.key 不存在[\s\S]*Refusing to start/); // R-PPL-02: never a new key over restored data
  log('restored data without its key: the server refuses to start and generates no key');
  for (const k of KEY_FILES) fs.copyFileSync(path.join(keys, k), path.join(dst, k));
  for (const k of KEY_FILES) fs.chmodSync(path.join(dst, k), 0o600);
  compare(before, await snapshot(dst));
  auditVerify(env(dst));
  const s2 = await startServer(env(dst));
  try {
    await readBack(s2.base, activity);
  } finally {
    await stopServer(s2);
  }
}

async function drillPostgres(tmp: string) {
  const superUrl = process.env.TEST_DATABASE_URL;
  if (!superUrl) throw new Error('--pg needs TEST_DATABASE_URL (a superuser connection)');
  const tag = randomBytes(4).toString('hex');
  const owner = `skillcert_owner_${tag}`;
  const app = `skillcert_app_${tag}`;
  const [srcDb, dstDb, emptyDb] = [`skillcert_${tag}`, `skillcert_restored_${tag}`, `skillcert_empty_${tag}`];
  const secret = randomBytes(12).toString('hex');
  const urlOf = (user: string, db: string) => {
    const u = new URL(superUrl);
    u.username = user;
    u.password = secret;
    u.pathname = `/${db}`;
    return u.toString();
  };
  // Each statement its own -c: CREATE DATABASE may not run inside the implicit transaction of a multi-statement -c.
  const psql = (url: string, statements: string[]) =>
    run('psql', ['-v', 'ON_ERROR_STOP=1', '-X', '-q', '-d', url, ...statements.flatMap((q) => ['-c', q])]);
  const createDb = (db: string) =>
    psql(superUrl, [
      `CREATE DATABASE ${db} OWNER ${owner} ENCODING 'UTF8' TEMPLATE template0`,
      `REVOKE ALL ON DATABASE ${db} FROM PUBLIC`,
      `GRANT CONNECT, TEMPORARY ON DATABASE ${db} TO ${owner}, ${app}`,
    ]);
  // The guide's grants, run as the owner.
  const grant = (db: string) =>
    psql(urlOf(owner, db), [
      `GRANT USAGE ON SCHEMA public TO ${app}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
      `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${app}`,
      `GRANT USAGE ON SCHEMA drizzle TO ${app}`,
      `GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${app}`,
    ]);
  const piiKey = randomBytes(32).toString('hex');
  const env = (db: string, dataDir: string): NodeJS.ProcessEnv => {
    const e: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: urlOf(app, db), PII_KEY: piiKey, DATA_DIR: dataDir };
    delete e.AUDIT_SIGNING_KEY;
    return e;
  };
  psql(superUrl, [`CREATE ROLE ${owner} LOGIN PASSWORD '${secret}'`, `CREATE ROLE ${app} LOGIN PASSWORD '${secret}'`]);
  try {
    // The guide: the app role never migrates; started on a database with pending migrations it says what to do.
    createDb(emptyDb);
    await expectRefusal(
      env(emptyDb, path.join(tmp, 'empty')),
      /没有建表\/改表权限[\s\S]*Start once with the owner role's DATABASE_URL/,
    );
    log('app role on a database with pending migrations: refused with what to do');
    createDb(srcDb);
    // The owner applies the migrations; the demo data is loaded here as the tests load it (a production start has none).
    const { migrateDatabase, openPostgres } = await import('../server/db/client.js');
    const { seedDatabase } = await import('../server/seed.js');
    const { PiiCipher } = await import('../server/http/pii.js');
    const { seedDemoArrangement } = await import('../server/modules/arrangement/arrangement.demo.js');
    const { FileStore } = await import('../server/modules/files/files.service.js');
    const seeding = await openPostgres(urlOf(owner, srcDb), 2);
    try {
      await migrateDatabase(seeding);
      const pii = new PiiCipher(Buffer.from(piiKey, 'hex'));
      await seedDatabase(seeding.db, 'demo', pii);
      await seedDemoArrangement(seeding.db, pii, {
        files: new FileStore(seeding.db, path.join(tmp, 'srv', 'data', 'files'), 10 * 1024 * 1024),
      });
    } finally {
      await seeding.close();
    }
    grant(srcDb);
    const src = path.join(tmp, 'srv', 'data');
    const s1 = await startServer(env(srcDb, src)); // as the app role
    const activity = await makeActivity(s1.base);
    await stopServer(s1); // not needed for pg_dump; the file copy below is then complete too

    const snapshot = async (db: string, dataDir: string): Promise<Snapshot> => {
      const c = new pg.Client({ connectionString: urlOf(owner, db) });
      await c.connect();
      try {
        return {
          ...(await snapshotDatabase(async (q) => (await c.query(q)).rows)),
          files: snapshotFiles(path.join(dataDir, 'files')),
        };
      } finally {
        await c.end();
      }
    };
    const before = await snapshot(srcDb, src);

    // Backup, as the guide: pg_dump as the owner, then the stored files (and the checkpoint file), keys apart.
    const backup = path.join(tmp, 'backup');
    fs.mkdirSync(backup);
    const dump = path.join(backup, 'skillcert.dump');
    run('pg_dump', ['-Fc', '-d', urlOf(owner, srcDb), '-f', dump]);
    const filesTar = path.join(backup, 'skillcert-files.tgz');
    run('tar', ['-C', src, '--exclude=./pii.key', '--exclude=./audit-signing.key', '-czf', filesTar, '.']);
    const keys = path.join(tmp, 'keys');
    fs.mkdirSync(keys, { mode: 0o700 });
    fs.copyFileSync(path.join(src, 'audit-signing.key'), path.join(keys, 'audit-signing.key'));
    if (run('tar', ['-tzf', filesTar]).includes('audit-signing.key'))
      throw new Error('the signing key is in the files tarball');
    log(
      `backup: pg_dump ${(fs.statSync(dump).size / 1024 / 1024).toFixed(1)} MB as ${owner}; files ${(fs.statSync(filesTar).size / 1024).toFixed(0)} KB`,
    );

    // Restore into a new, empty database created as in the guide; grants again; files and keys back.
    createDb(dstDb);
    run('pg_restore', ['--no-owner', `--role=${owner}`, '--exit-on-error', '-d', urlOf(owner, dstDb), dump]);
    grant(dstDb);
    const dst = path.join(tmp, 'restored', 'data');
    fs.mkdirSync(dst, { recursive: true });
    run('tar', ['-C', dst, '-xzf', filesTar]);
    fs.copyFileSync(path.join(keys, 'audit-signing.key'), path.join(dst, 'audit-signing.key'));
    fs.chmodSync(path.join(dst, 'audit-signing.key'), 0o600);
    const disabled = await (async () => {
      const c = new pg.Client({ connectionString: urlOf(owner, dstDb) });
      await c.connect();
      try {
        return (
          await c.query(
            `select tgname from pg_trigger where tgrelid = 'audit_log'::regclass and not tgisinternal and tgenabled = 'D'`,
          )
        ).rows;
      } finally {
        await c.end();
      }
    })();
    if (disabled.length) throw new Error(`audit triggers disabled after the restore: ${JSON.stringify(disabled)}`);
    compare(before, await snapshot(dstDb, dst));
    auditVerify(env(dstDb, dst));
    await expectRefusal({ ...env(dstDb, dst), PII_KEY: randomBytes(32).toString('hex') }, /does not match the data/);
    log('restored database with another PII_KEY: the server refuses to start');
    const s2 = await startServer(env(dstDb, dst));
    try {
      await readBack(s2.base, activity);
    } finally {
      await stopServer(s2);
    }
  } finally {
    psql(superUrl, [
      `DROP DATABASE IF EXISTS ${srcDb} WITH (FORCE)`,
      `DROP DATABASE IF EXISTS ${dstDb} WITH (FORCE)`,
      `DROP DATABASE IF EXISTS ${emptyDb} WITH (FORCE)`,
      `DROP ROLE IF EXISTS ${owner}`,
      `DROP ROLE IF EXISTS ${app}`,
    ]);
  }
}

for (const k of kinds) {
  kind = k;
  const t0 = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `skillcert-drill-${kind}-`));
  try {
    await (kind === 'postgres' ? drillPostgres(tmp) : drillPglite(tmp));
    console.log(`restore drill (${kind}): OK in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } catch (err) {
    console.error(`restore drill (${kind}): FAILED: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    for (const c of children) killGroup(c, 'SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (process.exitCode) break;
}
