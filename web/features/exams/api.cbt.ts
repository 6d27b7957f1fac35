/**
 * The candidate's computer-based exam API (R-EXAM-02): public routes under /api/v1/exam/, called with the attempt's
 * device token in `x-exam-token` and never the staff session cookie. Every call reports when it was sent and when
 * its answer arrived, so the clock can correct its offset from the server's `serverNow` (web/features/exams/cbt/clock.ts).
 */
import {
  EXAM_TOKEN_HEADER,
  type ExamClock,
  type ExamEventsBody,
  type ExamLoginBody,
  type ExamLoginResponse,
  type ExamResumeResponse,
  type ExamSaveBody,
  type ExamSaveResponse,
  type ExamSubmitBody,
  type ExamSubmitResponse,
} from '../../../shared/exams.js';
import { API_BASE } from '../../app/api.js';

export interface ExamPaperBlob {
  paperId: string;
  itemCount: number;
  blob: string;
}

/** An answer with the moments the request left and the reply arrived (client clock, epoch ms). */
export interface Timed<T> {
  data: T;
  sentAt: number;
  receivedAt: number;
}

/** A refused or failed call; status 0 is "no connection". */
export class ExamApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ExamApiError';
  }
  get offline() {
    return this.status === 0;
  }
  /** Worth trying again later: no connection, the server busy or restarting. */
  get transient() {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}

async function request<T>(
  method: 'GET' | 'POST',
  path: string,
  token: string | null,
  body?: unknown,
  signal?: AbortSignal,
): Promise<Timed<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers[EXAM_TOKEN_HEADER] = token;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const sentAt = Date.now();
  let res: Response;
  let text: string;
  try {
    res = await fetch(API_BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
    text = await res.text();
  } catch {
    throw new ExamApiError(0, 'NETWORK', '网络已断开，无法连接考试服务器');
  }
  const receivedAt = Date.now();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (res.ok) return { data: data as T, sentAt, receivedAt };
  const err = (data as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  throw new ExamApiError(
    res.status,
    err?.code ?? `HTTP_${res.status}`,
    err?.message ?? (res.status >= 500 ? '考试服务器暂时繁忙，正在重试' : `请求失败（${res.status}）`),
    err?.details ?? null,
  );
}

export const cbtApi = {
  login: (body: ExamLoginBody) => request<ExamLoginResponse>('POST', '/exam/login', null, body),
  paper: (token: string) => request<ExamPaperBlob>('GET', '/exam/paper', token),
  start: (token: string) => request<{ key: string; clock: ExamClock }>('POST', '/exam/start', token, {}),
  save: (token: string, body: ExamSaveBody) => request<ExamSaveResponse>('POST', '/exam/answers', token, body),
  resume: (token: string) => request<ExamResumeResponse>('GET', '/exam/resume', token),
  submit: (token: string, body: ExamSubmitBody) => request<ExamSubmitResponse>('POST', '/exam/submit', token, body),
  events: (token: string, body: ExamEventsBody) => request<unknown>('POST', '/exam/events', token, body),
  clock: (token: string) => request<ExamClock>('GET', '/exam/clock', token),
};

/** The stream of clock pushes (SSE), read with fetch so the token header can be sent. */
export async function openClockStream(token: string, signal: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(API_BASE + '/exam/stream', {
      headers: { accept: 'text/event-stream', [EXAM_TOKEN_HEADER]: token },
      credentials: 'omit',
      cache: 'no-store',
      signal,
    });
  } catch {
    throw new ExamApiError(0, 'NETWORK', '网络已断开，无法连接考试服务器');
  }
  if (!res.ok || !res.body) {
    await res.text().catch(() => '');
    throw new ExamApiError(res.status, `HTTP_${res.status}`, '时钟推送不可用');
  }
  return res;
}
