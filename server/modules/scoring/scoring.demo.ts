// The demo's finished batch (demo mode, first start only): a 电工 四级 batch whose exams were two weeks ago, every
// candidate's theory and skill scores entered, both 成绩登记表 signed by the group leader (`kaopingyuan`) and the
// recorder (`kaowu`) — so the centre can start its publicity (R-PUB-01) at once. Scores were entered by hand on
// paper sheets: no seats, no ticket numbers.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { colleges, occupations, scoreEntries, scoreSheets, users } from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import type { PiiCipher } from '../../http/pii.js';
import { addDays, chinaToday } from '../../../shared/dates.js';
import { idCheckChar } from '../../../shared/idcard.js';
import type { ScoreSheetSignature } from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { centreSummary } from '../centre/centre.reads.js';
import { insertDemoPerson } from '../people/staff.demo.js';
import { insertReviewedDemoBatch } from '../plans/batches.demo.js';
import { batchIdByTitleSuffix, sittingsOfBatches } from '../plans/plans.reads.js';
import { insertDemoApplications } from '../registration/registration.demo.js';
import { approvedCandidatesOfBatches } from '../registration/registration.reads.js';

/** The demo batch's title ends with this. */
export const DEMO_RESULTS_TITLE = '（成绩公示演示）';

/** Theory and skill scores of the twelve candidates (null: 缺考): two fail theory, one skill, one was absent. */
const SCORES: [string, number | null, number | null][] = [
  ['刘思远', 86, 90],
  ['王雨桐', 72, 68],
  ['张一鸣', 60, 75],
  ['陈佳怡', 59.5, 80],
  ['杨浩然', 91, 88],
  ['赵欣然', null, 70],
  ['黄明轩', 78, 55],
  ['周梓涵', 66, 72],
  ['吴俊杰', 83, 79],
  ['徐诗琪', 70, 84],
  ['孙宇航', 64, 61],
  ['胡子轩', 95, 93],
];

export async function seedDemoResults(db: Db, pii: PiiCipher, opts: { today?: string } = {}) {
  const today = opts.today ?? chinaToday();
  await db.transaction(async (tx) => {
    if (await batchIdByTitleSuffix(tx, DEMO_RESULTS_TITLE)) return;
    const centre = await centreSummary(tx);
    const [occ] = await tx
      .select()
      .from(occupations)
      .where(and(eq(occupations.edition, '2022'), eq(occupations.code, '6-31-01-03')));
    const [JD] = await tx.select().from(colleges).where(eq(colleges.code, 'JD'));
    const signers = await tx
      .select({ id: users.id, username: users.username, name: users.displayName })
      .from(users)
      .where(inArray(users.username, ['kaopingyuan', 'kaowu']));
    const leader = signers.find((u) => u.username === 'kaopingyuan');
    const recorder = signers.find((u) => u.username === 'kaowu');
    if (!centre || !occ || !JD || !leader || !recorder) return;
    const day = addDays(today, -14);
    const b = await insertReviewedDemoBatch(tx, {
      centreId: centre.id,
      collegeId: JD.id,
      occupationId: occ.id,
      jobName: null,
      title: `${day.slice(0, 4)} 年电工（四级）职业技能等级认定${DEMO_RESULTS_TITLE}`,
      today,
      day,
      closedDaysAgo: 25,
      capacity: 40,
      approvalNumber: `豫鉴〔${day.slice(0, 4)}〕示例 12 号`,
      skillPlace: '实训楼 A1 电工实训室',
      skillModules: [],
      state: 'examining',
    });
    const sittings = await sittingsOfBatches(tx, [b.id]);
    const theory = sittings.find((s) => s.kind === 'theory')!;
    const skill = sittings.find((s) => s.kind === 'skill')!;
    const personIds: string[] = [];
    for (const [i, [name]] of SCORES.entries()) {
      const first17 = `41010220040${(i % 9) + 1}1${i % 9}${700 + i}`;
      personIds.push(
        await insertDemoPerson(tx, pii, {
          name,
          gender: i % 2 ? 'female' : 'male',
          idType: 'resident',
          idNumber: first17 + idCheckChar(first17),
          kind: 'student',
          collegeId: JD.id,
          major: '电气自动化技术',
          className: '电气2302',
          enrolmentYear: 2023,
          educationLevel: 'higher_vocational',
        }),
      );
    }
    await insertDemoApplications(
      tx,
      personIds.map((personId) => ({ batchId: b.id, personId, collegeId: JD.id })),
    );
    const appOf = new Map((await approvedCandidatesOfBatches(tx, [b.id])).map((a) => [a.personId, a.id]));
    const entry = (sittingId: string, personId: string, score: number | null) => ({
      sittingId,
      applicationId: appOf.get(personId)!,
      absent: score === null ? ('yes' as const) : ('no' as const),
      score,
      source: 'entry',
      enteredBy: recorder.id,
    });
    await tx
      .insert(scoreEntries)
      .values(SCORES.flatMap(([, t, s], i) => [entry(theory.id, personIds[i], t), entry(skill.id, personIds[i], s)]));
    const at = (h: number) => new Date(`${day}T${String(h).padStart(2, '0')}:30:00+08:00`).toISOString();
    for (const [s, h] of [
      [theory, 16],
      [skill, 18],
    ] as const) {
      const signatures: ScoreSheetSignature[] = [
        { role: 'leader', userId: leader.id, name: leader.name, at: at(h) },
        { role: 'recorder', userId: recorder.id, name: recorder.name, at: at(h) },
      ];
      await tx.insert(scoreSheets).values({ sittingId: s.id, signatures, signedAt: new Date(at(h)) });
    }
    await recordAudit(tx, systemActor, {
      action: 'seed',
      entity: 'score_sheet',
      entityId: theory.id,
      after: { batch: b.title, candidates: SCORES.length, signed: 2 },
    });
  });
}
