/**
 * Crash test: are acknowledged writes still there after the server is killed with SIGKILL?
 *
 *   npm run test:crash                     PGlite (embedded) in a fresh temporary DATA_DIR
 *   npm run test:crash -- --pg             PostgreSQL: a fresh database made through TEST_DATABASE_URL
 *   TEST_DATABASE_URL=postgres://… npm run test:crash        (the same)
 *
 * Starts the real server (server/main.ts) as a child process, logs in as the admin, sends TOTAL audited changes
 * (new colleges) from CLIENTS concurrent clients, kills the server with SIGKILL once KILL_AFTER of them are
 * acknowledged, restarts it on the same data, checks that every acknowledged college is there (with its audit
 * row), stops it, and runs `npm run audit:verify`. Exits non-zero on any loss or a broken audit chain.
 * On PGlite it first measures what durable commits cost (pgliteDurableParams) against PGlite's defaults.
 * Only loopback traffic; every loop is bounded and the whole run has a deadline.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openPglite } from '../server/db/client.js';
import { DEMO_PASSWORD } from '../server/seed.js';

const TOTAL = 500;
const KILL_AFTER = 250;
const CLIENTS = 8;
const COST_COMMITS = 500;
const DEADLINE_MS = 10 * 60_000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pgUrl = process.env.TEST_DATABASE_URL || undefined;
const usePg = process.argv.includes('--pg') || Boolean(pgUrl);
const kind = usePg ? 'postgres' : 'pglite';

const started = performance.now();
const children = new Set<ChildProcess>();
const log = (msg: string) =>
  console.log(`[crash ${kind} ${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`);

const deadline = setTimeout(() => {
  console.error(`crash test (${kind}): FAILED: still running after ${DEADLINE_MS / 1000}s`);
  for (const c of children) killGroup(c, 'SIGKILL');
  process.exit(1);
}, DEADLINE_MS);
deadline.unref();

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the child leads its own process group
  } catch {
    /* already gone */
  }
}

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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Server {
  child: ChildProcess;
  base: string;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts server/main.ts in its own process group (so SIGKILL reaches the real server, not a wrapper). */
async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    if (output.length > 400) output.splice(0, output.length - 400);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  let gone = false;
  void exited.then(() => (gone = true));
  for (let i = 0; i < 600; i++) {
    if (gone) break;
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return { child, base, output, exited };
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  killGroup(child, 'SIGKILL');
  throw new Error(`server did not become healthy; its last output:\n${output.slice(-40).join('\n')}`);
}

async function stopServer(s: Server) {
  killGroup(s.child, 'SIGTERM');
  const result = await Promise.race([s.exited, sleep(30_000).then(() => null)]);
  if (!result) {
    killGroup(s.child, 'SIGKILL');
    await s.exited;
    throw new Error('server did not stop within 30 s of SIGTERM');
  }
  if (result.code !== 0) throw new Error(`server exited with ${result.code ?? result.signal} after SIGTERM`);
}

interface Session {
  cookie: string;
  csrf: string;
}

async function login(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 200) throw new Error(`login ${username}: HTTP ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}

async function api(base: string, s: Session, method: string, url: string, body?: unknown) {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: (text ? JSON.parse(text) : null) as Record<string, unknown> & { id: string; items: unknown[]; total: number },
  };
}

/** Durable commits against PGlite's defaults: the same single-row transactions on two on-disk databases. */
async function measureDurabilityCost(tmp: string) {
  const fast = await PGlite.create({ dataDir: path.join(tmp, 'cost-default') });
  const durableDb = await openPglite({ dataDir: path.join(tmp, 'cost-durable') });
  const durable = (durableDb.db as unknown as { $client: PGlite }).$client;
  const settings = async (c: PGlite) =>
    (await c.query<{ f: string; w: string }>(`select current_setting('fsync') f, current_setting('wal_sync_method') w`))
      .rows[0];
  const [sf, sd] = [await settings(fast), await settings(durable)];
  const loop = async (c: PGlite) => {
    await c.exec('create table if not exists cost (id serial primary key, v text not null)');
    const t0 = performance.now();
    for (let i = 0; i < COST_COMMITS; i++)
      await c.transaction((tx) => tx.query('insert into cost (v) values ($1)', [`r${i}`]));
    return performance.now() - t0;
  };
  const times: { fast: number[]; durable: number[] } = { fast: [], durable: [] };
  for (let round = 0; round < 3; round++) {
    times.fast.push(await loop(fast));
    times.durable.push(await loop(durable));
  }
  await fast.close();
  await durableDb.close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [mf, md] = [median(times.fast), median(times.durable)];
  const rate = (ms: number) => Math.round((COST_COMMITS / ms) * 1000);
  console.log(
    `durability cost (pglite, ${COST_COMMITS} single-row commits on disk, median of 3): ` +
      `default (fsync=${sf.f}) ${rate(mf)}/s, durable (fsync=${sd.f}, wal_sync_method=${sd.w}) ${rate(md)}/s, ` +
      `ratio ${(md / mf).toFixed(2)}x slower`,
  );
}

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `skillcert-crash-${kind}-`));
  const dataDir = path.join(tmp, 'data');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SKILLCERT_MODE: 'demo',
    LOG_LEVEL: 'warn',
    RATE_PER_MINUTE: '1000000',
    LOGIN_RATE_PER_MINUTE: '1000',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.NODE_OPTIONS;

  let admin: pg.Client | undefined;
  let dbName = '';
  if (usePg) {
    if (!pgUrl) throw new Error('--pg needs TEST_DATABASE_URL=postgres://… (a role that may CREATE DATABASE)');
    admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    dbName = `skillcert_crash_${randomBytes(4).toString('hex')}`;
    await admin.query(`create database ${dbName}`);
    const u = new URL(pgUrl);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
    env.PII_KEY ||= randomBytes(32).toString('hex'); // required with DATABASE_URL (server/http/pii.ts)
  } else {
    await measureDurabilityCost(tmp);
  }

  let ok = false;
  try {
    ok = await run(env);
  } finally {
    for (const c of children) killGroup(c, 'SIGKILL');
    if (admin) {
      await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
      await admin.end();
    }
    if (ok) fs.rmSync(tmp, { recursive: true, force: true });
    else console.error(`kept ${tmp} for inspection`);
  }
  clearTimeout(deadline);
  process.exit(ok ? 0 : 1);
}

async function run(env: NodeJS.ProcessEnv): Promise<boolean> {
  const port = await freePort();
  env.PORT = String(port);

  // 1. First start, and an admin session (production: one-time password, then the forced change).
  let server = await startServer(env, port);
  log(`server up at ${server.base}`);
  let password = DEMO_PASSWORD;
  if (usePg) {
    const line = server.output.find((l) => l.includes('one-time password:'));
    if (!line) throw new Error(`no one-time password printed; output:\n${server.output.join('\n')}`);
    const oneTime = line.split('one-time password:')[1].trim();
    const first = await login(server.base, 'admin', oneTime);
    password = `Crash-${randomBytes(9).toString('base64url')}`;
    const r = await api(server.base, first, 'POST', '/api/v1/auth/password', {
      currentPassword: oneTime,
      newPassword: password,
    });
    if (r.status !== 200) throw new Error(`password change: HTTP ${r.status} ${JSON.stringify(r.body)}`);
    await ensureCentre(env.DATABASE_URL!);
  }
  const session = await login(server.base, 'admin', password);

  // 2. TOTAL audited changes from CLIENTS clients; SIGKILL once KILL_AFTER are acknowledged.
  const run = randomBytes(3).toString('hex');
  const codes = Array.from({ length: TOTAL }, (_, i) => `CR${run}${String(i).padStart(4, '0')}`);
  const acknowledged = new Map<string, string>(); // code → id
  const refused: string[] = [];
  let next = 0;
  let sent = 0;
  let killedAt = -1;
  const target = server;
  async function client() {
    while (next < codes.length) {
      const code = codes[next++];
      sent++;
      try {
        const r = await api(target.base, session, 'POST', '/api/v1/colleges', { code, name: `崩溃测试学院 ${code}` });
        if (r.status === 200) {
          acknowledged.set(code, r.body.id);
          if (acknowledged.size >= KILL_AFTER && killedAt < 0) {
            killGroup(target.child, 'SIGKILL');
            killedAt = acknowledged.size;
          }
        } else refused.push(`${code}: HTTP ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      } catch {
        /* connection reset or refused: not acknowledged */
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client));
  if (killedAt < 0) killGroup(target.child, 'SIGKILL');
  const death = await target.exited;
  log(`sent ${sent}, acknowledged ${acknowledged.size}, killed with ${death.signal} after ${killedAt} acknowledged`);
  if (refused.length) console.error(`refused before the kill (HTTP errors):\n  ${refused.slice(0, 10).join('\n  ')}`);

  // 3. Restart on the same data and look for every acknowledged college and its audit row.
  server = await startServer(env, port);
  log('restarted on the same data');
  const again = await login(server.base, 'admin', password);
  const list = await api(server.base, again, 'GET', '/api/v1/colleges');
  if (list.status !== 200) throw new Error(`list colleges: HTTP ${list.status}`);
  const present = new Map<string, string>(
    (list.body.items as { code: string; id: string }[]).map((c) => [c.code, c.id]),
  );
  const lost = [...acknowledged].filter(([code, id]) => present.get(code) !== id).map(([code]) => code);
  const ours = codes.filter((c) => present.has(c));
  const inFlightCommitted = ours.length - (acknowledged.size - lost.length);
  const audit = await api(server.base, again, 'GET', '/api/v1/audit?entity=college&action=create&pageSize=1');
  const auditCreates = audit.status === 200 ? Number(audit.body.total) : -1;
  await stopServer(server);
  log('stopped cleanly');

  // 4. The audit chain, with the same environment as the server.
  const verify = spawn('npm', ['run', '--silent', 'audit:verify'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(verify);
  let verifyOut = '';
  verify.stdout!.on('data', (d: Buffer) => (verifyOut += d));
  verify.stderr!.on('data', (d: Buffer) => (verifyOut += d));
  const verifyCode = await new Promise<number | null>((resolve) => verify.on('exit', (code) => resolve(code)));
  children.delete(verify);
  const chainOk = verifyCode === 0;
  log(
    `audit:verify exit ${verifyCode}: ${verifyOut
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('npm warn'))
      .join(' | ')}`,
  );

  const problems: string[] = [];
  if (lost.length) problems.push(`${lost.length} acknowledged colleges lost: ${lost.slice(0, 10).join(', ')}`);
  if (refused.length) problems.push(`${refused.length} requests refused with an HTTP error before the kill`);
  if (killedAt < 0) problems.push(`the server was not killed mid-way (only ${acknowledged.size} acknowledged)`);
  if (auditCreates !== ours.length)
    problems.push(`audit has ${auditCreates} college creations but ${ours.length} crash-test colleges exist`);
  if (!chainOk) problems.push('audit chain broken');
  console.log(
    `crash test (${kind}): ${sent} sent, ${acknowledged.size} acknowledged, ${lost.length} lost` +
      `, ${inFlightCommitted} unacknowledged committed, audit chain ${chainOk ? 'OK' : 'BROKEN'}` +
      ` (${((performance.now() - started) / 1000).toFixed(1)}s)`,
  );
  for (const p of problems) console.error(`  FAILED: ${p}`);
  return problems.length === 0;
}

/** Production mode starts with no centre; a college needs one. Test set-up, straight into the fresh database. */
async function ensureCentre(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query('select count(*)::int as n from centres');
    if (rows[0].n === 0)
      await c.query(`insert into centres (name, short_name) values ('崩溃测试认定中心', '崩溃测试中心')`);
  } finally {
    await c.end();
  }
}

main().catch((err) => {
  console.error(`crash test (${kind}): FAILED: ${(err as Error).stack ?? err}`);
  for (const c of children) killGroup(c, 'SIGKILL');
  process.exit(1);
});
