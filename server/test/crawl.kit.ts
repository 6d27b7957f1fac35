import type { TestClient } from './harness.js';

/**
 * The crawl (issue 8): every GET operation of the OpenAPI document, called as a role with real ids harvested from
 * earlier answers. Ids are kept in pools: `id` of a listing's items (and of a detail's root) under the listing's
 * resource (`/api/v1/plans/annual` → `annual`), every `…Id` field under its parameter name's resource
 * (`batchId` → `batches`), and other primitive fields named like a parameter (`edition`, `code`) under that name.
 * Paths with several parameters take tuples harvested together (an object's own fields and its ancestors').
 */

interface Param {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema?: {
    type?: string | string[];
    enum?: unknown[];
    format?: string;
    pattern?: string;
    anyOf?: { type?: string; enum?: unknown[] }[];
    minimum?: number;
    maximum?: number;
  };
}
export interface Operation {
  path: string;
  params: Param[];
}

/** Every GET operation of the document (`app.swagger()`), with its path and query parameters. */
export function getOperations(doc: { paths: Record<string, Record<string, { parameters?: Param[] }>> }): Operation[] {
  return Object.entries(doc.paths)
    .filter(([, ops]) => ops.get)
    .map(([path, ops]) => ({
      path,
      params: (ops.get.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query'),
    }));
}

/** Parameter names whose resource is not their name minus `Id` plus `s`. */
const RESOURCE_OF: Record<string, string> = {
  personId: 'persons',
  teacherPersonId: 'persons',
  photoFileId: 'files',
  fileId: 'files',
  staffId: 'persons',
  applicationId: 'applications',
  assemblyId: 'assemblies',
};
/** Fields that stand for another parameter in a harvested tuple. */
const ALIASES: Record<string, string[]> = { fileId: ['fileId', 'photoFileId'], sittingId: ['sittingId', 'id'] };

export const resourceOfParam = (name: string) =>
  RESOURCE_OF[name] ?? (name.endsWith('Id') ? `${name.slice(0, -2)}s` : name);
/** Paths whose `{id}` is another resource's id (a notice is its batch's). */
const ID_OF_PATH: Record<string, string> = { notices: 'batches' };
/** The resource of `{id}` in a path: the static segment before it (`/plans/semester/{id}` → `semester`). */
export const resourceOfPath = (path: string) => {
  const segs = path.split('/').filter((s) => s && !s.startsWith('{'));
  const i = path.split('/').indexOf('{id}');
  const r = i > 0 ? path.split('/')[i - 1] : (segs.at(-1) ?? '');
  return ID_OF_PATH[r] ?? r;
};

const isPrimitive = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class Pools {
  private pools = new Map<string, string[]>();
  readonly tuples: Record<string, string>[] = [];
  private tupleKeys = new Set<string>();
  constructor(private readonly paramNames: Set<string>) {}

  add(pool: string, value: unknown, first = false) {
    if (!isPrimitive(value) || value === '') return;
    const v = String(value);
    const list = this.pools.get(pool) ?? [];
    if (list.includes(v)) return;
    if (first) list.unshift(v);
    else list.push(v);
    this.pools.set(pool, list);
  }
  get(pool: string): string[] {
    return this.pools.get(pool) ?? [];
  }
  size() {
    return [...this.pools.values()].reduce((n, l) => n + l.length, 0);
  }

  /** Takes ids and named values out of one JSON answer of `path` called with `pathParams`. */
  harvest(path: string, pathParams: Record<string, string>, body: unknown) {
    const resource = resourceOfPath(path);
    const hasIdParam = path.includes('{id}');
    const withParams = Object.keys(pathParams).length > 0;
    const walk = (node: unknown, ctx: Record<string, string>, depth: number, isItem: boolean) => {
      if (Array.isArray(node)) {
        for (const x of node.slice(0, 200)) walk(x, ctx, depth + 1, isItem);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      const own: Record<string, string> = { ...ctx };
      for (const [k, v] of Object.entries(o)) {
        if (k === 'id' && typeof v === 'string' && UUID.test(v)) {
          // The root of a detail, or an item of a listing: an id of this path's resource.
          if ((depth === 0 && (hasIdParam || !path.includes('{'))) || isItem) this.add(resource, v);
          own.id = v;
        } else if (k.endsWith('Id') && typeof v === 'string') {
          this.add(resourceOfParam(k), v);
          own[k] = v;
        } else if (this.paramNames.has(k) && isPrimitive(v)) this.add(k, v);
      }
      // Tuples come from answers about one thing (a path with parameters): listings would crowd them out.
      if (withParams && Object.keys(own).length > 1) {
        const key = JSON.stringify(own);
        if (!this.tupleKeys.has(key) && this.tuples.length < 50_000) {
          this.tupleKeys.add(key);
          this.tuples.push(own);
        }
      }
      for (const [k, v] of Object.entries(o))
        if (v && typeof v === 'object') walk(v, own, depth + 1, depth === 0 && k === 'items' && !path.includes('{'));
    };
    walk(body, { ...pathParams }, 0, false);
    if (Array.isArray(body))
      for (const x of body)
        if (x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string')
          this.add(resource, (x as { id: string }).id);
  }
}

const enumOf = (p: Param) => (p.schema?.enum ?? p.schema?.anyOf?.flatMap((a) => a.enum ?? []) ?? []).map(String);
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
/** Values of non-id parameters where the answers give none. */
function sampleFor(p: Param): string[] {
  const s = p.schema ?? {};
  const en = s.enum ?? s.anyOf?.flatMap((a) => a.enum ?? []);
  if (en?.length) return en.map(String);
  const types = [s.type, ...(s.anyOf ?? []).map((a) => a.type)].flat().filter(Boolean);
  if (/day|On$|^from$|^to$|date/i.test(p.name) || s.format === 'date') return [today()];
  if (p.name === 'year') return [today().slice(0, 4)];
  if (p.name === 'page') return ['1'];
  if (p.name === 'pageSize') return ['20'];
  if (p.name === 'level') return ['4'];
  if (p.name === 'n') return ['5'];
  if (p.name === 'keyword') return ['张'];
  if (types.includes('integer') || types.includes('number')) return [String(s.minimum ?? 1)];
  if (types.includes('boolean')) return ['true'];
  return ['crawl'];
}

export interface Call {
  op: Operation;
  url: string;
  pathParams: Record<string, string>;
}

/**
 * The URLs to call for one operation: up to `perOp` combinations of path parameters (harvested tuples first when
 * there are several), each with its required query; once more with every query parameter filled.
 */
export function callsFor(op: Operation, pools: Pools, perOp: number): Call[] {
  const pathParams = op.params.filter((p) => p.in === 'path');
  const query = op.params.filter((p) => p.in === 'query');
  const valuesOf = (p: Param): string[] => {
    const name = p.name;
    if (p.in === 'path' && name === 'id') return pools.get(resourceOfPath(op.path));
    if (name.endsWith('Id')) return pools.get(resourceOfParam(name));
    // A number parameter takes only the numbers of its pool (a home task's `level` is 'warning', a level is 4).
    const types = [p.schema?.type, ...(p.schema?.anyOf ?? []).map((a) => a.type)].flat();
    const numeric = types.includes('integer') || types.includes('number');
    const named = pools.get(name).filter((v) => !numeric || /^-?\d+(\.\d+)?$/.test(v));
    return named.length ? named : sampleFor(p);
  };
  let combos: Record<string, string>[] = [];
  if (pathParams.length === 0) combos = [{}];
  else if (pathParams.length === 1)
    combos = valuesOf(pathParams[0])
      .slice(0, perOp)
      .map((v) => ({ [pathParams[0].name]: v }));
  else {
    // Several parameters: tuples harvested together; enum parameters (a document kind) are spread over them.
    const enums = pathParams.filter((p) => (p.schema?.enum ?? []).length);
    const idParams = pathParams.filter((p) => !enums.includes(p));
    const idOwnResource = resourceOfPath(op.path);
    for (const t of pools.tuples) {
      const c: Record<string, string> = {};
      let ok = true;
      for (const p of idParams) {
        const v = p.name === 'id' ? t.id : (ALIASES[p.name] ?? [p.name]).map((k) => t[k]).find(Boolean);
        if (!v || (p.name === 'id' && !pools.get(idOwnResource).includes(v))) ok = false;
        else c[p.name] = v;
      }
      if (ok) combos.push(c);
      if (combos.length >= perOp) break;
    }
    combos = combos.flatMap((c, i) => {
      const out = { ...c };
      for (const e of enums) {
        const vs = e.schema!.enum!.map(String);
        out[e.name] = vs[i % vs.length];
      }
      return [out];
    });
    // Enum path parameters: every value at least once, on the first tuple.
    if (combos.length && enums.length)
      for (const e of enums) for (const v of e.schema!.enum!.map(String)) combos.push({ ...combos[0], [e.name]: v });
  }
  const qs = (params: Param[], i: number) =>
    params
      .map((p) => {
        const vs = valuesOf(p);
        return vs.length ? `${encodeURIComponent(p.name)}=${encodeURIComponent(vs[i % vs.length])}` : '';
      })
      .filter(Boolean)
      .join('&');
  const calls: Call[] = [];
  const seen = new Set<string>();
  const push = (pp: Record<string, string>, q: string) => {
    let url = op.path;
    for (const [k, v] of Object.entries(pp)) url = url.replace(`{${k}}`, encodeURIComponent(v));
    if (q) url += `?${q}`;
    if (!seen.has(url)) {
      seen.add(url);
      calls.push({ op, url, pathParams: pp });
    }
  };
  combos.forEach((c, i) =>
    push(
      c,
      qs(
        query.filter((p) => p.required),
        i,
      ),
    ),
  );
  if (query.some((p) => !p.required) && combos.length) push(combos[0], qs(query, 0));
  // Each value of an optional enum filter once (状态, 资格, 类别…), beside the required ones.
  const required = qs(
    query.filter((p) => p.required),
    0,
  );
  for (const p of query.filter((q) => !q.required))
    for (const v of enumOf(p))
      if (combos.length)
        push(combos[0], [required, `${encodeURIComponent(p.name)}=${encodeURIComponent(v)}`].filter(Boolean).join('&'));
  return calls;
}

export interface Finding {
  role: string;
  url: string;
  status: number;
  body: string;
}

/** Calls every URL as one client; 5xx answers are findings; JSON answers feed the pools. */
export async function crawl(
  client: TestClient,
  role: string,
  calls: Call[],
  pools: Pools,
  findings: Finding[],
  answered: Set<string>,
) {
  let requests = 0;
  for (const c of calls) {
    const res = await client.get(c.url);
    requests++;
    if (res.statusCode >= 200 && res.statusCode < 300) answered.add(c.op.path);
    else if (process.env.CRAWL_DEBUG && new RegExp(process.env.CRAWL_DEBUG).test(c.url))
      console.info(role, c.url, res.statusCode, res.body.slice(0, 200));
    if (res.statusCode >= 500 || res.statusCode < 200 || (res.statusCode >= 300 && res.statusCode < 400))
      findings.push({ role, url: c.url, status: res.statusCode, body: res.body.slice(0, 300) });
    // A 2xx file is what its type says: a PDF starts with %PDF, an Excel workbook is a ZIP, an image is not empty.
    const type = String(res.headers['content-type'] ?? '');
    const head = res.rawPayload.subarray(0, 4).toString('latin1');
    if (
      res.statusCode === 200 &&
      ((type.startsWith('application/pdf') && head !== '%PDF') ||
        (type.includes('spreadsheetml') && !head.startsWith('PK')) ||
        (type.startsWith('image/') && res.rawPayload.length === 0))
    )
      findings.push({
        role,
        url: c.url,
        status: res.statusCode,
        body: `${type} but starts with ${JSON.stringify(head)}`,
      });
    if (res.statusCode === 200 && /^application\/json(;|$)/.test(type)) {
      let body: unknown;
      try {
        body = JSON.parse(res.body);
      } catch {
        findings.push({ role, url: c.url, status: res.statusCode, body: `not JSON: ${res.body.slice(0, 200)}` });
        continue;
      }
      pools.harvest(c.op.path, c.pathParams, body);
    }
  }
  return requests;
}
