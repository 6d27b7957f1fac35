// Server push of the computer-based exam (R-EXAM-02): candidate streams get their clock within a second or two of a
// change (an extension, a pause) and a `released` event when the proctor releases the seat; console streams get the
// room's snapshot when it changed. Per process, ONE database poll a second for all candidate streams, and one
// snapshot per watched room every two seconds; all state is in the database, so this works across app processes.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import type { ExamClock } from '../../../shared/exams.js';
import { attemptOrThrow } from './cbt.service.js';
import { cbtSettings, clockColumns, clockOf, rowsOf, tokenHash, type ClockRow } from './cbt.store.js';
import { consoleSnapshot } from './console.service.js';
import { assertRoom, type RoomScope } from './exams.access.js';

const HEARTBEAT_MS = 15_000;

interface CandidateSub {
  attemptId: string;
  tokenHash: string;
  version: number;
  deadline: number;
  paused: boolean;
  state: string;
  send(event: string, data: unknown): void;
  close(): void;
}

interface ConsoleSub {
  scope: RoomScope;
  last: string;
  send(event: string, data: unknown): void;
  close(): void;
}

/** Opens an SSE response on the raw socket: the client reads it with fetch (the token goes in a header). */
function openStream(req: FastifyRequest, reply: FastifyReply) {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': req.id,
  });
  res.write(': open\n\n');
  const send = (event: string, data: unknown) => {
    if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const heartbeat = setInterval(() => {
    if (!res.writableEnded) res.write(': hb\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const closers: (() => void)[] = [() => clearInterval(heartbeat)];
  const close = () => {
    for (const c of closers.splice(0)) c();
    if (!res.writableEnded) res.end();
  };
  req.raw.on('close', close);
  res.on('close', close);
  return { send, close, onClose: (fn: () => void) => closers.push(fn) };
}

/** One hub per database handle (per process): the subscribers and the poll. */
export class LiveHub {
  private candidates = new Set<CandidateSub>();
  private consoles = new Set<ConsoleSub>();
  private timer: NodeJS.Timeout | null = null;
  private ticks = 0;
  private busy = false;

  constructor(private db: DbOrTx) {}

  private ensureTimer() {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), 1_000);
    this.timer.unref();
  }

  private maybeStop() {
    if (!this.candidates.size && !this.consoles.size && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** One poll (exported for tests through `pollOnce`). */
  async tick() {
    if (this.busy) return;
    this.busy = true;
    try {
      this.ticks++;
      await this.pollCandidates();
      if (this.ticks % 2 === 0) await this.pollConsoles();
    } catch {
      // A failed poll (database restarting) is retried on the next tick; the streams stay open.
    } finally {
      this.busy = false;
    }
  }

  private async pollCandidates() {
    if (!this.candidates.size) return;
    const subs = [...this.candidates];
    const ids = [...new Set(subs.map((s) => s.attemptId))];
    const grace = (await cbtSettings(this.db)).graceSeconds;
    const rows: (ClockRow & { id: string; token_hash: string | null })[] = [];
    for (let i = 0; i < ids.length; i += 2000) {
      const part = ids.slice(i, i + 2000);
      const res = await this.db.execute(sql`
        select a.id, a.token_hash, ${clockColumns}
          from exam_attempts a
          join exam_room_sessions r on r.id = a.room_session_id
          join exam_sittings s on s.sitting_id = a.sitting_id
         where a.id in (${sql.join(
           part.map((id) => sql`${id}`),
           sql`, `,
         )})`);
      rows.push(...rowsOf<ClockRow & { id: string; token_hash: string | null }>(res));
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const s of subs) {
      const r = byId.get(s.attemptId);
      if (!r || r.token_hash !== s.tokenHash) {
        s.send('released', { reason: '座位已被监考员释放，或已在其他设备登录' });
        s.close();
        continue;
      }
      const clock = clockOf(r, grace);
      if (
        clock.version !== s.version ||
        clock.deadline !== s.deadline ||
        clock.paused !== s.paused ||
        clock.state !== s.state
      ) {
        Object.assign(s, {
          version: clock.version,
          deadline: clock.deadline,
          paused: clock.paused,
          state: clock.state,
        });
        s.send('clock', clock);
      }
    }
  }

  private async pollConsoles() {
    const byRoom = new Map<string, ConsoleSub[]>();
    for (const c of this.consoles) {
      // Viewers with the same standing see the same snapshot (the room code and conflicts depend on the viewer).
      const key = `${c.scope.sittingId}/${c.scope.room.id}/${c.scope.personIds.join(',')}/${c.scope.centre}/${c.scope.proctor || c.scope.siteHead}`;
      if (!byRoom.has(key)) byRoom.set(key, []);
      byRoom.get(key)!.push(c);
    }
    for (const subs of byRoom.values()) {
      const snap = await consoleSnapshot(this.db, subs[0].scope);
      const digest = createHash('sha1')
        .update(JSON.stringify({ ...snap, room: { ...snap.room, serverNow: 0 } }))
        .digest('hex');
      for (const s of subs)
        if (s.last !== digest) {
          s.last = digest;
          s.send('console', snap);
        }
    }
  }

  /** `GET /exam/stream`: the candidate's clock now, then on every change; `released` when the token stops working. */
  async candidateStream(req: FastifyRequest, reply: FastifyReply, token: string | undefined) {
    const a = await attemptOrThrow(this.db, token);
    const clock: ExamClock = clockOf(a, (await cbtSettings(this.db)).graceSeconds);
    const stream = openStream(req, reply);
    const sub: CandidateSub = {
      attemptId: a.id,
      tokenHash: tokenHash(token!),
      version: clock.version,
      deadline: clock.deadline,
      paused: clock.paused,
      state: clock.state,
      send: stream.send,
      close: stream.close,
    };
    this.candidates.add(sub);
    stream.onClose(() => {
      this.candidates.delete(sub);
      this.maybeStop();
    });
    stream.send('clock', clock);
    this.ensureTimer();
  }

  /** `GET /exams/rooms/:sittingId/:roomId/stream`: the console snapshot now, then whenever it changed (≤ 2 s). */
  async consoleStream(
    req: FastifyRequest,
    reply: FastifyReply,
    q: { actor: Actor | null; sittingId: string; roomId: string },
  ) {
    const scope = await assertRoom(this.db, q.actor!, { sittingId: q.sittingId, roomId: q.roomId }, 'read');
    const snap = await consoleSnapshot(this.db, scope);
    const stream = openStream(req, reply);
    const sub: ConsoleSub = { scope, last: '', send: stream.send, close: stream.close };
    this.consoles.add(sub);
    stream.onClose(() => {
      this.consoles.delete(sub);
      this.maybeStop();
    });
    stream.send('console', snap);
    this.ensureTimer();
  }

  /** Stops the poll and closes every stream (app shutdown). */
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const c of [...this.candidates]) c.close();
    for (const c of [...this.consoles]) c.close();
    this.candidates.clear();
    this.consoles.clear();
  }
}
