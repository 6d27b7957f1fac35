/**
 * Bulk tickets bench (R-ARR-11): is printing 1,000 tickets (photo + QR code each) as the `tickets.bulk` job within
 * 1.5× of the floor?
 *
 *   npm run bench:tickets              1,000 tickets (TICKETS=200 npm run bench:tickets for fewer)
 *
 * On a fresh in-memory PGlite (migrated, demo-seeded) it writes a batch with the authority's approval, a site with
 * theory and skill rooms, TICKETS approved and paid candidates each with its own 295 × 413 JPEG photo in the file
 * store, and a published arrangement (seats and ticket numbers). Then, in the same process, it measures
 *   (a) the floor: PDFKit drawing the same ticket page TICKETS times with the same font, one photo's bytes and a
 *       fixed QR code — no database, no file reads, no QR encoding, no signing, no ZIP;
 *   (b) the real path: the job handler `bulkTicketsJob` (gate checks, loading seats, persons and photos from the
 *       database and file store, HMAC + QR per ticket, one PDF with a bookmark per room, stored through the file store),
 * and prints both rates and their ratio (goal ≤ 1.5). Each side runs twice; the faster run counts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../server/config.js';
import { migrateDatabase, openPglite } from '../server/db/client.js';
import {
  applications,
  arrangementRuns,
  arrangementSeats,
  batchSittings,
  batches,
  colleges,
  examRooms,
  examSites,
  persons,
  users,
} from '../server/db/schema/index.js';
import { PiiCipher } from '../server/http/pii.js';
import { seedDatabase } from '../server/seed.js';
import { toActor } from '../server/modules/auth/auth.service.js';
import { FileStore } from '../server/modules/files/files.service.js';
import type { JobContext } from '../server/modules/jobs/jobs.service.js';
import { createBatch } from '../server/modules/plans/batch.service.js';
import { batchBodyFor } from '../server/modules/plans/plans.testkit.js';
import { createExamDocument, toBytes } from '../server/modules/arrangement/documents/draw.js';
import { qrMatrix } from '../server/modules/arrangement/documents/qr.js';
import { bulkTicketsJob, ticketQrKey } from '../server/modules/arrangement/documents/documents.service.js';
import { findPublishedRun, loadTickets } from '../server/modules/arrangement/documents/load.js';
import { findBatch } from '../server/modules/plans/batch.service.js';
import { candidateRules, renderTickets } from '../server/modules/arrangement/documents/tickets.js';
import type { TicketData } from '../server/modules/arrangement/documents/types.js';
import { emptyRunInput, emptyRunResult } from '../server/modules/arrangement/arrangement.testkit.js';

const N = Number(process.env.TICKETS ?? 1000);
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const log = (m: string) => console.log(`[tickets bench] ${m}`);
const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const given = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀英', '晓东', '海燕'];

async function photoOf(i: number) {
  const hue = (i * 37) % 255;
  const svg = `<svg width="295" height="413"><rect width="295" height="413" fill="rgb(${90 + (hue % 80)},${130 + (i % 60)},${200 - (hue % 50)})"/><circle cx="147" cy="160" r="78" fill="#f1d2b4"/><rect x="45" y="262" width="205" height="151" rx="40" fill="#2f3545"/><text x="10" y="24" font-size="14">${i}</text></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-tickets-bench-'));
  const database = await openPglite({});
  await migrateDatabase(database);
  await seedDatabase(database.db, 'demo', new PiiCipher(Buffer.from(KEY, 'hex')));
  const db = database.db;
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PII_KEY: KEY,
    PUBLIC_URL: 'https://kaowu.example.edu.cn',
  });
  const files = new FileStore(db, path.join(dataDir, 'files'), 10 * 1024 * 1024);
  const [kaowuUser] = await db.select().from(users).where(eq(users.username, 'kaowu'));
  const actor = toActor(kaowuUser, null);

  // --- the data: batch, rooms, candidates with photos, a published arrangement
  let t0 = performance.now();
  const [{ id: JD }] = await db.select({ id: colleges.id }).from(colleges).where(eq(colleges.code, 'JD'));
  const batch = await createBatch(db, {
    actor,
    data: { ...batchBodyFor(JD, { examDay: '2027-06-10', title: '电工 2027 年夏季认定' }), capacity: N } as never,
  });
  await db
    .update(batches)
    .set({ state: 'arranged', approvalNumber: '豫鉴〔2027〕12号', approvalDate: '2027-05-20' })
    .where(eq(batches.id, batch.id));
  const [theory, skill] = await db
    .select()
    .from(batchSittings)
    .where(eq(batchSittings.batchId, batch.id))
    .orderBy(batchSittings.seq);
  const [site] = await db.insert(examSites).values({ name: '信息楼' }).returning();
  const [skillSite] = await db.insert(examSites).values({ name: '实训楼' }).returning();
  const rooms = Math.ceil(N / 30);
  const theoryRooms = await db
    .insert(examRooms)
    .values(
      Array.from({ length: rooms }, (_, i) => ({
        siteId: site.id,
        name: `${200 + i + 1}`,
        kind: 'theory' as const,
        capacity: 30,
      })),
    )
    .returning();
  const skillRooms = await db
    .insert(examRooms)
    .values(
      Array.from({ length: rooms }, (_, i) => ({
        siteId: skillSite.id,
        name: `A${i + 1} 电工实训室`,
        kind: 'skill' as const,
        capacity: 30,
      })),
    )
    .returning();
  const apps: string[] = [];
  let photoBytes = 0;
  let samplePhoto: Buffer | null = null;
  for (let i = 0; i < N; i += 100) {
    const chunk = await Promise.all(Array.from({ length: Math.min(100, N - i) }, (_, k) => photoOf(i + k)));
    samplePhoto ??= chunk[0];
    const stored = await db.transaction(async (tx) =>
      Promise.all(
        chunk.map((bytes, k) =>
          files.record(tx, { bytes, name: `${i + k}.jpg`, mime: 'image/jpeg', ownerId: null, purpose: 'photo' }),
        ),
      ),
    );
    photoBytes += chunk.reduce((a, b) => a + b.length, 0);
    const ps = await db
      .insert(persons)
      .values(
        stored.map((f, k) => ({
          name: `${surnames[(i + k) % surnames.length]}${given[(i + k) % given.length]}`,
          gender: (i + k) % 2 ? ('female' as const) : ('male' as const),
          idType: 'resident' as const,
          idCipher: `bench-${i + k}`,
          idHash: `bench-ticket-${i + k}`,
          idMasked: `4101**********${String(1000 + ((i + k) % 9000)).slice(-4)}`,
          kind: 'student' as const,
          collegeId: JD,
          photoFileId: f.id,
        })),
      )
      .returning({ id: persons.id });
    const as = await db
      .insert(applications)
      .values(
        ps.map((p) => ({
          batchId: batch.id,
          personId: p.id,
          collegeId: JD,
          level: 4,
          status: 'approved' as const,
          feeStatus: 'paid' as const,
          feeDue: '150',
          source: 'import' as const,
        })),
      )
      .returning({ id: applications.id });
    apps.push(...as.map((a) => a.id));
  }
  const [run] = await db
    .insert(arrangementRuns)
    .values({
      batchIds: [batch.id],
      status: 'published',
      seed: 'bench',
      inputHash: 'bench',
      input: emptyRunInput('bench'),
      result: emptyRunResult('bench'),
      firstDay: '2027-06-10',
      visibleFrom: '2027-06-09',
      publishedAt: new Date(),
    })
    .returning();
  const seats = apps.flatMap((applicationId, i) => {
    const ticketNumber = `0001270610${'01'}${String(Math.floor(i / 30) + 1).padStart(2, '0')}${String((i % 30) + 1).padStart(2, '0')}`;
    const room = Math.floor(i / 30);
    return [
      {
        runId: run.id,
        applicationId,
        sittingId: theory.id,
        roomId: theoryRooms[room].id,
        seatNo: (i % 30) + 1,
        ticketNumber,
      },
      {
        runId: run.id,
        applicationId,
        sittingId: skill.id,
        roomId: skillRooms[room].id,
        seatNo: (i % 30) + 1,
        ticketNumber,
      },
    ];
  });
  for (let i = 0; i < seats.length; i += 1000) await db.insert(arrangementSeats).values(seats.slice(i, i + 1000));
  log(
    `data: ${N} candidates with photos (${(photoBytes / 1024 / 1024).toFixed(1)} MiB), ${rooms} theory + ${rooms} skill rooms, published — ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  // --- (a) the floor: the same pages (each candidate's own text, so PDFKit's layout cache helps no more than in
  // the real run), the same font, with the data already in memory: one photo's bytes and a fixed QR code.
  const fixedQr = qrMatrix('https://kaowu.example.edu.cn/ticket-check?n=0001270610010101&s=AAAAAAAAAAAAAAAA');
  const floorTickets: TicketData[] = Array.from({ length: N }, (_, i) => {
    const room = Math.floor(i / 30) + 1;
    const seat = String((i % 30) + 1);
    return {
      ticketNumber: `0001270610${'01'}${String(room).padStart(2, '0')}${seat.padStart(2, '0')}`,
      name: `${surnames[i % surnames.length]}${given[i % given.length]}`,
      gender: i % 2 ? '女' : '男',
      idMasked: `**************${String(1000 + (i % 9000)).slice(-4)}`,
      unit: '机电工程学院',
      occupation: '电工',
      occupationCode: '6-31-01-03',
      level: '四级/中级工',
      photo: samplePhoto,
      sittings: [
        {
          kindName: '理论知识考试',
          day: '2027-06-10',
          time: '09:00–10:30',
          site: '信息楼',
          room: `第 ${room} 考场（${200 + room}）`,
          seat,
        },
        {
          kindName: '操作技能考核',
          day: '2027-06-10',
          time: '14:00–17:00',
          site: '实训楼',
          room: `第 ${room} 考场（A${room} 电工实训室）`,
          seat,
        },
      ],
      qr: fixedQr,
    };
  });
  const floor = async (n: number) => {
    const doc = createExamDocument(config.PDF_FONT_PATH, { title: '准考证', author: 'bench' });
    renderTickets(
      doc,
      { centreName: '示范职业技术学院职业技能等级认定中心', batchTitle: '电工 2027 年夏季认定', rules: candidateRules },
      floorTickets.slice(0, n),
    );
    return (await toBytes(doc)).length;
  };
  // --- (b) the real path: the job handler
  let progressCalls = 0;
  const ctx = {
    job: { params: { actor, batchId: batch.id, groupBy: 'room' } },
    progress: async () => void progressCalls++,
  } as unknown as JobContext;
  const real = () => bulkTicketsJob({ db, files, config }, ctx);

  await floor(10); // warm up: font parse, JIT
  const floorMs: number[] = [];
  const realMs: number[] = [];
  let floorSize = 0;
  let result: Awaited<ReturnType<typeof real>> | null = null;
  for (let round = 0; round < 2; round++) {
    t0 = performance.now();
    floorSize = await floor(N);
    floorMs.push(performance.now() - t0);
    t0 = performance.now();
    result = await real();
    realMs.push(performance.now() - t0);
  }
  const f = Math.min(...floorMs);
  const r = Math.min(...realMs);
  // TICKETS_OUT=/tmp/t.pdf keeps the real run's PDF, to look at.
  if (process.env.TICKETS_OUT)
    fs.copyFileSync(
      files.pathOf((await db.query.files.findFirst({ where: (x, { eq: e }) => e(x.id, result!.fileId) }))!.sha256),
      process.env.TICKETS_OUT,
    );
  const outSize = fs.statSync(
    files.pathOf((await db.query.files.findFirst({ where: (x, { eq: e }) => e(x.id, result!.fileId) }))!.sha256),
  ).size;
  log(
    `floor: ${N} tickets in ${(f / 1000).toFixed(2)} s = ${((N / f) * 1000).toFixed(0)} tickets/s (one PDF, ${(floorSize / 1024 / 1024).toFixed(1)} MiB)`,
  );
  log(
    `real:  ${result!.tickets} tickets in ${(r / 1000).toFixed(2)} s = ${((result!.tickets / r) * 1000).toFixed(0)} tickets/s (one ${(outSize / 1024 / 1024).toFixed(1)} MiB PDF with ${result!.groups.length} room bookmarks, ${progressCalls / 2} progress reports)`,
  );
  // Where the difference goes: the loader alone (seats, persons, photos from the file store, HMAC + QR per ticket).
  t0 = performance.now();
  await loadTickets(db, {
    run: (await findPublishedRun(db, batch.id))!,
    batch: (await findBatch(db, batch.id))!,
    store: files,
    qrKey: ticketQrKey(config),
    baseUrl: config.PUBLIC_URL,
  });
  log(`  of which loading (database, photos, signing, QR encoding): ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  log(`ratio real/floor (time): ${(r / f).toFixed(2)} (goal ≤ 1.5)`);
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
