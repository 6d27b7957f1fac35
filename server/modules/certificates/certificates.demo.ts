// The demo's certificates (demo mode, first start only; run after publicity's demo, whose batch it leaves alone):
// two small 电工 四级 batches examined some 40 days ago with signed score sheets, their publicity window over and
// their results final (R-PUB-01) through publicity's own services, then
// - 证书核发演示: certificates issued through this module's service (R-CERT-01), one revoked with a reason
//   (R-CERT-04), its first holder with a candidate login (student number, one-time code DEMO_HOLDER_CODE) to see
//   the certificate in the portal;
// - 省平台编号演示: nothing issued yet: its numbers come from the province's platform and are imported (R-CERT-01).
// Every change goes through the services, so every row is audited.
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { colleges, occupations, scoreEntries, scoreSheets, users } from '../../db/schema/index.js';
import { systemActor, type Actor } from '../../http/access.js';
import type { PiiCipher } from '../../http/pii.js';
import { addDays, chinaToday } from '../../../shared/dates.js';
import { idCheckChar } from '../../../shared/idcard.js';
import type { ScoreSheetSignature } from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { insertDemoCandidateAccount } from '../auth/activation.demo.js';
import { centreSummary } from '../centre/centre.reads.js';
import { insertDemoPerson } from '../people/staff.demo.js';
import { insertReviewedDemoBatch } from '../plans/batches.demo.js';
import { batchIdByTitleSuffix, sittingsOfBatches } from '../plans/plans.reads.js';
import { makeResultsFinal, startPublicity } from '../publicity/publicity.service.js';
import { insertDemoApplications } from '../registration/registration.demo.js';
import { approvedCandidatesOfBatches } from '../registration/registration.reads.js';
import type { UrlConfig } from './certificates.present.js';
import { certificatesOfBatch, issueCertificates, revokeCertificate } from './certificates.service.js';

/** The demo batches' titles end with these. */
export const DEMO_CERTIFICATES_TITLE = '（证书核发演示）';
export const DEMO_IMPORT_TITLE = '（省平台编号演示）';

/** A demo candidate: name, student number, the first 17 characters of its ID number, theory and skill (null: 缺考). */
type DemoCandidate = { name: string; studentNumber: string; idFirst17: string; theory: number | null; skill: number };
const candidate = (i: number, name: string, theory: number | null, skill: number): DemoCandidate => ({
  name,
  studentNumber: `20230501${String(i + 1).padStart(2, '0')}`,
  idFirst17: `410103200502${String(10 + i).padStart(2, '0')}${800 + i}`,
  theory,
  skill,
});

/** The issued batch: five pass, one fails theory; the first has a login. */
export const DEMO_ISSUED: DemoCandidate[] = [
  candidate(0, '冯嘉怡', 88, 91),
  candidate(1, '卫子墨', 76, 80),
  candidate(2, '蒋思源', 69, 73),
  candidate(3, '沈若曦', 92, 85),
  candidate(4, '韩立诚', 81, 64),
  candidate(5, '朱文涛', 52, 70),
];
/** The batch waiting for the province's numbers: three pass, one fails the skill exam. */
export const DEMO_TO_IMPORT: DemoCandidate[] = [
  candidate(6, '杨可欣', 85, 88),
  candidate(7, '许浩宇', 74, 79),
  candidate(8, '何静怡', 66, 71),
  candidate(9, '吕子航', 63, 48),
];
export const DEMO_HOLDER = DEMO_ISSUED[0];
/** The one-time code of the holder's first login (then a new password is set). */
export const DEMO_HOLDER_CODE = 'SHFN-ZS4K-7QPX';
/** The ID number of a demo candidate, its check character added. */
export const demoIdNumber = (c: DemoCandidate) => c.idFirst17 + idCheckChar(c.idFirst17);

async function actorOf(db: Db, username: string): Promise<Actor | null> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  return u
    ? { userId: u.id, username: u.username, displayName: u.displayName, role: u.role, collegeId: u.collegeId, ip: null }
    : null;
}

/** A batch examined on `day` with both score sheets signed (as scoring's demo does), in one transaction. */
async function insertScoredBatch(
  db: Db,
  pii: PiiCipher,
  o: { title: string; today: string; day: string; people: DemoCandidate[]; account?: { code: string } },
): Promise<string | null> {
  return db.transaction(async (tx) => {
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
    if (!centre || !occ || !JD || !leader || !recorder) return null;
    const b = await insertReviewedDemoBatch(tx, {
      centreId: centre.id,
      collegeId: JD.id,
      occupationId: occ.id,
      jobName: null,
      title: o.title,
      today: o.today,
      day: o.day,
      closedDaysAgo: 55,
      capacity: 20,
      approvalNumber: `豫鉴〔${o.day.slice(0, 4)}〕示例 9 号`,
      skillPlace: '实训楼 A1 电工实训室',
      skillModules: [],
      state: 'examining',
    });
    const personIds: string[] = [];
    for (const [i, c] of o.people.entries()) {
      const userId =
        i === 0 && o.account
          ? await insertDemoCandidateAccount(tx, pii, {
              studentNumber: c.studentNumber,
              name: c.name,
              issuedBy: recorder.id,
              code: o.account.code,
            })
          : null;
      personIds.push(
        await insertDemoPerson(tx, pii, {
          name: c.name,
          gender: Number(c.idFirst17[16]) % 2 ? 'male' : 'female',
          idType: 'resident',
          idNumber: demoIdNumber(c),
          kind: 'student',
          collegeId: JD.id,
          major: '电气自动化技术',
          className: '电气2301',
          enrolmentYear: 2023,
          educationLevel: 'higher_vocational',
          studentNumber: c.studentNumber,
          userId,
        }),
      );
    }
    await insertDemoApplications(
      tx,
      personIds.map((personId) => ({ batchId: b.id, personId, collegeId: JD.id })),
    );
    const appOf = new Map((await approvedCandidatesOfBatches(tx, [b.id])).map((a) => [a.personId, a.id]));
    const sittings = await sittingsOfBatches(tx, [b.id]);
    const theory = sittings.find((s) => s.kind === 'theory')!;
    const skill = sittings.find((s) => s.kind === 'skill')!;
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
      .values(
        o.people.flatMap((c, i) => [entry(theory.id, personIds[i], c.theory), entry(skill.id, personIds[i], c.skill)]),
      );
    const at = (h: number) => new Date(`${o.day}T${String(h).padStart(2, '0')}:30:00+08:00`).toISOString();
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
      after: { batch: b.title, candidates: o.people.length, signed: 2 },
    });
    return b.id;
  });
}

/** Publicity from the day after the exam, then final from the working day after its last day (R-PUB-01). */
async function makeFinal(db: Db, head: Actor, batchId: string, day: string): Promise<string> {
  const startsOn = addDays(day, 1);
  const d = await startPublicity(db, { actor: head, batchId, startsOn, today: startsOn });
  const finalFrom = d.window?.finalFrom ?? addDays(startsOn, 9);
  await makeResultsFinal(db, { actor: head, batchId, today: finalFrom });
  return finalFrom;
}

export async function seedDemoCertificates(
  db: Db,
  pii: PiiCipher,
  opts: { config: UrlConfig; today?: string },
): Promise<{ issuedBatchId: string; importBatchId: string } | null> {
  const today = opts.today ?? chinaToday();
  if (await batchIdByTitleSuffix(db, DEMO_CERTIFICATES_TITLE)) return null; // first start only
  const head = await actorOf(db, 'zhuren');
  if (!head) return null;
  const day = addDays(today, -40);
  const year = day.slice(0, 4);
  const issuedBatchId = await insertScoredBatch(db, pii, {
    title: `${year} 年电工（四级）职业技能等级认定${DEMO_CERTIFICATES_TITLE}`,
    today,
    day,
    people: DEMO_ISSUED,
    account: { code: DEMO_HOLDER_CODE },
  });
  const importBatchId = await insertScoredBatch(db, pii, {
    title: `${year} 年电工（四级）职业技能等级认定${DEMO_IMPORT_TITLE}`,
    today,
    day: addDays(day, 1),
    people: DEMO_TO_IMPORT,
  });
  if (!issuedBatchId || !importBatchId) return null;
  const finalFrom = await makeFinal(db, head, issuedBatchId, day);
  await makeFinal(db, head, importBatchId, addDays(day, 1));
  // R-CERT-01: issued a few days after the results became final (not later than today).
  const issueDate = [addDays(finalFrom, 3), today].sort()[0];
  await issueCertificates(db, opts.config, { actor: head, batchId: issuedBatchId, issueDate, today: issueDate });
  // R-CERT-04: one revoked by the centre with its reason (the public page shows it as revoked).
  const revoked = (await certificatesOfBatch(db, issuedBatchId)).find((c) => c.data.name === DEMO_ISSUED[4].name);
  if (revoked)
    await revokeCertificate(db, opts.config, {
      actor: head,
      id: revoked.id,
      reason: '考后复查发现技能考核作品系他人代做，经认定中心研究决定撤销',
    });
  return { issuedBatchId, importBatchId };
}
