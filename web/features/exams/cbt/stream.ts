import type { ExamClock } from '../../../../shared/exams.js';
import { ExamApiError, openClockStream } from '../api.cbt.js';

/**
 * The server's pushes to one candidate (`GET /exam/stream`, server-sent events read with fetch so the token header
 * can be sent): a clock whenever its version changes (an extension, a pause) and `released` when the proctor released
 * the seat. Reconnects with a backoff; a server without the stream leaves the polling alone to carry the clock.
 */
export interface StreamHandlers {
  clock(c: ExamClock): void;
  released(): void;
  connected(on: boolean): void;
}

export function runClockStream(token: string, on: StreamHandlers): () => void {
  const abort = new AbortController();
  let failures = 0;
  const loop = async () => {
    while (!abort.signal.aborted) {
      try {
        const res = await openClockStream(token, abort.signal);
        failures = 0;
        on.connected(true);
        await read(res.body!, on, abort.signal);
      } catch (e) {
        if (e instanceof ExamApiError && e.status === 401) {
          on.released();
          return;
        }
        failures++;
        // No such route (an older server): try again rarely.
        if (e instanceof ExamApiError && e.status === 404) failures = 12;
      }
      on.connected(false);
      if (abort.signal.aborted) return;
      await new Promise((r) => setTimeout(r, Math.min(30_000, 1000 * 2 ** Math.min(failures, 5))));
    }
  };
  void loop();
  return () => abort.abort();
}

async function read(body: ReadableStream<Uint8Array>, on: StreamHandlers, signal: AbortSignal) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buf += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buf.search(/\r?\n\r?\n/)) >= 0) {
      const block = buf.slice(0, end);
      buf = buf.slice(end).replace(/^\r?\n\r?\n/, '');
      dispatch(block, on);
    }
  }
}

function dispatch(block: string, on: StreamHandlers) {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split(/\r?\n/)) {
    if (line.startsWith(':')) continue; // heartbeat
    if (line.startsWith('event:')) event = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  let payload: unknown = null;
  try {
    payload = data.length ? JSON.parse(data.join('\n')) : null;
  } catch {
    payload = null;
  }
  const obj = payload as { type?: string; clock?: ExamClock; deadline?: number } | null;
  if (event === 'released' || obj?.type === 'released') return on.released();
  const clock = obj?.clock ?? (typeof obj?.deadline === 'number' ? (obj as unknown as ExamClock) : null);
  if (clock) on.clock(clock);
}
