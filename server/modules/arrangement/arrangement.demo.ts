import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { colleges, examRooms, examSites, occupations } from '../../db/schema/index.js';
import sharp from 'sharp';
import { systemActor } from '../../http/access.js';
import type { PiiCipher } from '../../http/pii.js';
import { idCheckChar } from '../../../shared/idcard.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  insertDemoExamStaff,
  insertDemoExaminer,
  insertDemoPerson,
  insertDemoSupervisor,
  linkDemoStaffAccounts,
  setDemoPersonPhoto,
  type DemoPerson,
} from '../people/staff.demo.js';
import { insertReviewedDemoBatch } from '../plans/batches.demo.js';
import { insertDemoApplications } from '../registration/registration.demo.js';
import { insertDemoCandidateAccount } from '../auth/activation.demo.js';
import type { FileStore } from '../files/files.service.js';
import { actorOf } from '../plans/plans.demo.js';
import { centreSummary } from '../centre/centre.reads.js';
import { publishRun, runArrangement } from './arrangement.service.js';
import { addDays, chinaToday } from '../../../shared/dates.js';

/**
 * The demo's arrangement scenario (demo mode, first start only; not in the test template): two sites with rooms, the
 * centre's exam staff, and a 电工 batch whose review is done with 36 approved and paid candidates. Only two
 * examiners of 电工 are registered, so the first run reports R-ARR-04 and the centre sees how to fix it.
 */
export async function seedDemoArrangement(db: Db, pii: PiiCipher, opts: { today?: string; files?: FileStore } = {}) {
  const today = opts.today ?? chinaToday();
  const fresh = await db.transaction(async (tx) => {
    if ((await tx.select().from(examSites).limit(1)).length) return false;
    const centre = await centreSummary(tx);
    const [occ] = await tx
      .select()
      .from(occupations)
      .where(and(eq(occupations.edition, '2022'), eq(occupations.code, '6-31-01-03')));
    const cs = await tx.select().from(colleges);
    const JD = cs.find((c) => c.code === 'JD');
    const XX = cs.find((c) => c.code === 'XX');
    if (!centre || !occ || !JD || !XX) return;

    const [theory] = await tx.insert(examSites).values({ name: '信息楼', address: '校本部北区' }).returning();
    const [skill] = await tx.insert(examSites).values({ name: '实训楼', address: '校本部东区' }).returning();
    for (const name of ['201', '202', '203', '204'])
      await tx.insert(examRooms).values({ siteId: theory.id, name, kind: 'theory', capacity: 30 });
    for (const name of ['A1 电工实训室', 'A2 电工实训室'])
      await tx
        .insert(examRooms)
        .values({ siteId: skill.id, name, kind: 'skill', capacity: 30, stations: 30, equipment: ['电工实训台'] });
    await tx
      .insert(examRooms)
      .values({ siteId: theory.id, name: '301 机房', kind: 'computer', capacity: 40, stations: 40 });

    let seq = 501;
    const person = async (
      name: string,
      birth: string,
      extra: Omit<DemoPerson, 'name' | 'gender' | 'idType' | 'idNumber'>,
    ) => {
      const first17 = `410102${birth.replace(/-/g, '')}${String(seq++).padStart(3, '0')}`;
      return insertDemoPerson(tx, pii, {
        name,
        gender: seq % 2 ? 'female' : 'male',
        idType: 'resident',
        idNumber: first17 + idCheckChar(first17),
        ...extra,
      });
    };
    const staff = (name: string) =>
      person(name, '1982-03-15', {
        kind: 'staff',
        ownStaff: true,
        titleSeries: '高校教师',
        titleName: '讲师',
        titleGrade: 'intermediate',
      });
    // Two examiners of 电工 (R-ARR-04 needs three): the demo's unmet rule.
    for (const [name, year] of [
      ['周立新', 2018],
      ['吴海涛', 2022],
    ] as const) {
      const p = await staff(name);
      await insertDemoExaminer(tx, {
        personId: p,
        grade: 'standard',
        trainingHours: 56,
        certificateNumber: `KP${seq}`,
        certificateIssuedOn: '2025-09-01',
        certificateValidUntil: '2028-08-31',
        firstExaminingYear: year,
        occupations: [{ edition: '2022', occupationCode: '6-31-01-03', occupationName: '电工' }],
      });
    }
    for (const name of ['郑秀英', '冯国强', '陈丽华', '褚建平']) {
      const p = await staff(name);
      await insertDemoSupervisor(tx, {
        personId: p,
        basis: 'management',
        basisYears: 6,
        certificateNumber: `DD${seq}`,
        certificateIssuedOn: '2025-09-01',
        certificateValidUntil: '2028-08-31',
      });
    }
    for (const name of ['卫东', '蒋文', '沈洁']) await insertDemoExamStaff(tx, await staff(name), 'exam_staff');
    for (const name of ['韩梅', '杨帆', '朱琳', '秦川', '尤佳', '许昊'])
      await insertDemoExamStaff(tx, await staff(name), 'proctor');

    // 电工 四级, 审核完成: registration closed yesterday, the exam in ten days.
    const day = addDays(today, 10);
    const b = await insertReviewedDemoBatch(tx, {
      centreId: centre.id,
      collegeId: JD.id,
      occupationId: occ.id,
      jobName: null,
      title: `${day.slice(0, 4)} 年电工（四级）职业技能等级认定（考场编排演示）`,
      today,
      day,
      closedDaysAgo: 1,
      capacity: 80,
      approvalNumber: `豫鉴〔${day.slice(0, 4)}〕示例 18 号`,
      skillPlace: '实训楼 A 区 电工实训室',
      skillModules: [],
    });

    const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅';
    const given = ['子轩', '浩然', '一鸣', '思远', '佳怡', '欣然', '明轩', '雨桐', '俊杰', '梓涵', '宇航', '诗琪'];
    const apps: { batchId: string; personId: string; collegeId: string }[] = [];
    for (let i = 0; i < 36; i++) {
      const college = i < 28 ? JD : XX;
      const p = await person(
        `${surnames[i % surnames.length]}${given[i % given.length]}`,
        '2005-06-0' + ((i % 9) + 1),
        {
          kind: 'student',
          collegeId: college.id,
          major: college.code === 'JD' ? '电气自动化技术' : '物联网应用技术',
          className: college.code === 'JD' ? '电气2401' : '物联2401',
          enrolmentYear: 2024,
          educationLevel: 'higher_vocational',
        },
      );
      apps.push({ batchId: b.id, personId: p, collegeId: college.id });
    }
    await insertDemoApplications(tx, apps);
    await recordAudit(tx, systemActor, {
      action: 'seed',
      entity: 'arrangement',
      entityId: b.id,
      after: { batch: b.title, sites: 2, rooms: 7, candidates: 36 },
    });
    return true;
  });
  if (fresh) await seedDemoExamTomorrow(db, pii, { today, files: opts.files });
}

/** The demo student whose exam is tomorrow: logs in with the student number and the ID number's last six characters. */
export const DEMO_TOMORROW_STUDENT = { name: '李明阳', studentNumber: '2023060118', idFirst17: '41010220050315061' };
/**
 * Issue 8 item 4: the demo student's activation code, fixed so that README and start-up can name it — demo data
 * only (a real import draws a random code per account). Its classmates get random codes, printed by the college.
 */
export const DEMO_ACTIVATION_CODE = 'SHFN-K7M4-Q9TX';

/** A plain head-and-shoulders silhouette on white, as the demo's ID photo (never a real person's face). */
function silhouette(): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="295" height="413"><rect width="295" height="413" fill="#f7f9fc"/>` +
      `<ellipse cx="147" cy="165" rx="62" ry="76" fill="#9aa7b8"/><path d="M20 413 C30 300 90 262 147 262 C204 262 264 300 275 413 Z" fill="#3d5a80"/></svg>`,
  );
}

/**
 * The demo's second scenario: a 数控机床装调维修工 四级 batch of JD whose theory and skill exams are tomorrow, arranged
 * and published through the module's own services (so candidates see room, seat and ticket today, R-ARR-11). Its
 * 30 students have candidate accounts as a roster import makes them (initial password: the ID number's last six).
 */
async function seedDemoExamTomorrow(db: Db, pii: PiiCipher, opts: { today: string; files?: FileStore }) {
  const { today } = opts;
  const kaowu = await actorOf(db, 'kaowu');
  const batchId = await db.transaction(async (tx) => {
    const centre = await centreSummary(tx);
    const [occ] = await tx
      .select()
      .from(occupations)
      .where(and(eq(occupations.edition, '2022'), eq(occupations.code, '6-20-03-01')));
    const [JD] = await tx.select().from(colleges).where(eq(colleges.code, 'JD'));
    if (!centre || !occ || !JD) return null;
    // The skill exam's own site: a 数控 training centre whose room holds the machines the standard requires.
    const [cnc] = await tx.insert(examSites).values({ name: '数控实训中心', address: '校本部东区' }).returning();
    await tx.insert(examRooms).values({
      siteId: cnc.id,
      name: 'B1 数控实训室',
      kind: 'skill',
      capacity: 30,
      stations: 30,
      equipment: ['数控机床装调实训台'],
    });
    let seq = 601;
    const staff = async (name: string) => {
      const first17 = `410102${'1979-05-20'.replace(/-/g, '')}${String(seq++).padStart(3, '0')}`;
      return insertDemoPerson(tx, pii, {
        name,
        gender: seq % 2 ? 'female' : 'male',
        idType: 'resident',
        idNumber: first17 + idCheckChar(first17),
        kind: 'staff',
        ownStaff: true,
        titleSeries: '工程',
        titleName: '高级工程师',
        titleGrade: 'senior',
      });
    };
    // R-ARR-04: the skill exam's modules, and who can examine which.
    const modules = ['机械部件装调', '电气系统装调', '数控系统调试'];
    const examinerIds: string[] = [];
    for (const [name, year, can] of [
      ['马建军', 2016, modules],
      ['田志刚', 2020, ['机械部件装调']],
      ['郭晓燕', 2023, ['电气系统装调', '数控系统调试']],
    ] as const) {
      examinerIds.push(await staff(name));
      await insertDemoExaminer(tx, {
        personId: examinerIds[examinerIds.length - 1],
        grade: 'senior',
        trainingHours: 64,
        certificateNumber: `KP${seq}`,
        certificateIssuedOn: '2025-06-01',
        certificateValidUntil: '2028-05-31',
        firstExaminingYear: year,
        occupations: [{ edition: '2022', occupationCode: occ.code, occupationName: occ.name, modules: [...can] }],
      });
    }

    const day = addDays(today, 1);
    const b = await insertReviewedDemoBatch(tx, {
      centreId: centre.id,
      collegeId: JD.id,
      occupationId: occ.id,
      jobName: '数控机床装调维修工',
      title: `${day.slice(0, 4)} 年数控机床装调维修工（四级）职业技能等级认定（明日开考演示）`,
      today,
      day,
      closedDaysAgo: 15,
      capacity: 40,
      approvalNumber: `豫鉴〔${day.slice(0, 4)}〕示例 16 号`,
      skillPlace: '数控实训中心 B1 数控实训室',
      skillModules: modules,
    });

    const surnames = '李赵钱孙周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏';
    const given = ['明阳', '志强', '文博', '海洋', '晓东', '嘉豪', '子涵', '俊宇', '雨辰', '天佑'];
    const apps: { batchId: string; personId: string; collegeId: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const own =
        i === 0
          ? DEMO_TOMORROW_STUDENT
          : {
              name: `${surnames[i]}${given[i % given.length]}`,
              studentNumber: `20230601${String(18 + i).padStart(2, '0')}`,
              idFirst17: `410102200503${String(10 + (i % 18)).padStart(2, '0')}${String(600 + i).padStart(3, '0')}`,
            };
      const userId = await insertDemoCandidateAccount(tx, pii, {
        studentNumber: own.studentNumber,
        name: own.name,
        issuedBy: kaowu.userId,
        code: i === 0 ? DEMO_ACTIVATION_CODE : undefined,
      });
      const personId = await insertDemoPerson(tx, pii, {
        name: own.name,
        gender: Number(own.idFirst17[16]) % 2 ? 'male' : 'female',
        idType: 'resident',
        idNumber: own.idFirst17 + idCheckChar(own.idFirst17),
        kind: 'student',
        collegeId: JD.id,
        major: '数控技术',
        className: '数控2301',
        enrolmentYear: 2023,
        educationLevel: 'higher_vocational',
        graduating: true,
        studentNumber: own.studentNumber,
        userId,
      });
      apps.push({ batchId: b.id, personId, collegeId: JD.id });
      if (i === 0 && opts.files) {
        const jpeg = await sharp(silhouette()).jpeg({ quality: 85 }).toBuffer();
        const file = await opts.files.record(tx, {
          bytes: jpeg,
          name: `${personId}.jpg`,
          mime: 'image/jpeg',
          ownerId: kaowu.userId,
          purpose: 'photo',
        });
        await setDemoPersonPhoto(tx, personId, file.id);
      }
    }
    await insertDemoApplications(tx, apps);
    await recordAudit(tx, systemActor, {
      action: 'seed',
      entity: 'arrangement',
      entityId: b.id,
      after: { batch: b.title, candidates: 30, examDay: day },
    });
    return { id: b.id, examinerId: examinerIds[0], examinerIds };
  });
  if (!batchId) return;
  // Arranged and published as the centre would (R-ARR-09/11): visible to its candidates from today.
  const run = await runArrangement(db, { actor: kaowu, batchIds: [batchId.id], seed: 'demo', today });
  const published = await publishRun(db, { actor: kaowu, id: run.id });
  // Issue 9: the demo's examiner (马建军, in every group) and supervisor logins are persons on duty in this run.
  const supervisorId = published.sittings.flatMap((s) => s.supervisors)[0]?.id;
  // R-SUP-02: the first sitting's site has three supervisors, a team signing one report: dudao2 and dudao3 too.
  const team = (published.sittings[0]?.supervisors ?? []).map((s) => s.id);
  await db.transaction((tx) =>
    linkDemoStaffAccounts(tx, {
      links: [
        { username: 'kaopingyuan', personId: batchId.examinerId },
        // Issue 13: the skill sitting's other two examiners, for 2+1+1 marking.
        { username: 'kaoping2', personId: batchId.examinerIds[1] },
        { username: 'kaoping3', personId: batchId.examinerIds[2] },
        ...(supervisorId ? [{ username: 'dudao', personId: supervisorId }] : []),
        ...(team.length === 3 && team[0] === supervisorId
          ? [
              { username: 'dudao2', personId: team[1] },
              { username: 'dudao3', personId: team[2] },
            ]
          : []),
      ],
      appraisedPersonId: batchId.examinerId,
      lastYear: Number(today.slice(0, 4)) - 1,
    }),
  );
}
