/**
 * The one way the web talks to the server: JSON over fetch with the session cookie, the CSRF token on every
 * state change, and the server's `{ error: { code, message, details, requestId } }` turned into an ApiError.
 * Every call is typed from web/app/api.schema.ts (generated from the server's OpenAPI document by
 * `npm run api:types`): the path is the route's pattern (`/batches/{id}`), its path parameters, query and body are
 * checked, and the reply's type is the route's response schema, so no call names its response type by hand.
 */
import type { paths } from './api.schema.js';

export const API_BASE = '/api/v1';

// ------------------------------------------------------------------------------------------------ types

type V1Paths = { [K in keyof paths as K extends `/api/v1${infer R}` ? R : never]: paths[K] };
/** A route of the API, as its pattern below API_BASE (`/batches/{id}`). */
export type ApiPath = keyof V1Paths;
type Method = 'get' | 'post' | 'put' | 'delete';
type OpOf<P extends ApiPath, M extends Method> = V1Paths[P][M];
/** The routes that answer a method. */
export type PathsOf<M extends Method> = {
  [P in ApiPath]: OpOf<P, M> extends { responses: object } ? P : never;
}[ApiPath];

type Json<C> = C extends { content: { 'application/json': infer R } } ? R : never;
type Responses<O> = O extends { responses: infer R } ? R : never;
/** The JSON reply of a route (its 200 response, else its 201). */
export type ApiResponse<P extends ApiPath, M extends Method = 'get'> =
  Responses<OpOf<P, M>> extends { 200: infer R }
    ? Json<R>
    : Responses<OpOf<P, M>> extends { 201: infer R }
      ? Json<R>
      : never;
/** The query parameters of a route. */
export type ApiQuery<P extends ApiPath, M extends Method = 'get'> =
  OpOf<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
/** The path parameters of a route. */
export type ApiPathParams<P extends ApiPath, M extends Method = 'get'> = PathParams<OpOf<P, M>>;
/** The JSON body a route takes. */
export type ApiBody<P extends ApiPath, M extends Method> =
  OpOf<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type PathParams<O> = O extends { parameters: { path: infer X } } ? ([X] extends [undefined] ? never : X) : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? { body: B }
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? { body?: B }
    : { body?: never };

/** A call's path parameters, query and body, each present when the route has it. */
export type CallOptions<O> = ([PathParams<O>] extends [never] ? { path?: never } : { path: PathParams<O> }) &
  (O extends { parameters: { query?: infer Q } }
    ? [NonNullable<Q>] extends [never]
      ? { query?: never }
      : { query?: NonNullable<Q> }
    : { query?: never }) &
  BodyOf<O>;
type Rest<O> = object extends CallOptions<O> ? [opts?: CallOptions<O>] : [opts: CallOptions<O>];

/** A page of a list reply. */
export type Page<T> = { items: T[]; total: number };
/** The item type of a route's paged reply. */
export type ItemOf<P extends ApiPath, M extends Method = 'get'> =
  ApiResponse<P, M> extends { items: (infer T)[] } ? T : never;

// ------------------------------------------------------------------------------------------------ errors

/** One problem of a refused request or imported file, as the server names it (row and column of a sheet). */
export interface FieldIssue {
  field: string;
  message: string;
  row?: number;
  column?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field-level issues of a validation error (an array of {field, message}), or none. */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldIssue =>
        typeof d === 'object' && d !== null && typeof d.field === 'string' && typeof d.message === 'string',
    );
  }
}

/** What the app does when the server says the session is gone or the password must be changed first. */
export interface SessionHandlers {
  onUnauthenticated(path: string): void;
  onPasswordChangeRequired(): void;
}

let csrfToken: string | null = null;
let handlers: SessionHandlers | null = null;

/** Set from every /auth/me and /auth/login response: the server checks it on every non-GET request. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

export function setSessionHandlers(h: SessionHandlers) {
  handlers = h;
}

// ------------------------------------------------------------------------------------------------ requests

type Query = Record<string, string | number | boolean | null | undefined>;
interface Loose {
  path?: Record<string, string | number>;
  query?: object;
  body?: unknown;
}

/** The route's pattern with its path parameters filled in, and the query (empty values left out). */
function urlOf(pattern: string, opts: Loose = {}): string {
  const path = pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = opts.path?.[name];
    if (v === undefined) throw new Error(`missing path parameter ${name} of ${pattern}`);
    return encodeURIComponent(String(v));
  });
  if (!opts.query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(opts.query as Query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** The full URL of a GET route the browser fetches itself (a download, an image), typed like every call. */
export function apiUrl<P extends PathsOf<'get'>>(path: P, ...[opts]: Rest<OpOf<P, 'get'>>): string {
  return API_BASE + urlOf(path, opts as Loose);
}

async function send(
  method: string,
  pattern: string,
  opts: Loose,
  body: { json: unknown } | { form: FormData } | null,
): Promise<unknown> {
  const path = urlOf(pattern, opts);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  // Fastify refuses an empty body declared as JSON, so the header goes only with a body.
  if (body && 'json' in body) headers['content-type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === null ? undefined : 'json' in body ? JSON.stringify(body.json) : body.form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
  }

  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (res.ok) return data;

  const err = (data as { error?: { code?: string; message?: string; details?: unknown; requestId?: string } } | null)
    ?.error;
  const fallback =
    body && 'form' in body
      ? `上传失败（${res.status}）`
      : res.status >= 500
        ? '服务器内部错误，请稍后重试'
        : `请求失败（${res.status}）`;
  const apiError = new ApiError(
    res.status,
    err?.code ?? 'HTTP_' + res.status,
    err?.message ?? fallback,
    err?.details ?? null,
    err?.requestId ?? null,
  );
  if (res.status === 401 && pattern !== '/auth/login') handlers?.onUnauthenticated(path.split('?')[0]);
  if (res.status === 403 && apiError.code === 'PASSWORD_CHANGE_REQUIRED') handlers?.onPasswordChangeRequired();
  throw apiError;
}

type Caller<M extends Method> = <P extends PathsOf<M>>(
  path: P,
  ...opts: Rest<OpOf<P, M>>
) => Promise<ApiResponse<P, M>>;

/** The typed call of a method (the types are the route's; the one implementation takes any route). */
function caller<M extends Method>(method: M): Caller<M> {
  const call = (path: string, opts: Loose = {}) =>
    send(method.toUpperCase(), path, opts, opts.body === undefined ? null : { json: opts.body });
  return call as Caller<M>;
}

/** `opts`: the route's `path` parameters, `query` and JSON `body`, as its schema says. */
export const api = {
  get: caller('get'),
  post: caller('post'),
  put: caller('put'),
  delete: caller('delete'),
  /** A multipart POST of one file (field `file`) and text fields, with the CSRF token like every other call. */
  upload<P extends PathsOf<'post'>>(
    path: P,
    file: File,
    fields: Record<string, string> = {},
    ...[opts]: Rest<Omit<OpOf<P, 'post'>, 'requestBody'>>
  ) {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', file);
    return send('POST', path, (opts ?? {}) as Loose, { form }) as Promise<ApiResponse<P, 'post'>>;
  },
};

/** Where a file produced by the server (an export, an upload) is downloaded. */
export const fileUrl = (fileId: string) => apiUrl('/files/{id}', { path: { id: fileId } });

/** A Chinese message for any error, for antd `message`. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '操作失败，请稍后重试';
}
