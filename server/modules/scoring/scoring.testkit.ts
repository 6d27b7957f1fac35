import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { batchSittings, examViolations, users } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';
import { seedDemoArrangement } from '../arrangement/arrangement.demo.js';
import { publishedExaminersOfSitting, publishedSeatsOfSitting } from '../arrangement/arrangement.reads.js';
import { seedDemoExamDay } from '../exams/exams.demo.js';
import { seedDemoItemBank } from '../itembank/itembank.demo.js';
import { publishedSkillPapers } from '../itembank/itembank.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { batchesForRegistration, demoTomorrowTheorySittingId } from '../plans/plans.reads.js';
import { applicationsByIds } from '../registration/registration.reads.js';

export interface ScoringCandidate {
  applicationId: string;
  personId: string;
  name: string;
  ticketNumber: string;
}

export interface ScoringFixture {
  batchId: string;
  theoryId: string;
  skillId: string;
  skillPaperId: string;
  /** The theory sitting's candidates, in seat order (the same candidates sit the skill exam). */
  candidates: ScoringCandidate[];
  /** The skill sitting's examiner group: the leader (kaopingyuan) and the two others (kaoping2, kaoping3). */
  examiners: { personId: string; leader: boolean }[];
}

/**
 * The demo's 明日开考 batch (数控机床装调维修工 四级: a paper theory sitting and a skill sitting, 30 candidates, the
 * examiner group 马建军 (leader, `kaopingyuan`), 田志刚 (`kaoping2`), 郭晓燕 (`kaoping3`)) and the demo bank with its
 * published skill paper.
 */
export async function makeScoringBatch(t: TestApp): Promise<ScoringFixture> {
  const db = t.database.db;
  await seedDemoArrangement(db, t.app.ctx.pii, { files: t.app.ctx.files });
  await seedDemoExamDay(db);
  await seedDemoItemBank(db);
  const theoryId = await demoTomorrowTheorySittingId(db);
  if (!theoryId) throw new Error('no demo theory sitting');
  const [theory] = await db.select().from(batchSittings).where(eq(batchSittings.id, theoryId));
  const sittings = await db.select().from(batchSittings).where(eq(batchSittings.batchId, theory.batchId));
  const skill = sittings.find((s) => s.kind === 'skill')!;
  const seats = await publishedSeatsOfSitting(db, theoryId);
  const apps = new Map(
    (
      await applicationsByIds(
        db,
        seats.map((s) => s.applicationId),
      )
    ).map((a) => [a.id, a]),
  );
  const people = new Map(
    (
      await personsByIds(
        db,
        [...apps.values()].map((a) => a.personId),
      )
    ).map((p) => [p.id, p]),
  );
  const [batch] = await batchesForRegistration(db, [theory.batchId]);
  const [paper] = await publishedSkillPapers(db, batch.occupationId);
  return {
    batchId: theory.batchId,
    theoryId,
    skillId: skill.id,
    skillPaperId: paper.id,
    candidates: seats.map((s) => {
      const a = apps.get(s.applicationId)!;
      return {
        applicationId: s.applicationId,
        personId: a.personId,
        name: people.get(a.personId)!.name,
        ticketNumber: s.ticketNumber!,
      };
    }),
    examiners: await publishedExaminersOfSitting(db, skill.id),
  };
}

/** Records a violation of the exam day directly (the exams module's recording is tested there). */
export async function recordTestViolation(
  t: TestApp,
  opts: { sittingId: string; c: ScoringCandidate; tier: number; clause: string },
) {
  const db = t.database.db;
  const seats = await publishedSeatsOfSitting(db, opts.sittingId);
  const seat = seats.find((s) => s.applicationId === opts.c.applicationId)!;
  const [kaowu] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'kaowu'));
  const [row] = await db
    .insert(examViolations)
    .values({
      sittingId: opts.sittingId,
      roomId: seat.roomId,
      applicationId: opts.c.applicationId,
      personId: opts.c.personId,
      tier: opts.tier,
      clause: opts.clause,
      occurredAt: new Date(),
      description: '测试违纪',
      recordedBy: kaowu.id,
    })
    .returning();
  return row.id;
}

/** A result sheet in the authority's layout: 准考证号, 姓名, 成绩 (text cells). */
export async function resultWorkbook(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('成绩');
  ws.addRow(['理论知识考试成绩']);
  ws.addRow(['序号', '准考证号', '姓名', '成绩']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.getColumn(2).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
