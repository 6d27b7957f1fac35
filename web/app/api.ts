/**
 * The one way the web talks to the server: JSON over fetch with the session cookie, the CSRF token on every
 * state change, and the server's `{ error: { code, message, details, requestId } }` turned into an ApiError.
 */

export interface FieldIssue {
  field: string;
  message: string;
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

export const API_BASE = '/api/v1';

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

type Query = Record<string, string | number | boolean | null | undefined>;

function withQuery(path: string, query?: Query) {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(method: string, path: string, opts: { query?: Query; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  // Fastify refuses an empty body declared as JSON, so the header goes only with a body.
  if (opts.body !== undefined) headers['content-type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(API_BASE + withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
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
  if (res.ok) return data as T;

  const err = (data as { error?: { code?: string; message?: string; details?: unknown; requestId?: string } } | null)
    ?.error;
  const apiError = new ApiError(
    res.status,
    err?.code ?? 'HTTP_' + res.status,
    err?.message ?? (res.status >= 500 ? '服务器内部错误，请稍后重试' : `请求失败（${res.status}）`),
    err?.details ?? null,
    err?.requestId ?? null,
  );
  if (res.status === 401 && path !== '/auth/login') handlers?.onUnauthenticated(path);
  if (res.status === 403 && apiError.code === 'PASSWORD_CHANGE_REQUIRED') handlers?.onPasswordChangeRequired();
  throw apiError;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** Where a file produced by the server (an export, an upload) is downloaded. */
export const fileUrl = (fileId: string) => `${API_BASE}/files/${encodeURIComponent(fileId)}`;

/** A Chinese message for any error, for antd `message`. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '操作失败，请稍后重试';
}
