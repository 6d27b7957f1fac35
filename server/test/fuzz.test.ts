import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { desc } from 'drizzle-orm';
import fc from 'fast-check';
import { createTestApp, type TestApp, type TestClient } from './harness.js';
import { openApiOperations, type JsonSchema, type Operation } from './openapi.js';
import { auditLog } from '../db/schema/index.js';
import { roles, type Role } from '../../shared/access.js';
import { demoUsers } from '../seed.js';
import { hasFieldLabel } from '../../shared/labels.js';
import { seedDemoItemBank } from '../modules/itembank/itembank.demo.js';

/**
 * The fuzz test (issue 8): every operation of the OpenAPI document gets malformed values derived from its own
 * schema — NUL-laden and over-long strings, dates that do not exist, huge numbers, wrong types, missing required
 * fields, bad ids, broken multipart bodies — as the admin, or as a role that may call it when the admin may not.
 * Bounded by a fixed seed and a fixed number of runs per operation. Every answer must be below 500; every field
 * error must name its field in Chinese; a refused request must leave the audit trail's head where it was.
 */
const SEED = 20260806;
const RUNS_PER_OPERATION = 10;
/** Calls that would end the fuzzing session itself. */
const SKIPPED = new Set(['POST /api/v1/auth/logout']);
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const CJK = /[\u4e00-\u9fa5]/;

let t: TestApp;
const clients = new Map<Role, TestClient>();
const usernames = new Map<Role, string>();
/** Ids seen in listings: by collection path (`/api/v1/batches`) and by key name (`batchId`). */
const idsByCollection = new Map<string, string[]>();
const idsByKey = new Map<string, string[]>();
const stats = {
  operations: 0,
  requests: 0,
  serverErrors: 0,
  byStatus: {} as Record<number, number>,
  probes: {} as Record<number, number>,
  roles: {} as Record<string, number>,
};

beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) {
    const demo = demoUsers.find((u) => u.role === role)!;
    usernames.set(role, demo.username);
    clients.set(role, await t.login(demo.username));
  }
  // The item bank answers everyone outside it 404 (R-BANK-02): its operations are fuzzed as the bank's
  // administrator, on the demo bank, so malformed values reach the code that stores them.
  await seedDemoItemBank(t.database.db);
}, 120_000);
afterAll(async () => t?.close());

const auditHead = async () =>
  (await t.database.db.select({ seq: auditLog.seq }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1))[0]?.seq ?? 0;

const isUuid = (v: unknown): v is string =>
  typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
const singular = (seg: string) =>
  seg
    .replace(/(ch|sh|x|ss)es$/, '$1')
    .replace(/ies$/, 'y')
    .replace(/s$/, '');
const remember = (map: Map<string, string[]>, key: string, id: string) => {
  const list = map.get(key) ?? [];
  if (!list.includes(id) && list.length < 20) list.push(id);
  map.set(key, list);
};

/** Walks a listing's JSON and keeps the ids it names. */
function harvest(collection: string, body: unknown, depth = 0) {
  if (depth > 6 || body === null || typeof body !== 'object') return;
  if (Array.isArray(body)) return body.slice(0, 50).forEach((b) => harvest(collection, b, depth + 1));
  for (const [k, v] of Object.entries(body)) {
    if (k === 'id' && isUuid(v) && depth <= 2) {
      remember(idsByCollection, collection, v);
      remember(idsByKey, `${singular(collection.split('/').pop()!)}Id`, v);
    } else if (/Id$/.test(k) && isUuid(v)) remember(idsByKey, k, v);
    else harvest(collection, v, depth + 1);
  }
}

/** A plausible id for a path parameter or an id field: one seen in the listings, else a random one. */
function idFor(op: Operation, name: string): string {
  if (name === 'id') {
    const collection = op.path.split('/{')[0];
    const seen = idsByCollection.get(collection);
    if (seen?.length) return seen[0];
  }
  return idsByKey.get(name)?.[0] ?? randomUUID();
}

const options = (s: JsonSchema): JsonSchema[] =>
  [...(s.anyOf ?? []), ...(s.oneOf ?? [])].filter((o) => o.type !== 'null');
const patternsOf = (s: JsonSchema): string[] =>
  [s.pattern, ...(s.allOf ?? []).map((a) => a.pattern)].filter((p): p is string => !!p);
const isDate = (s: JsonSchema) => patternsOf(s).includes(DATE_PATTERN);
const isText = (s: JsonSchema) => s.type === 'string' && s.format !== 'uuid' && !s.enum && !isDate(s);

/** A value the schema accepts, as far as it can be derived from the schema (so a mutation of one field is the only fault). */
function validValue(op: Operation, s: JsonSchema, key: string, rng: fc.Random | null): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.default !== undefined && s.type !== 'object') return s.default;
  const opts = options(s);
  if (opts.length) return validValue(op, opts[0], key, rng);
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  switch (type) {
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return Math.min(Math.max(s.minimum ?? 1, 1), s.maximum ?? 1);
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => validValue(op, s.items ?? {}, key, rng));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of s.required ?? []) out[k] = validValue(op, s.properties?.[k] ?? {}, k, rng);
      return out;
    }
    case 'string': {
      if (s.format === 'uuid') return idFor(op, key);
      if (isDate(s)) return '2026-03-02';
      const special = patternsOf(s).find((p) => !p.startsWith('^[^\\u0000'));
      if (special) {
        try {
          return fc.sample(fc.stringMatching(new RegExp(special)), { numRuns: 1, seed: SEED })[0];
        } catch {
          return '1';
        }
      }
      const min = Math.max(s.minLength ?? 0, 2);
      return '测试'.repeat(Math.ceil(min / 2)).slice(0, Math.max(min, Math.min(s.maxLength ?? 4, 4)));
    }
    default:
      return '1';
  }
}

interface Target {
  where: 'path' | 'query' | 'body';
  /** Path inside the body (empty: the body itself). */
  path: string[];
  schema: JsonSchema;
  required: boolean;
}

/** Every place a malformed value can go: parameters, the body, and the body's fields down to nested objects. */
function targetsOf(op: Operation): Target[] {
  const out: Target[] = op.params.map((p) => ({
    where: p.in,
    path: [p.name],
    schema: p.schema,
    required: p.required || p.in === 'path',
  }));
  const walk = (s: JsonSchema, path: string[], required: boolean, depth: number) => {
    out.push({ where: 'body', path, schema: s, required });
    if (depth > 3) return;
    const obj = options(s)[0] ?? s;
    for (const [k, v] of Object.entries(obj.properties ?? {}))
      walk(v, [...path, k], (obj.required ?? []).includes(k), depth + 1);
    if (obj.items?.properties) walk(obj.items, [...path, '0'], true, depth + 1);
  };
  if (op.body) walk(op.body, [], true, 0);
  return out;
}

const MISSING = Symbol('missing');
/** Malformed values for one target, derived from its schema. */
function malformed(target: Target): fc.Arbitrary<unknown> {
  const s = options(target.schema)[0] ?? target.schema;
  const nul = fc.string({ maxLength: 8 }).map((x) => `${x}\u0000${x}`);
  const controls = fc.constantFrom('\u0001', '\u0007', '\u001b[0m', '\u007f', 'a\u0000');
  const badDates = fc.constantFrom(
    '2026-02-30',
    '9999-99-99',
    '0000-00-00',
    '2025-02-29',
    '2026-04-31',
    '1899-12-31',
    '2026-13-01',
  );
  const huge = fc.constantFrom(1e308, -1e308, 2 ** 63, -(2 ** 63), Number.MAX_SAFE_INTEGER + 2, 1e20, 2 ** 31, -1, 0.5);
  const hugeText = fc.constantFrom(
    '99999999999999999999',
    '-99999999999999999999',
    '1e400',
    '0x10',
    'NaN',
    '-1',
    '1.5',
  );
  const badIds = fc.constantFrom(
    'x',
    '00000000-0000-0000-0000-000000000000',
    `${randomUUID()}\u0000`,
    'a'.repeat(300),
    '../../etc/passwd',
    '%00',
    '1 OR 1=1',
  );
  const wrongType = fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant([]),
    fc.constant({}),
    fc.constant('文本'),
    fc.constant([1, 'x']),
  );
  const overLong = fc.constant('长'.repeat(Math.min((s.maxLength ?? 5000) + 1, 100_000)));
  const choices: fc.Arbitrary<unknown>[] = [nul, controls, wrongType];
  if (target.where !== 'body') choices.push(hugeText, badIds);
  if (s.type === 'string' || target.where !== 'body') choices.push(overLong);
  if (s.format === 'uuid') choices.push(badIds);
  if (isDate(s)) choices.push(badDates, badDates);
  if (s.type === 'integer' || s.type === 'number') choices.push(huge, huge);
  if (target.required && target.path.length && target.where !== 'path') choices.push(fc.constant(MISSING));
  return fc.oneof(...choices);
}

function setIn(obj: unknown, path: string[], value: unknown): unknown {
  if (!path.length) return value;
  const [head, ...rest] = path;
  const base: Record<string, unknown> = Array.isArray(obj)
    ? ([...obj] as unknown as Record<string, unknown>)
    : { ...(obj as object) };
  if (rest.length === 0 && value === MISSING) delete base[head];
  else base[head] = setIn(base[head] ?? (/^\d+$/.test(rest[0] ?? '') ? [] : {}), rest, value);
  return base;
}

interface Call {
  url: string;
  body?: unknown;
}
function buildCall(op: Operation, values: Map<string, unknown>, body: unknown): Call {
  let url = op.path;
  const query: string[] = [];
  for (const p of op.params) {
    const v = values.get(`${p.in}:${p.name}`);
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(v)));
    else if (v !== undefined && v !== MISSING)
      query.push(`${p.name}=${encodeURIComponent(typeof v === 'object' ? JSON.stringify(v) : String(v))}`);
  }
  return { url: query.length ? `${url}?${query.join('&')}` : url, body };
}

async function send(op: Operation, client: TestClient, call: Call) {
  stats.requests++;
  return t.app.inject({
    method: op.method,
    url: call.url,
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrf,
      ...(call.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    payload: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
}

/** The problems with one answer (empty when it is fine). */
function problemsOf(res: { statusCode: number; body: string }): string[] {
  if (res.statusCode >= 500) return [`${res.statusCode} ${res.body.slice(0, 200)}`];
  if (res.statusCode < 400) return [];
  let error: { code?: string; message?: string; details?: { field?: string }[] | null } | undefined;
  try {
    error = JSON.parse(res.body).error;
  } catch {
    return [`${res.statusCode} without a JSON error body`];
  }
  const message = error?.message ?? '';
  if (!CJK.test(message)) return [`${res.statusCode} message not Chinese: ${message}`];
  if (error?.code === 'VALIDATION') {
    const bare = message.split('；').find((m) => /^[A-Za-z_][\w.]*：/.test(m));
    if (bare) return [`field named by its code key: ${bare}`];
    const twice = message.split('；').find((m) => /^([^：]+)：\1：/.test(m));
    if (twice) return [`field named twice: ${twice}`];
    for (const d of Array.isArray(error.details) ? error.details : []) {
      const key = (d.field ?? '')
        .split('.')
        .filter((p) => !/^\d+$/.test(p))
        .pop();
      if (key && !hasFieldLabel(key)) return [`field without a Chinese label: ${d.field}`];
    }
  }
  return [];
}

const BOUNDARY = 'FuzzBoundary7MA4YWxkTrZu0gW';
const multipartBodies: { name: string; type: string; payload: Buffer }[] = [
  {
    name: 'no boundary',
    type: 'multipart/form-data',
    payload: Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK`),
  },
  {
    name: 'cut off',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nPK\u0003\u0004`,
    ),
  },
  {
    name: 'bad part header',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: Buffer.from(`--${BOUNDARY}\r\nContent-Disp\r\n\r\n--${BOUNDARY}--\r\n`),
  },
  {
    name: 'no file',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--${BOUNDARY}--\r\n`),
  },
  {
    name: 'NUL in the file name and a field',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="collegeId"\r\n\r\na\u0000b\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\nnot a workbook\r\n--${BOUNDARY}--\r\n`,
    ),
  },
  {
    name: 'garbage file',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\n\u0000\u0001\u0002PK\r\n--${BOUNDARY}--\r\n`,
    ),
  },
];

/** Who calls an operation first: the candidate on the portal, the bank's administrator on the secret bank, else the admin. */
const firstClientOf = (op: Operation) =>
  op.path.startsWith('/api/v1/portal')
    ? clients.get('candidate')!
    : op.path.startsWith('/api/v1/itembank')
      ? clients.get('bank_admin')!
      : clients.get('admin')!;

describe('fuzz', () => {
  it('R-AUD-01: every operation, malformed input: no 5xx, fields named in Chinese, a refused request changes nothing', async () => {
    const ops = (await openApiOperations(t.app)).filter(
      (op) => op.path.startsWith('/api/v1/') && !SKIPPED.has(`${op.method} ${op.path}`),
    );
    // Real ids first, so that malformed values get past the lookups to the code that stores them.
    for (const op of ops)
      if (op.method === 'GET' && !op.params.some((p) => p.in === 'path' || p.required)) {
        const res = await send(op, firstClientOf(op), {
          url: op.path,
        });
        if (res.statusCode === 200 && String(res.headers['content-type']).includes('json') && res.body)
          harvest(op.path, JSON.parse(res.body));
      }

    const failures: string[] = [];
    let opIndex = 0;
    for (const op of ops) {
      stats.operations++;
      opIndex++;
      const label = `${op.method} ${op.path}`;
      const targets = targetsOf(op);
      const values = new Map<string, unknown>(
        op.params.map((p) => [
          `${p.in}:${p.name}`,
          p.in === 'path' && p.schema.format === 'uuid'
            ? idFor(op, p.name)
            : p.in === 'path' || p.required
              ? validValue(op, p.schema, p.name, null)
              : undefined,
        ]),
      );
      const baseBody = op.body
        ? validValue(op, op.body, '', null)
        : op.method === 'POST' || op.method === 'PUT'
          ? {}
          : undefined;

      // The admin, unless the admin is refused: then the first role that may call it.
      let client = firstClientOf(op);
      if (!op.multipart) {
        const probe = await send(op, client, buildCall(op, values, baseBody));
        stats.probes[probe.statusCode] = (stats.probes[probe.statusCode] ?? 0) + 1;
        if (probe.statusCode === 403)
          for (const role of roles) {
            const c = clients.get(role)!;
            if ((await send(op, c, buildCall(op, values, baseBody))).statusCode !== 403) {
              client = c;
              break;
            }
          }
      }

      const role = [...clients].find(([, c]) => c === client)?.[0] ?? 'admin';
      stats.roles[role] = (stats.roles[role] ?? 0) + 1;
      const check = async (what: string, run: () => Promise<{ statusCode: number; body: string }>) => {
        const before = await auditHead();
        const res = await run();
        if (res.statusCode >= 500) stats.serverErrors++;
        stats.byStatus[res.statusCode] = (stats.byStatus[res.statusCode] ?? 0) + 1;
        for (const p of problemsOf(res)) failures.push(`${label} [${what}]: ${p}`);
        if (res.statusCode >= 400 && (await auditHead()) !== before)
          failures.push(`${label} [${what}]: refused with ${res.statusCode} but the audit trail moved`);
      };

      if (op.multipart) {
        for (const m of multipartBodies)
          await check(m.name, () => {
            stats.requests++;
            return t.app.inject({
              method: op.method,
              url: buildCall(op, values, undefined).url,
              headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': m.type },
              payload: m.payload,
            });
          });
      }

      const mutation = fc
        .integer({ min: 0, max: Math.max(targets.length - 1, 0) })
        .chain((i) =>
          targets.length ? malformed(targets[i]).map((value) => ({ target: targets[i], value })) : fc.constant(null),
        );
      // Each field once with the fault its type invites most (NUL in text, a day that does not exist, a huge number),
      // then random faults anywhere.
      const sweep = targets.flatMap((target) => {
        const s = options(target.schema)[0] ?? target.schema;
        const arb: fc.Arbitrary<unknown> | null = isDate(s)
          ? fc.constantFrom('2026-02-30', '9999-99-99', '0000-00-00')
          : s.type === 'integer' || s.type === 'number'
            ? fc.constantFrom(1e308, 2 ** 63, -(2 ** 63), 1e20)
            : isText(s)
              ? fc.string({ maxLength: 6 }).map((x) => `${x}\u0000`)
              : null;
        return arb ? [{ target, value: fc.sample(arb, { numRuns: 1, seed: SEED + opIndex })[0] }] : [];
      });
      const samples = [
        ...sweep,
        ...(targets.length ? fc.sample(mutation, { numRuns: RUNS_PER_OPERATION, seed: SEED + opIndex }) : []),
      ];
      for (const m of samples) {
        if (!m) continue;
        const v = new Map(values);
        let body = baseBody;
        if (m.target.where === 'body') body = setIn(baseBody ?? {}, m.target.path, m.value);
        else v.set(`${m.target.where}:${m.target.path[0]}`, m.value === MISSING ? undefined : m.value);
        const what = `${m.target.where}:${m.target.path.join('.') || '(body)'}=${JSON.stringify(m.value === MISSING ? 'MISSING' : m.value)?.slice(0, 60)}`;
        await check(what, () => send(op, client, buildCall(op, v, body === MISSING ? undefined : body)));
      }

      // A call may have ended a session (an account disabled, a password changed): sign in again.
      for (const role of roles)
        if ((await clients.get(role)!.get('/api/v1/auth/me')).statusCode === 401)
          clients.set(role, await t.login(usernames.get(role)!));
    }
    console.info(
      `fuzz: ${stats.operations} operations, ${stats.requests} requests, ${stats.serverErrors} × 5xx`,
      JSON.stringify(stats),
    );
    expect(failures).toEqual([]);
  }, 600_000);
});
