/**
 * Certificates bench (issue 14, R-CERT-02 / R-CERT-05): is printing a batch's certificates as the `certificates.print`
 * job within 1.5× of PDFKit drawing the same faces, and does public verification keep ≥ 0.5× the requests per second
 * of a bare Fastify endpoint with p99 ≤ 20 ms, on the embedded database?
 *
 *   npm run bench:certificates                          10,000 certificates, 10 s per HTTP target
 *   npm run bench:certificates -- --n 300 --seconds 5   a quick run
 *   options: --n N (10000) --seconds S (10, measured per HTTP target) --warmup S (2) --concurrency C (10)
 *            --rounds R (2: each print side runs R times, the faster run counts)
 *
 * Data (not timed): the embedded database as the product opens it (PGlite in a temporary DATA_DIR, migrated and
 * demo-seeded as the test template is), the real app built on it (buildApp), a final batch of N passing candidates
 * made by the certificates testkit (`finalBatch`: scores signed, publicity started and made final through
 * publicity's services), each candidate with its OWN 295 × 413 JPEG photo stored through the app's file store
 * (sealed at rest, as an upload is), a PNG seal uploaded and set in the print settings through the API, and the
 * certificates issued through `POST /api/v1/certificates/batches/:id/issue` (numbers, Ed25519 signatures).
 *
 * Printing (run second), in one process:
 *    (a) the floor: `renderCertificateFaces` on the same N faces (each its own text, photo bytes and QR payload),
 *        the same fonts, layout, seal and query addresses, with everything prepared in memory beforehand;
 *    (b) the real path: `POST /api/v1/certificates/batches/:id/print` (mode full) as the centre head, then the job
 *        runner's `runOne()` runs `certificates.print` (reads the certificates, photos through the file store in
 *        chunks with progress reports, renders, stores the PDF through the file store, audit row); timed from the
 *        request to the job row saying `succeeded`.
 *    Both rates and their ratio (goal ≤ 1.5); also the loading alone (certificates + photos), to show where the
 *    difference goes.
 * Public verification (run first) over real HTTP on loopback: the app listening on a port, and a bare Fastify server in the
 *    same process answering the same request with a constant JSON. A closed-loop client (node:http, keep-alive, C
 *    connections) runs in a worker thread of this process, so it does not share the servers' event loop. Each target
 *    gets the same warm-up, concurrency and duration: `POST /api/v1/public/certificates/lookup` with valid
 *    number + name pairs (every answer checked for `"found":true`), `GET /api/v1/public/certificates/verify` with
 *    the QR's number + signature, and the bare endpoint; each of the two cold (the answers public.service.ts keeps
 *    in memory made stale every millisecond, so nearly every request reads the database: a first check, or any
 *    check on PostgreSQL) and warm (1,000 certificates asked again). Prints requests/s, p50/p99/max and the ratio to
 *    the bare endpoint (goal ≥ 0.5, p99 ≤ 20 ms). This part runs before the printing, whose large heap (the whole
 *    batch's PDF is built in memory) would otherwise disturb its latencies.
 *    The public routes are rate limited per client address (LOGIN_RATE_PER_MINUTE for the lookup, 6× that for the
 *    QR check, RATE_PER_MINUTE globally; server/config.ts, certificates.routes.ts, app.ts): every request here comes
 *    from 127.0.0.1, so the bench raises both to 1,000,000,000 per minute. The limiter still runs and counts.
 *
 * A bench, not a test: it prints figures and asserts no timing; it exits non-zero only when something fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import Fastify from 'fastify';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { migrateDatabase, openDatabase } from '../server/db/client.js';
import { certificates, files as filesTable, jobs, persons } from '../server/db/schema/index.js';
import type { App } from '../server/http/context.js';
import { PiiCipher } from '../server/http/pii.js';
import { DEMO_PASSWORD, seedDatabase } from '../server/seed.js';
import type { TestApp, TestClient } from '../server/test/harness.js';
import { finalBatch } from '../server/modules/certificates/certificates.testkit.js';
import { DEFAULT_FACE_LAYOUT } from '../server/modules/certificates/face/layout.js';
import { renderCertificateFaces, type CertificateFace } from '../server/modules/certificates/face/face.pdf.js';
import { faceOf, facesOf, validCertificatesByIds } from '../server/modules/certificates/print.service.js';
import { facePrintSetup } from '../server/modules/certificates/settings.service.js';
import { postFile } from '../server/modules/people/people.testkit.js';
import { certificatesChanged } from '../server/modules/certificates/public.service.js';
import type { Candidate } from '../server/modules/publicity/publicity.testkit.js';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : dflt;
};
const N = Math.floor(opt('n', 10_000));
const SECONDS = opt('seconds', 10);
const WARMUP = opt('warmup', 2);
const CONCURRENCY = Math.floor(opt('concurrency', 10));
const ROUNDS = Math.floor(opt('rounds', 2));
/** The public routes' per-address limits, raised: every bench request comes from 127.0.0.1. */
const RAISED_RATE = '1000000000';

const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const t0 = performance.now();
const log = (m: string) => console.log(`[certificates bench ${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MiB`;
const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧';
const given = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '勇',
  '艳',
  '杰',
  '涛',
  '明',
  '超',
  '秀英',
  '晓东',
  '海燕',
  '子涵',
];

/** A distinct 1-inch (295 × 413) JPEG per candidate, so no two faces share a photo. */
async function photoOf(i: number) {
  const hue = (i * 37) % 255;
  const svg = `<svg width="295" height="413"><rect width="295" height="413" fill="rgb(${90 + (hue % 80)},${130 + (i % 60)},${200 - (hue % 50)})"/><circle cx="147" cy="160" r="78" fill="#f1d2b4"/><rect x="45" y="262" width="205" height="151" rx="40" fill="#2f3545"/><text x="10" y="24" font-size="14">${i}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

/** A round red seal on a transparent background (PNG, as the print settings require). */
async function sealPng() {
  const svg = `<svg width="420" height="420" xmlns="http://www.w3.org/2000/svg"><circle cx="210" cy="210" r="195" fill="none" stroke="#d2232a" stroke-width="14"/><polygon points="210,120 232,185 300,185 245,225 266,292 210,252 154,292 175,225 120,185 188,185" fill="#d2232a"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The test harness's clients (server/test/harness.ts) without vitest: Fastify inject with the session cookie. */
function clientOf(app: App, cookie: string, csrf: string): TestClient {
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    app.inject({
      method,
      url,
      headers: {
        cookie,
        'x-csrf-token': csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      payload: body === undefined ? undefined : JSON.stringify(body),
    }) as unknown as ReturnType<TestClient['get']>;
  return {
    csrf,
    cookie,
    get: (u) => call('GET', u),
    post: (u, b) => call('POST', u, b ?? {}),
    put: (u, b) => call('PUT', u, b ?? {}),
    del: (u) => call('DELETE', u),
  };
}

// ─── The HTTP load client: plain JS run in a worker thread (node:http, keep-alive, closed loop) ───

interface LoadTarget {
  label: string;
  port: number;
  method: 'GET' | 'POST';
  /** Requests in turn: a path and a JSON body (null: none). */
  requests: { path: string; body: string | null }[];
  /** Every answer's body must contain this (null: only the status 200 is checked). */
  expect: string | null;
}
interface LoadResult {
  label: string;
  count: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  wrong: number;
  firstProblem: string | null;
}

const CLIENT_JS = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { port, method, requests, expect, concurrency, warmupMs, measureMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const lat = [];
let errors = 0, wrong = 0, firstProblem = null;
const start = performance.now();
const mStart = start + warmupMs, mEnd = mStart + measureMs;
function one(r) {
  return new Promise((resolve) => {
    const headers = r.body === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(r.body) };
    const s = performance.now();
    const req = http.request({ host: '127.0.0.1', port, path: r.path, method, agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const e = performance.now();
        if (s >= mStart && e <= mEnd) {
          lat.push(e - s);
          const text = Buffer.concat(chunks).toString();
          if (res.statusCode !== 200) { errors++; firstProblem ??= res.statusCode + ' ' + text.slice(0, 300); }
          else if (expect && !text.includes(expect)) { wrong++; firstProblem ??= text.slice(0, 300); }
        }
        resolve();
      });
      res.on('error', () => { errors++; resolve(); });
    });
    req.on('error', (err) => { errors++; firstProblem ??= String(err); resolve(); });
    req.end(r.body === null ? undefined : r.body);
  });
}
async function loop(k) {
  let i = k;
  while (performance.now() < mEnd) { await one(requests[i % requests.length]); i += concurrency; }
}
Promise.all(Array.from({ length: concurrency }, (_, k) => loop(k))).then(() => {
  agent.destroy();
  parentPort.postMessage({ lat: Float64Array.from(lat), errors, wrong, firstProblem });
});
`;

async function load(target: LoadTarget): Promise<LoadResult> {
  const worker = new Worker(CLIENT_JS, {
    eval: true,
    workerData: {
      port: target.port,
      method: target.method,
      requests: target.requests,
      expect: target.expect,
      concurrency: CONCURRENCY,
      warmupMs: WARMUP * 1000,
      measureMs: SECONDS * 1000,
    },
  });
  const out = await new Promise<{ lat: Float64Array; errors: number; wrong: number; firstProblem: string | null }>(
    (resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    },
  );
  await worker.terminate();
  const lat = out.lat.sort();
  const pct = (p: number) => (lat.length ? lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] : NaN);
  return {
    label: target.label,
    count: lat.length,
    rps: lat.length / SECONDS,
    p50: pct(50),
    p99: pct(99),
    max: lat.length ? lat[lat.length - 1] : NaN,
    errors: out.errors,
    wrong: out.wrong,
    firstProblem: out.firstProblem,
  };
}

async function main() {
  log(
    `N = ${N} certificates; HTTP: ${CONCURRENCY} connections, ${WARMUP} s warm-up + ${SECONDS} s per target; ` +
      `${ROUNDS} round(s) per print side; ${os.cpus().length} CPU(s), load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
  );
  log(
    `public routes' per-address rate limits raised for the bench: LOGIN_RATE_PER_MINUTE=${RAISED_RATE} ` +
      `(lookup; QR check 6×), RATE_PER_MINUTE=${RAISED_RATE} (global) — defaults 20 and 600 per minute`,
  );

  // ─── The database and the app, as the product opens them (embedded PGlite on disk) ───
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-certificates-bench-'));
  const database = await openDatabase({ dataDir });
  await migrateDatabase(database);
  await seedDatabase(database.db, 'demo', new PiiCipher(Buffer.from(KEY, 'hex')));
  const db = database.db;
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PII_KEY: KEY,
    PUBLIC_URL: 'https://kaowu.example.edu.cn',
    LOGIN_RATE_PER_MINUTE: RAISED_RATE,
    RATE_PER_MINUTE: RAISED_RATE,
  });
  const app = (await buildApp({ config, database, logger: false, startJobs: false })) as unknown as App;
  await app.ready();
  const login = async (username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
    return clientOf(app, String(res.headers['set-cookie']).split(';')[0], res.json().csrfToken);
  };
  const t: TestApp = {
    app,
    database,
    dataDir,
    login,
    anonymous: () => clientOf(app, '', ''),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
  const admin = await login('admin');
  const head = await login('zhuren');
  const files = app.ctx.files;
  let bare: Awaited<ReturnType<typeof bareServer>> | null = null;

  try {
    // ─── The data: a final batch, photos, the seal, the certificates ───
    let tp = performance.now();
    const candidates: Candidate[] = Array.from({ length: N }, (_, i) => ({
      name: `${surnames[i % surnames.length]}${given[Math.floor(i / surnames.length) % given.length]}`,
      theory: 60 + (i % 40),
      skill: 60 + ((i * 7) % 40),
    }));
    const rb = await finalBatch(t, admin, { candidates });
    log(
      `final batch of ${N} passing candidates (scores signed, publicity made final) in ${secs(performance.now() - tp)}`,
    );

    tp = performance.now();
    const photoOfPerson = new Map<string, Buffer>();
    let photoBytes = 0;
    for (let i = 0; i < N; i += 100) {
      const part = rb.candidates.slice(i, i + 100);
      const bytes = await Promise.all(part.map((_, k) => photoOf(i + k)));
      await db.transaction(async (tx) => {
        for (const [k, c] of part.entries()) {
          const f = await files.record(tx, {
            bytes: bytes[k],
            name: `${c.name}.jpg`,
            mime: 'image/jpeg',
            ownerId: null,
            purpose: 'photo',
          });
          await tx.update(persons).set({ photoFileId: f.id }).where(eq(persons.id, c.personId));
          photoOfPerson.set(c.personId, bytes[k]);
          photoBytes += bytes[k].length;
        }
      });
    }
    const seal = await postFile(t, head, '/api/v1/files', '印章.png', await sealPng(), { purpose: 'photo' });
    if (seal.statusCode !== 200) throw new Error(`seal upload: ${seal.body}`);
    const settings = await head.put('/api/v1/certificates/print-settings', {
      face: { layout: DEFAULT_FACE_LAYOUT, printers: [] },
      sealFileId: seal.json().id,
      queryAddresses: {
        certificate: 'http://jndj.osta.org.cn/',
        assessment: 'http://pjjg.osta.org.cn/',
        provincial: null,
      },
      chineseFont: 'wenkai',
    });
    if (settings.statusCode !== 200) throw new Error(`print settings: ${settings.body}`);
    log(
      `${N} photos (${mib(photoBytes)}) stored sealed through the file store, seal set, in ${secs(performance.now() - tp)}`,
    );

    tp = performance.now();
    const issued = await head.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, { issueDate: '2026-10-12' });
    if (issued.statusCode !== 200) throw new Error(`issue: ${issued.statusCode} ${issued.body.slice(0, 500)}`);
    const rows = await db
      .select()
      .from(certificates)
      .where(eq(certificates.batchId, rb.batchId))
      .orderBy(certificates.number);
    if (rows.length !== N) throw new Error(`${rows.length} certificates issued, expected ${N}`);
    log(`${N} certificates issued (numbered, signed) through the API in ${secs(performance.now() - tp)}`);

    // ─── 1. Public verification: the app and a bare Fastify endpoint over HTTP ───
    await app.listen({ port: 0, host: '127.0.0.1' });
    const appPort = (app.server.address() as AddressInfo).port;
    bare = await bareServer();
    const lookups = rows.map((x) => ({
      path: '/api/v1/public/certificates/lookup',
      body: JSON.stringify({ certificateNumber: x.number, holderName: x.data.name }),
    }));
    const verifies = rows.map((x) => ({
      path: `/api/v1/public/certificates/verify?certificateNumber=${x.number}&signature=${encodeURIComponent(x.signature)}`,
      body: null,
    }));
    const http: LoadResult[] = [];
    // public.service.ts keeps found answers in memory on the embedded database. Cold: none kept (see below). Warm:
    // the first WARM_SET numbers again and again, all kept after one pass (a certificate checked before).
    const WARM_SET = Math.min(1000, N);
    for (const target of [
      { label: 'bare Fastify (constant JSON)', port: bare.port, method: 'POST', requests: lookups, expect: null },
      {
        label: 'lookup: number + name, cold',
        port: appPort,
        method: 'POST',
        requests: lookups,
        expect: '"found":true',
        cold: true,
      },
      {
        label: `lookup: number + name, warm (${WARM_SET} certificates asked again)`,
        port: appPort,
        method: 'POST',
        requests: lookups.slice(0, WARM_SET),
        expect: '"found":true',
      },
      {
        label: 'verify: QR number + signature, cold',
        port: appPort,
        method: 'GET',
        requests: verifies,
        expect: '"found":true',
        cold: true,
      },
      {
        label: `verify: QR number + signature, warm (${WARM_SET} certificates asked again)`,
        port: appPort,
        method: 'GET',
        requests: verifies.slice(0, WARM_SET),
        expect: '"found":true',
      },
    ] satisfies (LoadTarget & { cold?: boolean })[]) {
      // Cold: the kept answers are made stale every millisecond on this thread (between requests), so nearly every
      // request reads the database, as the first check of each certificate (and every check on PostgreSQL) does.
      const staling = 'cold' in target ? setInterval(certificatesChanged, 1) : null;
      const res = await load(target);
      if (staling) clearInterval(staling);
      http.push(res);
      log(
        `${res.label}: ${res.rps.toFixed(0)} req/s, p50 ${res.p50.toFixed(1)} ms, p99 ${res.p99.toFixed(1)} ms, ` +
          `max ${res.max.toFixed(1)} ms, ${res.errors} errors, ${res.wrong} wrong answers` +
          (res.firstProblem ? ` — first: ${res.firstProblem}` : ''),
      );
    }
    const [bareRes, lookupRes, lookupWarm, verifyRes, verifyWarm] = http;

    // ─── 2. Printing (after the HTTP side, whose latency the printing's large heap would disturb): the floor and the job ───
    const setup = await facePrintSetup(db, files);
    if (!setup.seal) throw new Error('the seal did not reach the print settings');
    const faceOpts = {
      mode: 'full' as const,
      layout: setup.face.layout,
      offset: { x: 0, y: 0 },
      fonts: setup.fonts,
      seal: setup.seal,
      queryAddresses: setup.queryAddresses,
    };
    const faces: CertificateFace[] = rows.map((r) => faceOf(config, r, photoOfPerson.get(r.personId)!));
    const floor = (n: number) => renderCertificateFaces(faces.slice(0, n), faceOpts);
    const job = async () => {
      const start = await head.post(`/api/v1/certificates/batches/${rb.batchId}/print`, { mode: 'full' });
      if (start.statusCode !== 200) throw new Error(`print: ${start.statusCode} ${start.body.slice(0, 500)}`);
      const { jobId, printable } = start.json() as { jobId: string; printable: number };
      if (printable !== N) throw new Error(`${printable} printable, expected ${N}`);
      if (!(await app.ctx.jobs.runOne())) throw new Error('the print job was not queued');
      const [row] = await db.select().from(jobs).where(eq(jobs.id, jobId));
      if (row.status !== 'succeeded') throw new Error(`print job ${row.status}: ${row.error}`);
      return row.result as { fileId: string; printed: number };
    };

    await floor(10); // warm-up: fonts, images, JIT
    const floorMs: number[] = [];
    const jobMs: number[] = [];
    let floorSize = 0;
    let result: { fileId: string; printed: number } | null = null;
    for (let round = 0; round < ROUNDS; round++) {
      tp = performance.now();
      floorSize = (await floor(N)).length;
      floorMs.push(performance.now() - tp);
      tp = performance.now();
      result = await job();
      jobMs.push(performance.now() - tp);
      log(`round ${round + 1}: floor ${secs(floorMs.at(-1)!)}, job ${secs(jobMs.at(-1)!)}`);
    }
    if (result!.printed !== N) throw new Error(`the job printed ${result!.printed}, expected ${N}`);
    const [jobFile] = await db.select().from(filesTable).where(eq(filesTable.id, result!.fileId));
    const f = Math.min(...floorMs);
    const r = Math.min(...jobMs);
    tp = performance.now();
    const again = await validCertificatesByIds(
      db,
      rows.map((x) => x.id),
    );
    for (let i = 0; i < again.length; i += 50) await facesOf(db, files, config, again.slice(i, i + 50));
    const loadingMs = performance.now() - tp;
    log(`floor: ${N} faces in ${secs(f)} = ${((N / f) * 1000).toFixed(0)} faces/s (${mib(floorSize)} PDF)`);
    log(
      `job:   ${result!.printed} faces in ${secs(r)} = ${((N / r) * 1000).toFixed(0)} faces/s (${mib(jobFile.size)} PDF)`,
    );
    log(`  of which loading alone (certificates, photos through the file store, 50 at a time): ${secs(loadingMs)}`);
    log(`ratio job/floor (time): ${(r / f).toFixed(2)} (goal ≤ 1.5)`);

    // ─── Summary ───
    const yes = (ok: boolean) => (ok ? 'met' : 'NOT met');
    const table: [string, string, string, string][] = [
      ['print: floor (renderCertificateFaces, in memory)', `${secs(f)} (${((N / f) * 1000).toFixed(0)}/s)`, '', ''],
      ['print: job certificates.print (request → done)', `${secs(r)} (${((N / r) * 1000).toFixed(0)}/s)`, '', ''],
      ['print: ratio job / floor', (r / f).toFixed(2), '≤ 1.5', yes(r / f <= 1.5)],
      ['bare Fastify endpoint', `${bareRes.rps.toFixed(0)} req/s`, '', ''],
      ...[
        ['lookup, cold', lookupRes],
        ['lookup, warm', lookupWarm],
        ['verify (QR), cold', verifyRes],
        ['verify (QR), warm', verifyWarm],
      ].flatMap(([name, x]) => {
        const res = x as LoadResult;
        return [
          [`${name as string}: requests/s (count)`, `${res.rps.toFixed(0)} (${res.count})`, '', ''],
          [
            `${name as string}: ratio to bare`,
            (res.rps / bareRes.rps).toFixed(2),
            '≥ 0.5',
            yes(res.rps / bareRes.rps >= 0.5),
          ],
          [
            `${name as string}: p50 / p99`,
            `${res.p50.toFixed(1)} / ${res.p99.toFixed(1)} ms`,
            'p99 ≤ 20 ms',
            yes(res.p99 <= 20),
          ],
        ] as [string, string, string, string][];
      }),
      [
        'errors / wrong answers (all HTTP)',
        `${http.reduce((a, x) => a + x.errors, 0)} / ${http.reduce((a, x) => a + x.wrong, 0)}`,
        '0',
        '',
      ],
    ];
    const w = [0, 1, 2, 3].map((c) => Math.max(...table.map((row) => row[c].length), 6));
    console.log(
      `\nSummary — N = ${N}, embedded PGlite on disk, ${CONCURRENCY} connections × ${SECONDS} s, rate limits raised`,
    );
    console.log(['measure', 'value', 'goal', ''].map((h, c) => h.padEnd(w[c])).join(' │ '));
    console.log(w.map((x) => '─'.repeat(x)).join('─┼─'));
    for (const row of table) console.log(row.map((cell, c) => cell.padEnd(w[c])).join(' │ '));
    if (http.some((x) => x.errors || x.wrong)) process.exitCode = 1;
  } finally {
    await bare?.close();
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The floor of HTTP: Fastify with nothing registered, answering the lookup's request with a constant JSON. */
async function bareServer() {
  const bare = Fastify({ logger: false });
  const answer = { found: true, message: '证书有效', certificate: null };
  bare.post('/api/v1/public/certificates/lookup', async () => answer);
  await bare.listen({ port: 0, host: '127.0.0.1' });
  return { port: (bare.server.address() as AddressInfo).port, close: () => bare.close() };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
