/**
 * The computer-based exam's bench fixture (bench/exam-load.ts, bench/exam-crash.ts): N candidates ready for a
 * computer-based theory sitting, made FAST with bulk SQL on a migrated, demo-seeded database.
 *
 *   const { database, pii } = await openBenchDatabase({ DATA_DIR, DATABASE_URL?, PII_KEY? });
 *   const fx = await buildExamFixture(database, pii, 5000, { startsAt, endsAt });
 *   await database.close(); // then start the real server(s) on the same DATA_DIR / DATABASE_URL
 *
 * Template rows are copied from the demo (the 数控机床装调维修工 theory sitting whose per-candidate forms are
 * published, one of its candidates and their application, one of its exam rooms): `insert … select` from the
 * template row fills every NOT NULL column, the copy overrides ids and what must be unique. Each candidate gets a
 * valid resident ID number whose lookup hash is what the exam login computes (`sealIdNumber`, the PII key of the
 * server), rooms of 30 with a room session and a known room code, and an attempt whose paper blob is a REAL
 * published form of the demo (the sitting's 30 forms and the fixed paper A, in turn), encrypted with the sitting's
 * key, so the hot path and scoring at submit are the real ones. The sitting's `exam_sittings` row is the exam
 * module's own: `setSittingTimes` moves its start and end (and every deadline).
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../server/config.js';
import { migrateDatabase, openDatabase, rowsOf, type Database, type Db } from '../server/db/client.js';
import { preparePiiKey, type PiiCipher } from '../server/http/pii.js';
import { seedDatabase } from '../server/seed.js';
import { seedDemoArrangement } from '../server/modules/arrangement/arrangement.demo.js';
import { seedDemoItemBank } from '../server/modules/itembank/itembank.demo.js';
import { publishedPaper } from '../server/modules/itembank/itembank.reads.js';
import { encryptPaper, plainPaper } from '../server/modules/exams/prepare.service.js';
import { sealIdNumber } from '../server/modules/people/people.service.js';
import { FileStore } from '../server/modules/files/files.service.js';
import { idCheckChar } from '../shared/idcard.js';
import type { ExamSettings } from '../shared/exams.js';
import { defaultExamSettings } from '../shared/exams.js';

export interface FixtureCandidate {
  ticket: string;
  idNumber: string;
  roomCode: string;
  itemCount: number;
  attemptId: string;
  roomSessionId: string;
  roomId: string;
  seatNo: number;
}

export interface ExamFixture {
  sittingId: string;
  batchId: string;
  candidates: FixtureCandidate[];
  rooms: { roomId: string; roomSessionId: string; roomCode: string; name: string }[];
  paperIds: string[];
  startsAt: Date;
  endsAt: Date;
}

/** The environment the real server gets (server/config.ts): DATA_DIR, DATABASE_URL (PostgreSQL) and PII_KEY. */
export interface BenchEnv {
  DATA_DIR: string;
  DATABASE_URL?: string;
  PII_KEY?: string;
}

/**
 * Opens the database the server will use, migrates it, settles the PII key (embedded: DATA_DIR/pii.key, made when
 * new; PostgreSQL: PII_KEY) and loads the demo when the database is empty, as server/main.ts does in demo mode (a
 * DATABASE_URL makes the server start in production mode, which would load no demo). Close it before the server
 * opens an embedded data directory.
 */
export async function openBenchDatabase(env: BenchEnv): Promise<{ database: Database; pii: PiiCipher }> {
  const config = loadConfig({
    DATA_DIR: env.DATA_DIR,
    DATABASE_URL: env.DATABASE_URL,
    PII_KEY: env.PII_KEY,
    SKILLCERT_MODE: 'demo',
  });
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
  try {
    await migrateDatabase(database);
    const pii = await preparePiiKey(database.db, config);
    const seeded = await seedDatabase(database.db, 'demo', pii, { provisionalCalendars: true });
    if (seeded.kind === 'demo') {
      await seedDemoArrangement(database.db, pii, {
        files: new FileStore(database.db, path.join(config.dataDir, 'files'), 10 * 1024 * 1024, pii),
      });
      await seedDemoItemBank(database.db);
    }
    return { database, pii };
  } catch (err) {
    await database.close();
    throw err;
  }
}

const q = async <T>(db: Db, query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));

/** The form as a candidate's client receives it (R-EXAM-02: no key, images by URL): the exam module's own. */
export const plainForm = plainPaper;

/** AES-256-GCM of the form's JSON: base64(iv(12) ‖ ciphertext ‖ tag(16)), the exam module's own encryption. */
export const encryptForm = encryptPaper;

/** A valid 18-character resident ID number, distinct for each (series, i) with i < 36,500,000. */
export function benchIdNumber(series: number, i: number): string {
  // region 4101xx by series (00–99), a birth day from 1970-01-01 + i / 1000 days, a sequence i % 1000
  const day = new Date(Date.UTC(1970, 0, 1) + Math.floor(i / 1000) * 86_400_000);
  const ymd = day.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `4101${String(series % 100).padStart(2, '0')}${ymd}${String(i % 1000).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** Columns of a table in order (for `insert … select` copies that fill every column). */
async function columnsOf(db: Db, table: string): Promise<string[]> {
  const rows = await q<{ c: string }>(
    db,
    sql`select column_name as c from information_schema.columns
         where table_schema = 'public' and table_name = ${table} and is_generated = 'NEVER'
         order by ordinal_position`,
  );
  return rows.map((r) => r.c);
}

/**
 * Copies the template row `templateId` of `table` once per element of `values`: every column from the template
 * except those in `set`, whose SQL expressions may read the element's fields as `v.<name>` (types in `types`).
 */
async function cloneRows(
  db: Db,
  table: string,
  templateId: string,
  types: Record<string, string>,
  values: Record<string, unknown>[],
  set: Record<string, string>,
) {
  const cols = await columnsOf(db, table);
  const exprs = cols.map((c) => (c in set ? set[c] : `t.${c}`));
  const defs = Object.entries(types)
    .map(([k, t]) => `${k} ${t}`)
    .join(', ');
  for (let i = 0; i < values.length; i += 2000) {
    const part = JSON.stringify(values.slice(i, i + 2000));
    await db.execute(
      sql`insert into ${sql.raw(table)} (${sql.raw(cols.join(', '))})
          select ${sql.raw(exprs.join(', '))}
            from ${sql.raw(table)} t, jsonb_to_recordset(${part}::jsonb) as v(${sql.raw(defs)})
           where t.id = ${templateId}`,
    );
  }
}

let fixtureSeries = 0;

/** China time's day and HH:MM of an instant. */
function chinaParts(d: Date) {
  const s = new Date(d.getTime() + 8 * 3_600_000).toISOString();
  return { day: s.slice(0, 10), hhmm: s.slice(11, 16) };
}

/**
 * N candidates of a new computer-based theory sitting (a copy of the demo's 数控 theory sitting in the same batch),
 * prepared: rooms of `roomSize` (30) under the demo room's site, room sessions with their codes, one attempt per
 * candidate with a real published form. `series` (0–99) keeps ID numbers distinct between fixtures of one database.
 */
export async function buildExamFixture(
  database: Database,
  pii: PiiCipher,
  n: number,
  opts: { startsAt: Date; endsAt: Date; roomSize?: number; series?: number; tag?: string },
): Promise<ExamFixture> {
  const db = database.db;
  const roomSize = opts.roomSize ?? 30;
  const series = opts.series ?? 50 + (fixtureSeries++ % 50);
  const tag = opts.tag ?? randomBytes(3).toString('hex').toUpperCase();

  // The template: the sitting whose per-candidate forms are published, one of its candidates and a room.
  const [tpl] = await q<{ sitting_id: string; person_id: string; application_id: string }>(
    db,
    sql`select a.sitting_id, p.person_id, p.application_id
          from papers p join assemblies a on a.id = p.assembly_id
         where p.state = 'published' and p.person_id is not null and p.application_id is not null
           and a.sitting_id is not null
         order by p.label limit 1`,
  );
  if (!tpl) throw new Error('exam fixture: the demo has no published per-candidate forms (was the demo seeded?)');
  const forms = await q<{ id: string }>(
    db,
    sql`select p.id from papers p join assemblies a on a.id = p.assembly_id
         where p.state = 'published' and (a.sitting_id = ${tpl.sitting_id} or p.person_id is null)
         order by p.label, p.id`,
  );
  const [room] = await q<{ id: string; site_id: string }>(
    db,
    sql`select id, site_id from exam_rooms where kind in ('theory', 'computer') and active order by (kind = 'computer') desc, name limit 1`,
  );
  if (!room) throw new Error('exam fixture: the demo has no exam room');
  const [sit] = await q<{ batch_id: string }>(
    db,
    sql`select batch_id from batch_sittings where id = ${tpl.sitting_id}`,
  );

  // The sitting (a copy of the template's, times set) and its exam settings row with the key.
  const sittingId = randomUUID();
  const s = chinaParts(opts.startsAt);
  const e = chinaParts(opts.endsAt);
  await db.execute(
    sql`insert into batch_sittings (id, batch_id, seq, kind, day, starts_at, ends_at, place, modules)
        select ${sittingId}, batch_id, seq + 100, kind, ${s.day}, ${s.hhmm}, ${e.hhmm}, place || '（压测）', modules
          from batch_sittings where id = ${tpl.sitting_id}`,
  );
  const paperKey = randomBytes(32).toString('base64');
  await db.execute(
    sql`insert into exam_sittings (sitting_id, mode, paper_key, starts_at, ends_at, prepared_at)
        values (${sittingId}, 'computer', ${paperKey}, ${opts.startsAt.toISOString()}, ${opts.endsAt.toISOString()}, now())`,
  );

  // The forms, each encrypted once with the sitting's key.
  const blobs: { paperId: string; blob: string; itemCount: number }[] = [];
  for (const f of forms) {
    const p = await publishedPaper(db, f.id);
    if (p) blobs.push({ paperId: p.paperId, blob: encryptForm(paperKey, plainForm(p)), itemCount: p.items.length });
  }
  if (!blobs.length) throw new Error('exam fixture: no published form could be read');

  // Persons and their applications (copies of the template candidate's), rooms and room sessions.
  const people = Array.from({ length: n }, (_, i) => {
    const idNumber = benchIdNumber(series, i);
    const sealed = sealIdNumber(pii, 'resident', idNumber);
    return {
      id: randomUUID(),
      app: randomUUID(),
      name: `压测考生${String(i + 1).padStart(5, '0')}`,
      id_cipher: sealed.idCipher,
      id_hash: sealed.idHash,
      id_masked: sealed.idMasked,
      birth_year: sealed.birthYear,
      idNumber,
    };
  });
  await cloneRows(
    db,
    'persons',
    tpl.person_id,
    { id: 'uuid', name: 'text', id_cipher: 'text', id_hash: 'text', id_masked: 'text', birth_year: 'int' },
    people,
    {
      id: 'v.id',
      name: 'v.name',
      id_type: `'resident'`,
      id_cipher: 'v.id_cipher',
      id_hash: 'v.id_hash',
      id_masked: 'v.id_masked',
      birth_year: 'v.birth_year',
      student_number: 'null',
      user_id: 'null',
      phone: 'null',
      photo_file_id: 'null',
      created_at: 'now()',
      updated_at: 'now()',
    },
  );
  await cloneRows(
    db,
    'applications',
    tpl.application_id,
    { id: 'uuid', person_id: 'uuid' },
    people.map((p) => ({ id: p.app, person_id: p.id })),
    {
      id: 'v.id',
      person_id: 'v.person_id',
      status: `'approved'`,
      photo_file_id: 'null',
      evidence: `'[]'::jsonb`,
      created_at: 'now()',
      updated_at: 'now()',
      submitted_at: 'now()',
    },
  );
  const roomCount = Math.ceil(n / roomSize);
  const rooms = Array.from({ length: roomCount }, (_, i) => ({
    roomId: randomUUID(),
    roomSessionId: randomUUID(),
    roomCode: String(randomInt(0, 1_000_000)).padStart(6, '0'),
    name: `压测机房 ${tag}-${String(i + 1).padStart(3, '0')}`,
  }));
  await cloneRows(
    db,
    'exam_rooms',
    room.id,
    { id: 'uuid', name: 'text' },
    rooms.map((r) => ({ id: r.roomId, name: r.name })),
    {
      id: 'v.id',
      name: 'v.name',
      capacity: String(roomSize),
      stations: 'null',
      note: 'null',
      created_at: 'now()',
      updated_at: 'now()',
    },
  );
  for (let i = 0; i < rooms.length; i += 1000) {
    const part = JSON.stringify(
      rooms.slice(i, i + 1000).map((r) => ({ id: r.roomSessionId, room_id: r.roomId, code: r.roomCode })),
    );
    await db.execute(
      sql`insert into exam_room_sessions (id, sitting_id, room_id, room_code)
          select v.id, ${sittingId}, v.room_id, v.code from jsonb_to_recordset(${part}::jsonb) as v(id uuid, room_id uuid, code text)`,
    );
  }

  // One attempt per candidate, the forms in turn.
  const candidates: FixtureCandidate[] = people.map((p, i) => {
    const r = rooms[Math.floor(i / roomSize)];
    const f = blobs[i % blobs.length];
    return {
      ticket: `KS${tag}${String(i + 1).padStart(6, '0')}`,
      idNumber: p.idNumber,
      roomCode: r.roomCode,
      itemCount: f.itemCount,
      attemptId: randomUUID(),
      roomSessionId: r.roomSessionId,
      roomId: r.roomId,
      seatNo: (i % roomSize) + 1,
    };
  });
  for (let i = 0; i < n; i += 1000) {
    const part = JSON.stringify(
      candidates.slice(i, i + 1000).map((c, k) => {
        const f = blobs[(i + k) % blobs.length];
        return {
          id: c.attemptId,
          rs: c.roomSessionId,
          app: people[i + k].app,
          person: people[i + k].id,
          seat: c.seatNo,
          ticket: c.ticket,
          hash: people[i + k].id_hash,
          paper: f.paperId,
          n: f.itemCount,
          fi: (i + k) % blobs.length,
        };
      }),
    );
    // The blob travels once per form, not once per attempt.
    const blobJson = JSON.stringify(blobs.map((b) => b.blob));
    await db.execute(
      sql`insert into exam_attempts (id, sitting_id, room_session_id, application_id, person_id, seat_no, ticket_number,
                                     id_hash, paper_id, paper_blob, item_count, state, deadline_at)
          select v.id, ${sittingId}, v.rs, v.app, v.person, v.seat, v.ticket, v.hash, v.paper,
                 (${blobJson}::jsonb) ->> v.fi, v.n, 'ready', ${opts.endsAt.toISOString()}
            from jsonb_to_recordset(${part}::jsonb)
              as v(id uuid, rs uuid, app uuid, person uuid, seat int, ticket text, hash text, paper uuid, n int, fi int)`,
    );
  }
  return {
    sittingId,
    batchId: sit.batch_id,
    candidates,
    rooms,
    paperIds: blobs.map((b) => b.paperId),
    startsAt: opts.startsAt,
    endsAt: opts.endsAt,
  };
}

/**
 * Moves the sitting's start and end (its own `exam_sittings` row, and the copy in `batch_sittings`), and every
 * attempt's deadline to the end plus its room's and its own extensions and pauses (as recomputeDeadlines does).
 */
export async function setSittingTimes(db: Db, sittingId: string, startsAt: Date, endsAt: Date) {
  const s = chinaParts(startsAt);
  const e = chinaParts(endsAt);
  await db.transaction(async (tx) => {
    await tx.execute(
      sql`update exam_sittings set starts_at = ${startsAt.toISOString()}, ends_at = ${endsAt.toISOString()}, updated_at = now()
           where sitting_id = ${sittingId}`,
    );
    await tx.execute(
      sql`update batch_sittings set day = ${s.day}, starts_at = ${s.hhmm}, ends_at = ${e.hhmm} where id = ${sittingId}`,
    );
    await tx.execute(sql`
      update exam_attempts a
         set deadline_at = ${endsAt.toISOString()}::timestamptz
                           + make_interval(secs => r.extension_seconds + r.paused_seconds + a.extension_seconds)
        from exam_room_sessions r
       where a.room_session_id = r.id and a.sitting_id = ${sittingId}`);
    await tx.execute(
      sql`update exam_room_sessions set clock_version = clock_version + 1, updated_at = now() where sitting_id = ${sittingId}`,
    );
  });
}

/** Sets exam settings (the one row, id 1), e.g. a short grace for a shortened bench exam. */
export async function setExamSettings(db: Db, patch: Partial<ExamSettings>) {
  const rows = await q<{ settings: ExamSettings }>(db, sql`select settings from exam_settings where id = 1`);
  const next = JSON.stringify({ ...defaultExamSettings, ...(rows[0]?.settings ?? {}), ...patch });
  await db.execute(
    sql`insert into exam_settings (id, settings) values (1, ${next}::jsonb)
        on conflict (id) do update set settings = excluded.settings, updated_at = now()`,
  );
}

/** What the database holds of a fixture's attempts, for the end checks: answers and submissions. */
export async function readOutcome(db: Db, sittingId: string) {
  const answers = await q<{ attempt_id: string; item_no: number; value: string; seq: string | number }>(
    db,
    sql`select x.attempt_id, x.item_no, x.value, x.seq
          from exam_answers x join exam_attempts a on a.id = x.attempt_id
         where a.sitting_id = ${sittingId}`,
  );
  const attempts = await q<{
    id: string;
    state: string;
    submit_kind: string | null;
    submitted_at: string | null;
    receipt: string | null;
    score: string | null;
  }>(
    db,
    sql`select id, state, submit_kind, submitted_at::text, receipt, score::text from exam_attempts where sitting_id = ${sittingId}`,
  );
  const stored = new Map<string, Map<number, { value: string; seq: number }>>();
  for (const a of answers) {
    let m = stored.get(a.attempt_id);
    if (!m) stored.set(a.attempt_id, (m = new Map()));
    m.set(Number(a.item_no), { value: a.value, seq: Number(a.seq) });
  }
  return { stored, attempts };
}
