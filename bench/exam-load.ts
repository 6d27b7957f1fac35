/**
 * Computer-based exam load bench (R-EXAM-02): N simulated candidates through every phase of a shortened exam.
 *
 *   npm run bench:exam                       embedded database (PGlite), one app process, 5,000 candidates
 *   npm run bench:exam -- --n 2000           fewer candidates
 *   npm run bench:exam -- --pg               PostgreSQL with TWO app processes (TEST_DATABASE_URL if set, else a
 *                                            throwaway cluster made with initdb/pg_ctl as user postgres)
 *   npm run bench:exam -- --find             steps N (1,000 at a time) to the largest N that meets every goal
 *   options: --preload S (60) --exam S (150) --jitter S (2) --sockets K (512 per server) --tput S (8)
 *
 * On a fresh database (migrated and demo-seeded in this process, as server/main.ts does in demo mode) it makes N
 * candidates of a computer-based sitting with real published forms (bench/exam-fixture.ts), starts the real server
 * (server/main.ts) as child process(es), and plays (bench/exam-client.ts):
 *   1. throughput: closed-loop saves from 64 connections against the real save route and against a bare Fastify
 *      POST route in a child process, with the same generator; prints the ratio;
 *   2. preload: every candidate logs in (ticket, ID number, room code) and fetches its encrypted form, spread over
 *      the preload time;
 *   3. the synchronized start: every candidate unlocks at the sitting's start (+ up to --jitter s of clock spread);
 *   4. answering: each candidate changes an answer every ~10 s on average (exponential gaps), sent at once;
 *   5. the end burst: in the last 10 s each candidate's last saves, and 90% submit; the other 10% are left to the
 *      server's auto-submit at end + grace (grace set to its minimum, 10 s).
 * Then it prints per phase p50/p99/max and errors, stops the servers and checks FROM THE DATABASE that 0 acknowledged
 * answers were lost (stored seq ≥ acked seq, an equal seq has the equal value) and every candidate has exactly one
 * submission. Goals (issue 12): 0 errors, 0 lost, start p99 ≤ 2 s, every unlock within 10 s, save p99 ≤ 250 ms,
 * every submit receipt ≤ 10 s. Exit code 0 when every goal is met. Bounded: a global deadline; children are killed
 * on exit. Only loopback traffic.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  buildExamFixture,
  openBenchDatabase,
  readOutcome,
  setExamSettings,
  setSittingTimes,
  type BenchEnv,
} from './exam-fixture.js';
import { checkOutcome, ExamHttp, PhaseStats, SimCandidate, Stats } from './exam-client.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const opt = (name: string, dflt: number) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : dflt;
};

const usePg = flag('pg');
const kind = usePg ? 'postgres' : 'pglite';
const DEADLINE_MS = opt('deadline-min', usePg || flag('find') ? 60 : 30) * 60_000;
const PRELOAD_S = opt('preload', 60);
const EXAM_S = opt('exam', 150);
const JITTER_S = opt('jitter', 2);
const SOCKETS = opt('sockets', 512);
const TPUT_S = opt('tput', 8);
const TPUT_CLIENTS = 64;
const GRACE_S = 10;
const MEAN_GAP_S = 10;
const END_WINDOW_S = 10;
const AUTO_SHARE = 0.1;

const t0 = performance.now();
const children = new Set<ChildProcess>();
const log = (msg: string) => console.log(`[exam ${kind} ${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sleepUntil = (at: number) => sleep(Math.max(0, at - Date.now()));

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

let pgCluster: { dir: string; port: number } | null = null;
function cleanup() {
  for (const c of children) killGroup(c, 'SIGKILL');
  if (pgCluster) {
    spawnSync(
      'runuser',
      ['-u', 'postgres', '--', PGBIN + '/pg_ctl', '-D', pgCluster.dir + '/data', '-m', 'immediate', 'stop'],
      {
        cwd: '/',
        stdio: 'ignore',
      },
    );
    fs.rmSync(pgCluster.dir, { recursive: true, force: true });
    pgCluster = null;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux /proc), 0 when unknown. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
  } catch {
    return 0;
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

interface Server {
  child: ChildProcess;
  base: string;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a child in its own process group and waits until `healthPath` answers (or it dies). */
async function startChild(
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  healthPath: string | null,
): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
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
  let gone = false;
  void exited.then(() => (gone = true));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (gone) break;
    try {
      const res = await fetch(`${base}${healthPath ?? '/'}`, { signal: AbortSignal.timeout(2_000) });
      if (healthPath === null || res.ok) return { child, base, output, exited };
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  killGroup(child, 'SIGKILL');
  throw new Error(`${args.join(' ')} did not come up; its last output:\n${output.slice(-40).join('\n')}`);
}

async function stopChild(s: Server) {
  killGroup(s.child, 'SIGTERM');
  const r = await Promise.race([s.exited, sleep(30_000).then(() => null)]);
  if (!r) {
    killGroup(s.child, 'SIGKILL');
    await s.exited;
  }
}

const PGBIN = '/usr/lib/postgresql/15/bin';

/** A throwaway PostgreSQL 15 cluster owned by user postgres (like .ci/run's start_postgres); returns its URL. */
async function startCluster(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-exam-pg-'));
  fs.chownSync(
    dir,
    Number(spawnSync('id', ['-u', 'postgres']).stdout.toString().trim()),
    Number(spawnSync('id', ['-g', 'postgres']).stdout.toString().trim()),
  );
  fs.chmodSync(dir, 0o700);
  const port = await freePort();
  pgCluster = { dir, port };
  const run = (args: string[]) => {
    const r = spawnSync('runuser', ['-u', 'postgres', '--', ...args], { cwd: '/', encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args[0]} failed: ${r.stdout}\n${r.stderr}`);
  };
  run([`${PGBIN}/initdb`, '-D', `${dir}/data`, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run([
    `${PGBIN}/pg_ctl`,
    '-D',
    `${dir}/data`,
    '-l',
    `${dir}/server.log`,
    '-w',
    '-t',
    '60',
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=200`,
    'start',
  ]);
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

interface Result {
  n: number;
  ok: boolean;
  lines: string[];
  failures: string[];
}

const fmt = (ms: number) =>
  Number.isNaN(ms) ? '—' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;

function merged(name: string, parts: PhaseStats[]) {
  const m = new PhaseStats(name);
  for (const p of parts) {
    m.ms.push(...p.ms);
    m.errors += p.errors;
    m.retried += p.retried;
  }
  return m;
}

/** One run with N candidates on a fresh database. */
async function runOnce(n: number, adminUrl: string | null): Promise<Result> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `skillcert-exam-${kind}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    DATA_DIR: path.join(tmp, 'data'),
    SKILLCERT_MODE: 'demo',
    LOG_LEVEL: 'warn',
    // every simulated candidate comes from 127.0.0.1: the per-address limits would see one huge room
    RATE_PER_MINUTE: '100000000',
    LOGIN_RATE_PER_MINUTE: '100000000',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.NODE_OPTIONS;
  let dbName = '';
  let admin: pg.Client | null = null;
  if (adminUrl) {
    admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    dbName = `skillcert_exam_${randomBytes(4).toString('hex')}`;
    await admin.query(`create database ${dbName}`);
    const u = new URL(adminUrl);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
    env.PII_KEY = randomBytes(32).toString('hex');
  }
  const servers: Server[] = [];
  const bares: Server[] = [];
  const https: ExamHttp[] = [];
  try {
    // 1. The database, the demo and the fixtures.
    const benchEnv: BenchEnv = { DATA_DIR: env.DATA_DIR!, DATABASE_URL: env.DATABASE_URL, PII_KEY: env.PII_KEY };
    const { database, pii } = await openBenchDatabase(benchEnv);
    log(`database migrated and demo-seeded`);
    await setExamSettings(database.db, { graceSeconds: GRACE_S, earlyFinishAllowed: true, earlyFinishAfterMinutes: 0 });
    const now = Date.now();
    const tput = await buildExamFixture(database, pii, TPUT_CLIENTS, {
      startsAt: new Date(now - 60_000),
      endsAt: new Date(now + 3 * 3_600_000),
      series: 1,
    });
    let tf = performance.now();
    const fx = await buildExamFixture(database, pii, n, {
      startsAt: new Date(now + 3_600_000),
      endsAt: new Date(now + 3_600_000 + EXAM_S * 1000),
      series: 2,
    });
    log(
      `fixture: ${n} candidates in ${fx.rooms.length} rooms, ${fx.paperIds.length} published forms, in ${fmt(performance.now() - tf)}`,
    );
    // The main sitting starts after the servers are up, the throughput phase and the preload. The embedded data
    // directory is the server's alone once it runs, so there the start is set now with a generous allowance for the
    // server's start (the preload then spreads over whatever time is left); on PostgreSQL it is set once they are up.
    const appCount = usePg ? 2 : 1;
    let startsAt = new Date(Date.now() + (150 + 2 * TPUT_S + 20 + PRELOAD_S) * 1000);
    let endsAt = new Date(startsAt.getTime() + EXAM_S * 1000);
    await setSittingTimes(database.db, fx.sittingId, startsAt, endsAt);
    await database.close();

    // 2. The servers: the app (two processes on PostgreSQL: the first, then the second) and the bare endpoint(s).
    tf = performance.now();
    for (let i = 0; i < appCount; i++) {
      const port = await freePort();
      servers.push(await startChild(['server/main.ts'], { ...env, PORT: String(port) }, port, '/api/health'));
    }
    for (let i = 0; i < appCount; i++) {
      const port = await freePort();
      bares.push(await startChild(['bench/exam-load.ts', '--bare-server', String(port)], env, port, null));
    }
    log(`${appCount} app process(es) and ${appCount} bare endpoint(s) up in ${fmt(performance.now() - tf)}`);
    const appHttp = servers.map((s) => new ExamHttp(s.base, { maxSockets: SOCKETS }));
    https.push(...appHttp);
    const lag = monitorEventLoopDelay({ resolution: 10 });

    // 3. Throughput of saves: the real route against the bare one, closed loop, same generator.
    const tputStats = new Stats();
    const tputCands = tput.candidates.map((c, i) => new SimCandidate(appHttp[i % appCount], c, tputStats));
    await Promise.all(
      tputCands.map(
        async (c) => (await c.login('tput-login'), await c.preload('tput-paper'), await c.start('tput-start')),
      ),
    );
    const closedLoop = async (cands: SimCandidate[], phase: string) => {
      const stop = Date.now() + TPUT_S * 1000;
      let done = 0;
      await Promise.all(
        cands.map(async (c) => {
          while (Date.now() < stop) {
            const a = c.randomAnswer();
            c.change(a.itemNo, a.value);
            await c.flush(phase).catch(() => {});
            done++;
          }
        }),
      );
      return done / TPUT_S;
    };
    const bareHttp = bares.map((b) => new ExamHttp(b.base, { maxSockets: SOCKETS }));
    https.push(...bareHttp);
    const bareCands = tput.candidates.map((c, i) => new SimCandidate(bareHttp[i % appCount], c, tputStats));
    for (const c of bareCands) c.token = 'bare';
    await closedLoop(bareCands, 'tput-warm');
    const bareRate = await closedLoop(bareCands, 'tput-bare');
    const realRate = await closedLoop(tputCands, 'tput-save');
    const tb = tputStats.phase('tput-bare');
    const ts = tputStats.phase('tput-save');
    log(
      `save throughput: ${realRate.toFixed(0)}/s (p99 ${fmt(ts.quantile(0.99))}) against the bare Fastify endpoint ${bareRate.toFixed(0)}/s ` +
        `(p99 ${fmt(tb.quantile(0.99))}): ratio ${(realRate / bareRate).toFixed(2)} (${TPUT_CLIENTS} connections, ${TPUT_S} s each)`,
    );
    for (const b of bares) await stopChild(b);
    bares.length = 0;
    if (usePg) {
      startsAt = new Date(Date.now() + (PRELOAD_S + 10) * 1000);
      endsAt = new Date(startsAt.getTime() + EXAM_S * 1000);
      const d = await openBenchDatabase(benchEnv);
      await setSittingTimes(d.database.db, fx.sittingId, startsAt, endsAt);
      await d.database.close();
    }

    // 4. The exam.
    const stats = new Stats();
    const cands = fx.candidates.map(
      (c, i) => new SimCandidate(appHttp[i % appCount], c, stats, { retryForMs: 30_000 }),
    );
    const start = startsAt.getTime();
    const end = endsAt.getTime();
    const preloadEnd = start - 10_000;
    const load0 = os.loadavg()[0];
    const cpu0 = { app: servers.map((x) => cpuSeconds(x.child.pid)), bench: process.cpuUsage(), wall: Date.now() };
    log(
      `preload until ${fmt(preloadEnd - Date.now())} from now; start at ${startsAt.toISOString()}, end at ${endsAt.toISOString()}`,
    );
    lag.enable();
    const unlockMs: number[] = [];
    const failed = new Set<SimCandidate>();
    const autoShare = new Set(cands.filter((_, i) => i % Math.round(1 / AUTO_SHARE) === 0));
    const preloadStart = Date.now();
    const life = async (c: SimCandidate) => {
      // preload
      await sleepUntil(preloadStart + Math.random() * Math.max(1, preloadEnd - preloadStart));
      await c.login();
      await c.preload();
      // the synchronized start
      await sleepUntil(start + Math.random() * JITTER_S * 1000);
      await c.start();
      unlockMs.push(Date.now() - start);
      // answering: one change every ~10 s on average, sent at once, until the end window
      const lastWindow = end - END_WINDOW_S * 1000;
      const finalAt = lastWindow + Math.random() * (END_WINDOW_S - 3) * 1000;
      let flushes: Promise<void> = Promise.resolve();
      for (;;) {
        const next = Date.now() - Math.log(1 - Math.random()) * MEAN_GAP_S * 1000;
        if (next >= finalAt) break;
        await sleepUntil(next);
        const a = c.randomAnswer();
        c.change(a.itemNo, a.value);
        flushes = c.flush('save');
        flushes.catch(() => failed.add(c));
      }
      // the end burst: the last saves, then the submission (90%) inside the last 10 s
      await sleepUntil(finalAt);
      for (let k = 0; k < 1 + Math.floor(Math.random() * 2); k++) {
        const a = c.randomAnswer();
        c.change(a.itemNo, a.value);
      }
      await flushes.catch(() => {});
      await c.flush('save (end)');
      if (autoShare.has(c)) return;
      await sleepUntil(finalAt + Math.random() * Math.max(0, end - 500 - finalAt));
      await c.submit();
    };
    await Promise.all(
      cands.map((c) =>
        life(c).catch((err) => {
          failed.add(c);
          if (failed.size <= 5) console.error(`  ${(err as Error).message}`);
        }),
      ),
    );
    log(`candidates done (${failed.size} failed); waiting for the server's auto-submit of ${autoShare.size} attempts`);

    // 5. The auto-submit at end + grace, seen through the candidates' clock.
    const autoDeadline = end + GRACE_S * 1000 + 90_000;
    let open = [...autoShare];
    while (open.length && Date.now() < autoDeadline) {
      await sleep(2_000);
      const still: SimCandidate[] = [];
      await Promise.all(
        open.map(async (c) => {
          try {
            const clock = await c.getClock('clock (after end)');
            if (clock.state !== 'submitted') still.push(c);
          } catch {
            still.push(c);
          }
        }),
      );
      open = still;
    }
    const autoDoneAfter = Date.now() - (end + GRACE_S * 1000);
    lag.disable();
    const load1 = os.loadavg()[0];
    const wallS = (Date.now() - cpu0.wall) / 1000;
    const appCpu = servers.reduce((sum, x, i) => sum + cpuSeconds(x.child.pid) - cpu0.app[i], 0);
    const benchCpuUse = process.cpuUsage(cpu0.bench);
    const benchCpu = (benchCpuUse.user + benchCpuUse.system) / 1e6;
    log(
      `auto-submit: ${autoShare.size - open.length}/${autoShare.size} submitted ${fmt(autoDoneAfter)} after end + grace`,
    );
    for (const h of https) h.close();
    for (const s of servers) await stopChild(s);
    servers.length = 0;

    // 6. The end check, from the database.
    const again = await openBenchDatabase(benchEnv);
    const outcome = await readOutcome(again.database.db, fx.sittingId);
    const scored = outcome.attempts.filter((a) => a.score !== null).length;
    await again.database.close();
    const check = checkOutcome(cands, outcome);

    // 7. The report.
    const phases = stats.all().filter((p) => !p.name.startsWith('clock'));
    const saves = merged(
      'save (all)',
      phases.filter((p) => p.name.startsWith('save')),
    );
    const lines: string[] = [];
    lines.push(
      `exam load (${kind}, ${appCount} app process${appCount > 1 ? 'es' : ''}), ${n} candidates, ${EXAM_S} s exam:`,
    );
    lines.push(
      `  ${'phase'.padEnd(12)} ${'count'.padStart(7)} ${'p50'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)} ${'errors'.padStart(6)} ${'retried'.padStart(7)}`,
    );
    for (const p of [...phases, saves])
      lines.push(
        `  ${p.name.padEnd(12)} ${String(p.ms.length).padStart(7)} ${fmt(p.quantile(0.5)).padStart(8)} ${fmt(p.quantile(0.99)).padStart(8)} ${fmt(p.max()).padStart(8)} ${String(p.errors).padStart(6)} ${String(p.retried).padStart(7)}`,
      );
    const unlockMax = unlockMs.reduce((m, x) => Math.max(m, x), 0);
    const requests = stats.all().reduce((sum, p) => sum + p.ms.length + p.errors + p.retried, 0);
    const errors = phases.reduce((s, p) => s + p.errors, 0) + failed.size;
    const startP = stats.phase('start');
    const submitP = stats.phase('submit');
    lines.push(
      `  unlocked: ${unlockMs.length}/${n}, the last ${fmt(unlockMax)} after the start; save throughput ratio ${(realRate / bareRate).toFixed(2)} ` +
        `(${realRate.toFixed(0)}/s real, ${bareRate.toFixed(0)}/s bare); generator event-loop delay p99 ${fmt(lag.percentile(99) / 1e6)}; ` +
        `load average ${load0.toFixed(1)} at the preload, ${load1.toFixed(1)} at the end (${os.cpus().length} cores); ` +
        `CPU from the preload to the end: app ${appCpu.toFixed(0)} s (${((appCpu * 1000) / Math.max(1, requests)).toFixed(1)} ms per request), ` +
        `generator ${benchCpu.toFixed(0)} s, in ${wallS.toFixed(0)} s`,
    );
    lines.push(
      `  database: ${check.acked} acknowledged answers, ${check.lost.length} lost; ${n - check.notSubmitted.length}/${n} submitted once ` +
        `(${[...check.kinds].map(([k, v]) => `${k} ${v}`).join(', ')}), ${check.receiptMismatch.length} receipt mismatches, ${scored} scored; ` +
        `auto-submit done ${fmt(autoDoneAfter)} after end + grace`,
    );
    const failures: string[] = [];
    if (errors) failures.push(`${errors} errors (${failed.size} candidates failed)`);
    if (check.lost.length)
      failures.push(`${check.lost.length} acknowledged answers lost: ${check.lost.slice(0, 3).join('; ')}`);
    if (check.notSubmitted.length)
      failures.push(`${check.notSubmitted.length} without a submission: ${check.notSubmitted.slice(0, 3).join('; ')}`);
    if (check.receiptMismatch.length) failures.push(`${check.receiptMismatch.length} receipts differ`);
    if (!(startP.quantile(0.99) <= 2000)) failures.push(`start p99 ${fmt(startP.quantile(0.99))} > 2 s`);
    if (unlockMs.length < n || unlockMax > 10_000)
      failures.push(`unlock: ${unlockMs.length}/${n}, the last after ${fmt(unlockMax)} (goal ≤ 10 s)`);
    if (!(saves.quantile(0.99) <= 250)) failures.push(`save p99 ${fmt(saves.quantile(0.99))} > 250 ms`);
    if (!(submitP.max() <= 10_000)) failures.push(`slowest submit receipt ${fmt(submitP.max())} > 10 s`);
    for (const p of phases) for (const s of p.samples.slice(0, 3)) lines.push(`  error sample (${p.name}): ${s}`);
    lines.push(failures.length ? `  GOALS MISSED: ${failures.join('; ')}` : '  every goal met');
    return { n, ok: failures.length === 0, lines, failures };
  } finally {
    for (const h of https) h.close();
    for (const s of [...servers, ...bares]) killGroup(s.child, 'SIGKILL');
    if (admin) {
      await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
      await admin.end();
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const deadline = setTimeout(() => {
    console.error(`exam load (${kind}): FAILED: still running after ${DEADLINE_MS / 60_000} min`);
    cleanup();
    process.exit(2);
  }, DEADLINE_MS);
  deadline.unref();
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  let code = 1;
  try {
    const adminUrl = usePg ? process.env.TEST_DATABASE_URL || (await startCluster()) : null;
    if (usePg)
      log(
        `PostgreSQL: ${process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : `throwaway cluster on port ${pgCluster!.port}`}`,
      );
    if (flag('find')) {
      let best: Result | null = null;
      for (let n = opt('from', 1000); n <= opt('to', 10_000); n += opt('step', 1000)) {
        const r = await runOnce(n, adminUrl);
        console.log(r.lines.join('\n'));
        if (!r.ok) break;
        best = r;
      }
      console.log(
        `exam load (${kind}): the largest N meeting every goal: ${best ? best.n : 'none'} (step ${opt('step', 1000)})`,
      );
      code = best ? 0 : 1;
    } else {
      const r = await runOnce(opt('n', 5000), adminUrl);
      console.log(r.lines.join('\n'));
      code = r.ok ? 0 : 1;
    }
  } catch (err) {
    console.error(`exam load (${kind}): FAILED: ${(err as Error).stack ?? err}`);
  } finally {
    cleanup();
    clearTimeout(deadline);
  }
  process.exit(code);
}

// ── The bare endpoint (a child process of the bench): a trivial POST route answering like the save route ───────
if (flag('bare-server')) {
  const { default: Fastify } = await import('fastify');
  const app = Fastify({ logger: false });
  app.post('/api/v1/exam/answers', async (req) => {
    const answers = (req.body as { answers: { seq: number }[] }).answers;
    const now = Date.now();
    return {
      ackSeq: answers.reduce((m, a) => Math.max(m, a.seq), 0),
      clock: {
        serverNow: now,
        startsAt: now,
        deadline: now + 3_600_000,
        graceSeconds: 10,
        paused: false,
        open: true,
        state: 'started',
        version: 0,
      },
    };
  });
  await app.listen({ port: opt('bare-server', 0), host: '127.0.0.1' });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
} else {
  await main();
}
