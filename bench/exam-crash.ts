/**
 * Exam crash test (R-EXAM-02, R-EXAM-04): kill -9 while candidates sit a computer-based exam; nothing acknowledged
 * is lost, every candidate has exactly one submission, and the time lost is credited only through the proctor's
 * room extension.
 *
 *   npm run test:exam-crash                embedded database (PGlite) in a fresh temporary DATA_DIR
 *   npm run test:exam-crash -- --pg        PostgreSQL: a throwaway cluster of its own (initdb/pg_ctl, as user
 *                                          postgres when run as root), so that killing it hurts no other cluster
 *   options: --n 500 (candidates)  --kills 20 (kill -9 of the app)
 *
 * Set-up: the demo is loaded into a fresh database and N candidates of a computer-based sitting running now are
 * made by bench/exam-fixture.ts (real published forms); the real server (server/main.ts) starts as a child in its
 * own process group; every candidate (bench/exam-client.ts) logs in, preloads its form and unlocks it, then changes
 * an answer every 4–12 s, each change queued and its save retried across failures (connection refused or reset,
 * 5xx) with the same sequence, and records every acknowledged answer.
 *
 * The crashes: KILLS times, 1–4 s after the service answered again, the app gets SIGKILL and is restarted on the
 * same data; on PostgreSQL every third cycle also kills the postmaster and its backends with SIGKILL and restarts
 * the cluster (crash recovery). The downtime (kill → a candidate's request answered again) is summed; as a proctor
 * would, the centre's exam admin (kaowu) credits it through the room extension (POST /api/v1/exams/rooms/:sittingId/
 * :roomId/extensions) of every room: whole minutes as they accrue, the rest rounded up after the last outage.
 * The last kill hits the end: candidates stop answering 25 s before the deadline, 90% submit in the last 20 s (their
 * submits replayed across the kill), the server's auto-submit takes the other 10% at deadline + grace.
 *
 * The checks, from the database (after a clean stop): every acknowledged answer is stored (stored seq ≥ acked seq,
 * an equal seq with the equal value); every attempt is submitted once, with a receipt, the receipt each candidate
 * was given, and a replayed submit returns that same receipt; every attempt's deadline = the sitting's end +
 * exactly the credited minutes (no pause, no candidate extension, nothing else moved it); the extension incidents
 * are approved and sum to the credit; the server never died by itself; the audit chain verifies.
 * Only loopback traffic; every loop is bounded; a hard deadline kills every child (and the cluster) on the way out.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Db } from '../server/db/client.js';
import { DEMO_PASSWORD } from '../server/seed.js';
import {
  buildExamFixture,
  openBenchDatabase,
  readOutcome,
  setExamSettings,
  setSittingTimes,
  type ExamFixture,
} from './exam-fixture.js';
import { checkOutcome, ExamHttp, ExamRequestError, SimCandidate, Stats } from './exam-client.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const N = arg('n', 500);
const KILLS = arg('kills', 20);
const usePg = process.argv.includes('--pg');
const kind = usePg ? 'postgres' : 'pglite';
/** On PostgreSQL, every PG_EVERY-th cycle kills the database server too. */
const PG_EVERY = 3;
/** R-EXAM-02: saves and submissions accepted until deadline + grace (short here; the setting's minimum is 10 s). */
const GRACE_S = 30;
/** The share of candidates who submit themselves; the server's auto-submit takes the rest. */
const SUBMIT_SHARE = 0.9;
const HARD_DEADLINE_MS = 20 * 60_000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = performance.now();
const children = new Set<ChildProcess>();
const secs = () => ((performance.now() - started) / 1000).toFixed(1);
const log = (msg: string) => console.log(`[exam-crash ${kind} ${secs()}s] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const between = (lo: number, hi: number) => lo + Math.random() * (hi - lo);
let cluster: PgCluster | null = null;

function cleanupAndExit(code: number): never {
  for (const c of children) killGroup(c, 'SIGKILL');
  cluster?.stopNow();
  process.exit(code);
}

const hardDeadline = setTimeout(() => {
  console.error(`exam crash test (${kind}): FAILED: still running after ${HARD_DEADLINE_MS / 1000}s`);
  cleanupAndExit(1);
}, HARD_DEADLINE_MS);
hardDeadline.unref();
for (const sig of ['SIGINT', 'SIGTERM'] as const)
  process.on(sig, () => {
    console.error(`exam crash test (${kind}): interrupted (${sig})`);
    cleanupAndExit(1);
  });

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

// ── The app server ─────────────────────────────────────────────────────────────────────────────────────────────

interface Server {
  child: ChildProcess;
  base: string;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Set when the harness killed it on purpose. */
  killed: boolean;
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
  const until = performance.now() + 300_000;
  while (!gone && performance.now() < until) {
    try {
      // Long enough for a server whose first minute is spent on every candidate's queued save
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(20_000) });
      if (res.ok) return { child, base, output, exited, killed: false };
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  killGroup(child, 'SIGKILL');
  throw new Error(`server did not become healthy; its last output:\n${output.slice(-40).join('\n')}`);
}

async function stopServer(s: Server) {
  s.killed = true;
  killGroup(s.child, 'SIGTERM');
  const result = await Promise.race([s.exited, sleep(30_000).then(() => null)]);
  if (!result) {
    killGroup(s.child, 'SIGKILL');
    await s.exited;
    throw new Error('server did not stop within 30 s of SIGTERM');
  }
  if (result.code !== 0) throw new Error(`server exited with ${result.code ?? result.signal} after SIGTERM`);
}

// ── A throwaway PostgreSQL cluster of our own ─────────────────────────────────────────────────────────────────

function pgBin(): string {
  if (process.env.PGBIN) return process.env.PGBIN;
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => /^\d+$/.test(v)) : [];
  if (!versions.length) throw new Error('--pg needs PostgreSQL installed (initdb, pg_ctl; or set PGBIN)');
  return path.join(base, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/** Parent pid and process group of a process, from /proc (null when it is gone). */
function procStat(pid: number): { ppid: number; pgid: number } | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), pgid: Number(fields[2]) };
  } catch {
    return null;
  }
}

function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    if (procStat(Number(d))?.ppid === pid) out.push(Number(d));
  }
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A PostgreSQL cluster in a temporary directory, run as user postgres when we are root (CI), else as ourselves.
 * `kill9` is a crash of the database server: SIGKILL to the postmaster and every backend at once.
 */
class PgCluster {
  readonly data: string;
  private readonly bin = pgBin();
  private readonly asPg = process.getuid?.() === 0;
  constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    this.data = path.join(dir, 'data');
  }

  private run(args: string[], what: string) {
    const cmd = this.asPg ? ['runuser', '-u', 'postgres', '--', ...args] : args;
    const r = spawnSync(cmd[0], cmd.slice(1), { cwd: '/', encoding: 'utf8', timeout: 120_000 });
    if (r.status !== 0) throw new Error(`${what} failed (${r.status ?? r.signal}): ${r.stdout}${r.stderr}`);
  }

  init() {
    if (this.asPg) {
      const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
      fs.chownSync(this.dir, id('-u'), id('-g'));
    }
    fs.chmodSync(this.dir, 0o700);
    this.run(
      [`${this.bin}/initdb`, '-D', this.data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
      'initdb',
    );
  }

  /** Starts the cluster (after a crash: crash recovery); retried while the killed server's remains go away. */
  async start() {
    let last: Error | null = null;
    for (let i = 0; i < 5; i++) {
      try {
        this.run(
          [
            `${this.bin}/pg_ctl`,
            '-D',
            this.data,
            '-l',
            path.join(this.dir, 'server.log'),
            '-w',
            '-t',
            '90',
            '-o',
            `-c listen_addresses=127.0.0.1 -p ${this.port} -k ${this.dir} -c max_connections=60`,
            'start',
          ],
          'pg_ctl start',
        );
        return;
      } catch (err) {
        last = err as Error;
        await sleep(1_000);
      }
    }
    throw last!;
  }

  private postmasterPid(): number | null {
    try {
      const pid = Number(fs.readFileSync(path.join(this.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      return pid && alive(pid) ? pid : null;
    } catch {
      return null;
    }
  }

  /** SIGKILL to the postmaster and all its backends (its process group when it has one of its own). */
  async kill9() {
    const pm = this.postmasterPid();
    if (!pm) throw new Error('PostgreSQL is not running');
    const victims = [pm, ...childPids(pm)];
    const pgid = procStat(pm)?.pgid;
    if (pgid && pgid !== process.pid && pgid !== procStat(process.pid)?.pgid) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    for (const pid of victims) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    for (let i = 0; i < 100 && victims.some(alive); i++) await sleep(50);
  }

  /** Immediate stop, synchronous (also from the hard deadline). */
  stopNow() {
    try {
      this.run([`${this.bin}/pg_ctl`, '-D', this.data, '-m', 'immediate', '-w', 'stop'], 'pg_ctl stop');
    } catch {
      /* not running */
    }
  }
}

// ── The centre's exam admin (the proctor's room extension) ───────────────────────────────────────────────────

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

async function post(base: string, s: Session, url: string, body: unknown) {
  const res = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(120_000),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

// ── The run ───────────────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `skillcert-exam-crash-${kind}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    DATA_DIR: path.join(tmp, 'data'),
    SKILLCERT_MODE: 'demo',
    LOG_LEVEL: 'warn',
    RATE_PER_MINUTE: '100000000',
    LOGIN_RATE_PER_MINUTE: '100000000',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.NODE_OPTIONS;
  if (usePg) {
    // Its own temporary directory: the server's (mode 700, ours) is not one user postgres may enter.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-exam-crash-pg-'));
    cluster = new PgCluster(dir, await freePort());
    cluster.init();
    await cluster.start();
    env.DATABASE_URL = `postgres://postgres@127.0.0.1:${cluster.port}/postgres`;
    env.PII_KEY = randomBytes(32).toString('hex'); // required with DATABASE_URL (server/http/pii.ts)
    log(`own PostgreSQL cluster on port ${cluster.port}`);
  }

  let ok = false;
  try {
    ok = await run(env);
  } finally {
    for (const c of children) killGroup(c, 'SIGKILL');
    cluster?.stopNow();
    if (ok) {
      fs.rmSync(tmp, { recursive: true, force: true });
      if (cluster) fs.rmSync(cluster.dir, { recursive: true, force: true });
    } else console.error(`kept ${tmp}${cluster ? ` and ${cluster.dir}` : ''} for inspection`);
  }
  clearTimeout(hardDeadline);
  process.exit(ok ? 0 : 1);
}

async function run(env: NodeJS.ProcessEnv): Promise<boolean> {
  const problems: string[] = [];

  // 1. The demo and N candidates of a sitting that started a minute ago.
  let fx: ExamFixture;
  let endsAt: Date;
  {
    const { database, pii } = await openBenchDatabase({
      DATA_DIR: env.DATA_DIR!,
      DATABASE_URL: env.DATABASE_URL,
      PII_KEY: env.PII_KEY,
    });
    try {
      // An hour for the set-up; the end is set once every candidate has started (step 2).
      const startsAt = new Date(Date.now() - 60_000);
      endsAt = new Date(Date.now() + 3_600_000);
      fx = await buildExamFixture(database, pii, N, { startsAt, endsAt });
      await seatCandidates(database.db, fx.sittingId);
      // Submitting before the deadline is allowed here (R-EXAM-01's rule has its own tests): the submit burst
      // then comes before the deadline, and a slow restart in it still ends inside the grace.
      await setExamSettings(database.db, {
        graceSeconds: GRACE_S,
        earlyFinishAllowed: true,
        earlyFinishAfterMinutes: 0,
      });
    } finally {
      await database.close();
    }
  }
  log(`demo and fixture: ${N} candidates in ${fx.rooms.length} rooms of sitting ${fx.sittingId}`);

  const port = await freePort();
  env.PORT = String(port);
  let t0 = performance.now();
  let server = await startServer(env, port);
  const startMs = performance.now() - t0;
  let unexpectedExits = 0;
  const watch = (s: Server) =>
    void s.exited.then((r) => {
      if (!s.killed) {
        unexpectedExits++;
        log(`server died by itself (${r.code ?? r.signal}); its last output:\n${s.output.slice(-30).join('\n')}`);
      }
    });
  watch(server);
  log(`server up at ${server.base}`);
  const admin = await login(server.base, 'kaowu', DEMO_PASSWORD);

  // 2. Every candidate logs in, preloads and unlocks (50 at a time), then answers.
  const stats = new Stats();
  const http = new ExamHttp(server.base, { maxSockets: 256 });
  // Set-up requests give up after 60 s (a misconfiguration shows at once); once working, retries last the run.
  const clientOpts = { retryForMs: 60_000, retryPauseMs: 750 };
  const cands = fx.candidates.map((c) => new SimCandidate(http, c, stats, clientOpts));
  // A request that failed for good: a failure, unless it is a save or submit refused (409) after deadline + grace,
  // when a slow restart at the end kept the candidate out (nothing of it was acknowledged; auto-submit takes over).
  const fatal: string[] = [];
  let lateRefusals = 0;
  const noteFatal = (c: SimCandidate, what: string, err: unknown) => {
    if (err instanceof ExamRequestError && err.status === 409 && Date.now() > deadline + GRACE_S * 1000) {
      lateRefusals++;
      return;
    }
    if (fatal.length < 20) fatal.push(`${c.c.ticket} ${what}: ${(err as Error).message}`);
  };
  {
    let next = 0;
    let done = 0;
    const progress = setInterval(
      () => log(`set-up: ${done} of ${N} candidates started; ${retriedSoFar(stats)}`),
      15_000,
    );
    try {
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          while (next < cands.length) {
            const c = cands[next++];
            await c.login();
            await c.preload();
            await c.start();
            done++;
          }
        }),
      );
    } finally {
      clearInterval(progress);
    }
  }
  log(`${N} candidates logged in and started`);
  clientOpts.retryForMs = 600_000;

  // The sitting's end, set while the server is stopped, before anyone answers: room for a start-up, the kills'
  // uptime (their downtime is credited as it accrues) and the end. From here on only room extensions move it.
  await stopServer(server);
  {
    const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR! });
    try {
      endsAt = new Date(Date.now() + 1.5 * startMs + (KILLS * 5 + 60) * 1000);
      await setSittingTimes(database.db, fx.sittingId, fx.startsAt, endsAt);
    } finally {
      await database.close();
    }
  }
  t0 = performance.now();
  server = await startServer(env, port);
  watch(server);
  log(
    `the sitting ends at ${endsAt.toISOString()}; server restarted in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  let deadline = endsAt.getTime();
  let stopAnswering = false;
  const answering = cands.map(async (c) => {
    while (!stopAnswering) {
      await sleep(between(4_000, 12_000));
      if (stopAnswering) break;
      const a = c.randomAnswer();
      c.change(a.itemNo, a.value);
      c.flush().catch((err) => noteFatal(c, 'save', err));
    }
  });

  // 3. The kills. Downtime: from the kill to the first candidate request answered again.
  let appKills = 0;
  let pgKills = 0;
  let downtimeMs = 0;
  let creditedMin = 0;
  let extensionCalls = 0;
  const outages: number[] = [];
  // The service is back when a candidate's clock is answered from the database again (a different candidate
  // each time, so that no candidate's rate limit is spent).
  const probeHttp = new ExamHttp(server.base, { maxSockets: 4 });
  async function waitServing() {
    const since = performance.now();
    let told = since;
    while (performance.now() - since < 300_000) {
      const token = cands[Math.floor(Math.random() * cands.length)].token!;
      const r = await probeHttp
        .request('GET', '/api/v1/exam/clock', undefined, { 'x-exam-token': token }, 30_000)
        .catch(() => null);
      if (r?.status === 200) return;
      if (performance.now() - told > 30_000) {
        told = performance.now();
        log(`  the service is not back yet (${((told - since) / 1000).toFixed(0)} s); ${retriedSoFar(stats)}`);
      }
      await sleep(100);
    }
    throw new Error('the service did not come back within 300 s');
  }
  async function extend(minutes: number, why: string) {
    if (minutes <= 0) return;
    for (const r of fx.rooms) {
      const res = await post(server.base, admin, `/api/v1/exams/rooms/${fx.sittingId}/${r.roomId}/extensions`, {
        minutes,
        kind: 'equipment_failure',
        reason: `考试服务中断，${why}，全场顺延 ${minutes} 分钟（崩溃测试）`,
      });
      if (res.status !== 200)
        throw new Error(`room extension ${r.name}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    }
    extensionCalls++;
    creditedMin += minutes;
    deadline = endsAt.getTime() + creditedMin * 60_000;
    log(
      `credited ${minutes} min to every room (total ${creditedMin} min for ${(downtimeMs / 1000).toFixed(1)} s down)`,
    );
  }
  async function crash(target: 'app' | 'pg') {
    const t0 = performance.now();
    if (target === 'app') {
      server.killed = true;
      killGroup(server.child, 'SIGKILL');
      await server.exited;
      appKills++;
      server = await startServer(env, port);
      watch(server);
    } else {
      await cluster!.kill9();
      pgKills++;
      await cluster!.start();
    }
    await waitServing();
    const ms = performance.now() - t0;
    outages.push(ms);
    downtimeMs += ms;
    log(
      `kill ${appKills + pgKills} (${target === 'app' ? 'app' : 'PostgreSQL'}): serving again after ${(ms / 1000).toFixed(1)} s`,
    );
  }
  const uncreditedMs = () => downtimeMs - creditedMin * 60_000;

  // At least KILLS − 1 cycles (the last kill comes at the end), more while over 90 s remain.
  let cycle = 0;
  while (appKills < KILLS - 1 || deadline - Date.now() > 90_000) {
    await sleep(between(1_000, 4_000));
    cycle++;
    await crash('app');
    if (usePg && cycle % PG_EVERY === 0) {
      await sleep(between(1_000, 4_000));
      await crash('pg');
    }
    // A proctor extends for each whole minute lost as it accrues; the rest after the last outage.
    if (uncreditedMs() >= 60_000) await extend(Math.floor(uncreditedMs() / 60_000), '应用服务多次重启');
    if (deadline - Date.now() < 45_000) {
      if (uncreditedMs() > 0) await extend(Math.ceil(uncreditedMs() / 60_000), '应用服务多次重启');
      if (deadline - Date.now() < 45_000) {
        problems.push(`the exam window ran out after ${appKills} app kills (restarts too slow?)`);
        break;
      }
    }
  }
  if (uncreditedMs() > 0) await extend(Math.ceil(uncreditedMs() / 60_000), '应用服务重启');
  log(
    `${appKills} app kills${usePg ? `, ${pgKills} PostgreSQL kills` : ''}; ${extensionCalls} room extensions; ` +
      `outages ${(Math.min(...outages) / 1000).toFixed(1)}–${(Math.max(...outages) / 1000).toFixed(1)} s; ` +
      `deadline in ${((deadline - Date.now()) / 1000).toFixed(0)} s`,
  );

  // 4. The end: answering stops 25 s before the deadline, 90% submit in the last 20 s across one more kill.
  await sleep(Math.max(0, deadline - 25_000 - Date.now()));
  stopAnswering = true;
  await Promise.all(answering);
  const submitters = cands.filter((_, i) => i % 10 < SUBMIT_SHARE * 10);
  const submitting = submitters.map(async (c) => {
    await sleep(between(0, 12_000));
    await c.flush().catch((err) => noteFatal(c, 'save', err));
    await c.submit().catch((err) => noteFatal(c, 'submit', err));
  });
  await sleep(Math.max(0, deadline - 15_000 - Date.now()));
  await crash('app'); // not credited: by now every candidate has stopped answering
  log(`last kill during the submissions (${appKills} app kills in all)`);
  await Promise.all(submitting);
  await Promise.all(cands.map((c) => c.flush().catch((err) => noteFatal(c, 'save', err))));
  const selfSubmitted = submitters.filter((c) => c.submitted).length;
  log(`${selfSubmitted} candidates submitted themselves; waiting for the auto-submit of the rest`);

  // 5. The rest are submitted by the server at deadline + grace; each candidate sees its receipt on resume.
  const autoUntil = deadline + GRACE_S * 1000 + 60_000;
  await Promise.all(
    cands
      .filter((c) => !c.receipt)
      .map(async (c) => {
        await sleep(Math.max(0, deadline + GRACE_S * 1000 - Date.now()));
        while (Date.now() < autoUntil) {
          const r = await c.resume('resume').catch(() => null);
          if (r?.receipt) {
            c.receipt = r.receipt;
            return;
          }
          await sleep(1_000);
        }
      }),
  );
  // A replayed submit (the same client key) returns the same receipt.
  const replayMismatch: string[] = [];
  await Promise.all(
    cands.map(async (c) => {
      try {
        const r = await c.submit('replay');
        if (r.receipt !== c.receipt) replayMismatch.push(`${c.c.ticket}: replay ${r.receipt} ≠ ${c.receipt}`);
      } catch (err) {
        replayMismatch.push(`${c.c.ticket}: replay refused: ${(err as Error).message}`);
      }
    }),
  );
  http.close();
  probeHttp.close();
  await stopServer(server);
  log('server stopped cleanly');

  // 6. The checks, from the database.
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR! });
  let outcome: Awaited<ReturnType<typeof readOutcome>>;
  let clock: Awaited<ReturnType<typeof readClockFacts>>;
  try {
    outcome = await readOutcome(database.db, fx.sittingId);
    clock = await readClockFacts(database.db, fx.sittingId, creditedMin);
  } finally {
    await database.close();
  }
  const result = checkOutcome(cands, outcome);
  const submissions = outcome.attempts.filter((a) => a.state === 'submitted' && a.receipt).length;
  const chainOk = auditVerify(env);

  if (result.lost.length)
    problems.push(`${result.lost.length} acknowledged answers lost:\n    ${result.lost.slice(0, 10).join('\n    ')}`);
  if (result.notSubmitted.length)
    problems.push(`${result.notSubmitted.length} not submitted: ${result.notSubmitted.slice(0, 10).join('; ')}`);
  if (result.receiptMismatch.length)
    problems.push(`receipts differ: ${result.receiptMismatch.slice(0, 10).join('; ')}`);
  if (replayMismatch.length) problems.push(`replayed submits: ${replayMismatch.slice(0, 10).join('; ')}`);
  if (cands.some((c) => !c.receipt))
    problems.push(`${cands.filter((c) => !c.receipt).length} candidates saw no receipt`);
  if (fatal.length) problems.push(`requests that failed for good:\n    ${fatal.join('\n    ')}`);
  if (appKills < KILLS) problems.push(`only ${appKills} app kills (wanted ${KILLS})`);
  if (usePg && pgKills < 1) problems.push('PostgreSQL was never killed');
  if (unexpectedExits) problems.push(`the server died by itself ${unexpectedExits} times`);
  if (creditedMin * 60_000 < downtimeMs - outages[outages.length - 1])
    problems.push(`credited ${creditedMin} min for ${(downtimeMs / 1000).toFixed(1)} s down`);
  problems.push(...clock.problems);
  if (!chainOk) problems.push('audit chain broken');
  log(`requests ${retriedSoFar(stats)}; refused after deadline + grace: ${lateRefusals}`);

  const kinds = [...result.kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  const kills = usePg ? `${appKills + pgKills} kills (${appKills} app, ${pgKills} PostgreSQL)` : `${appKills} kills`;
  console.log(
    `exam crash test (${kind}): ${kills}, ${N} candidates, ${result.acked} acknowledged answers, ` +
      `${result.lost.length} lost, ${submissions} submissions (${kinds}), ` +
      `${(downtimeMs / 1000).toFixed(0)} s down credited as ${creditedMin} min room extension, ` +
      `audit chain ${chainOk ? 'OK' : 'BROKEN'} (${secs()}s)`,
  );
  for (const p of problems) console.error(`  FAILED: ${p}`);
  if (problems.length) console.error(`server's last output:\n${server.output.slice(-30).join('\n')}`);
  return problems.length === 0;
}

/**
 * The fixture's candidates as published seats (in the demo's published arrangement run), as a real computer-based
 * sitting has them: the exam-day services (the room extension among them) know a room by its seats.
 */
async function seatCandidates(db: Db, sittingId: string) {
  await db.execute(sql`
    insert into arrangement_seats (run_id, application_id, sitting_id, room_id, seat_no, ticket_number)
    select (select id from arrangement_runs where status = 'published' order by created_at limit 1),
           a.application_id, a.sitting_id, r.room_id, a.seat_no, a.ticket_number
      from exam_attempts a join exam_room_sessions r on r.id = a.room_session_id
     where a.sitting_id = ${sittingId}`);
}

/** How many requests of each phase were retried (network errors, 5xx, 429). */
function retriedSoFar(stats: Stats) {
  const parts = stats
    .all()
    .filter((p) => p.retried)
    .map((p) => `${p.name} ${p.retried}`);
  return `retried: ${parts.join(', ') || 'none'}`;
}

/**
 * R-EXAM-04: every attempt's deadline is the sitting's end plus exactly the credited minutes: the room sessions
 * carry the credit and nothing else (no pause, no candidate extension), and the approved extension incidents sum
 * to it in every room.
 */
async function readClockFacts(db: Db, sittingId: string, creditedMin: number) {
  const problems: string[] = [];
  const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));
  const [moved] = await q<{ n: number; bad: number; ext: number }>(sql`
    select count(*)::int n,
           count(*) filter (where a.deadline_at <> s.ends_at + make_interval(mins => ${creditedMin}))::int bad,
           count(*) filter (where a.extension_seconds <> 0)::int ext
      from exam_attempts a join exam_sittings s on s.sitting_id = a.sitting_id
     where a.sitting_id = ${sittingId}`);
  if (moved.bad) problems.push(`${moved.bad} of ${moved.n} deadlines are not the sitting's end + ${creditedMin} min`);
  if (moved.ext) problems.push(`${moved.ext} attempts carry a candidate extension`);
  const rooms = await q<{ id: string; extension_seconds: number; paused_seconds: number; credit: number | null }>(sql`
    select r.id, r.extension_seconds, r.paused_seconds,
           (select sum(i.credit_minutes)::int from exam_incidents i
             where i.sitting_id = r.sitting_id and i.room_id = r.room_id
               and i.credit_scope = 'room' and i.credit_state = 'approved') credit
      from exam_room_sessions r where r.sitting_id = ${sittingId}`);
  for (const r of rooms) {
    if (r.extension_seconds !== creditedMin * 60 || r.paused_seconds !== 0 || (r.credit ?? 0) !== creditedMin) {
      problems.push(
        `room session ${r.id}: extension ${r.extension_seconds} s, paused ${r.paused_seconds} s, ` +
          `approved credit ${r.credit ?? 0} min (expected ${creditedMin} min)`,
      );
      break;
    }
  }
  return { problems };
}

/** `npm run audit:verify` with the server's environment. */
function auditVerify(env: NodeJS.ProcessEnv): boolean {
  const r = spawnSync('npm', ['run', '--silent', 'audit:verify'], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const out = `${r.stdout}${r.stderr}`
    .trim()
    .split('\n')
    .filter((l) => l && !l.startsWith('npm warn'));
  log(`audit:verify exit ${r.status}: ${out.slice(-3).join(' | ')}`);
  return r.status === 0;
}

main().catch((err) => {
  console.error(`exam crash test (${kind}): FAILED: ${(err as Error).stack ?? err}`);
  cleanupAndExit(1);
});
