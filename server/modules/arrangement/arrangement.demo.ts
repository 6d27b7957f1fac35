import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  applications,
  batchSittings,
  batchTransitions,
  batches,
  centres,
  colleges,
  examRooms,
  examSites,
  examStaff,
  examinerOccupations,
  examiners,
  occupations,
  persons,
  supervisors,
} from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import type { PiiCipher } from '../../http/pii.js';
import { chinaToday } from '../../../shared/centre.rules.js';
import { idCheckChar } from '../../../shared/idcard.js';
import { recordAudit } from '../audit/audit.service.js';
import { sealIdNumber } from '../people/people.service.js';
import { addDays } from './arrangement.input.js';

/**
 * The demo's arrangement scenario (demo mode, first start only; not in the test template): two sites with rooms, the
 * centre's exam staff, and a 电工 batch whose review is done with 36 approved and paid candidates. Only two
 * examiners of 电工 are registered, so the first run reports R-ARR-04 and the centre sees how to fix it.
 */
export async function seedDemoArrangement(db: Db, pii: PiiCipher, opts: { today?: string } = {}) {
  const today = opts.today ?? chinaToday();
  await db.transaction(async (tx) => {
    if ((await tx.select().from(examSites).limit(1)).length) return;
    const [centre] = await tx.select().from(centres).limit(1);
    const [occ] = await tx.select().from(occupations).where(and(eq(occupations.edition, '2022'), eq(occupations.code, '6-31-01-03')));
    const cs = await tx.select().from(colleges);
    const JD = cs.find((c) => c.code === 'JD');
    const XX = cs.find((c) => c.code === 'XX');
    if (!centre || !occ || !JD || !XX) return;

    const [theory] = await tx.insert(examSites).values({ name: '信息楼', address: '校本部北区' }).returning();
    const [skill] = await tx.insert(examSites).values({ name: '实训楼', address: '校本部东区' }).returning();
    for (const name of ['201', '202', '203', '204']) await tx.insert(examRooms).values({ siteId: theory.id, name, kind: 'theory', capacity: 30 });
    for (const name of ['A1 电工实训室', 'A2 电工实训室'])
      await tx.insert(examRooms).values({ siteId: skill.id, name, kind: 'skill', capacity: 30, stations: 30, equipment: ['电工实训台'] });
    await tx.insert(examRooms).values({ siteId: theory.id, name: '301 机房', kind: 'computer', capacity: 40, stations: 40 });

    let seq = 501;
    const person = async (name: string, birth: string, extra: Partial<typeof persons.$inferInsert>) => {
      const first17 = `410102${birth.replace(/-/g, '')}${String(seq++).padStart(3, '0')}`;
      const [p] = await tx
        .insert(persons)
        .values({ name, gender: seq % 2 ? 'female' : 'male', idType: 'resident', ...sealIdNumber(pii, 'resident', first17 + idCheckChar(first17)), ...extra } as typeof persons.$inferInsert)
        .returning();
      return p.id;
    };
    const staff = (name: string) => person(name, '1982-03-15', { kind: 'staff', ownStaff: true, titleSeries: '高校教师', titleName: '讲师', titleGrade: 'intermediate' });
    // Two examiners of 电工 (R-ARR-04 needs three): the demo's unmet rule.
    for (const [name, year] of [['周立新', 2018], ['吴海涛', 2022]] as const) {
      const p = await staff(name);
      const [e] = await tx
        .insert(examiners)
        .values({ personId: p, grade: 'standard', trainingHours: 56, certificateNumber: `KP${seq}`, certificateIssuedOn: '2025-09-01', certificateValidUntil: '2028-08-31', firstExaminingYear: year })
        .returning();
      await tx.insert(examinerOccupations).values({ examinerId: e.id, edition: '2022', occupationCode: '6-31-01-03', occupationName: '电工' });
    }
    for (const name of ['郑秀英', '冯国强', '陈丽华', '褚建平']) {
      const p = await staff(name);
      await tx.insert(supervisors).values({ personId: p, basis: 'management', basisYears: 6, certificateNumber: `DD${seq}`, certificateIssuedOn: '2025-09-01', certificateValidUntil: '2028-08-31' });
    }
    for (const name of ['卫东', '蒋文', '沈洁']) await tx.insert(examStaff).values({ personId: await staff(name), role: 'exam_staff' });
    for (const name of ['韩梅', '杨帆', '朱琳', '秦川', '尤佳', '许昊']) await tx.insert(examStaff).values({ personId: await staff(name), role: 'proctor' });

    // 电工 四级, 审核完成: registration closed yesterday, the exam in ten days.
    const day = addDays(today, 10);
    const [b] = await tx
      .insert(batches)
      .values({
        centreId: centre.id,
        collegeId: JD.id,
        title: `${day.slice(0, 4)} 年电工（四级）职业技能等级认定（考场编排演示）`,
        occupationId: occ.id,
        levels: [4],
        method: 'exam',
        state: 'reviewed',
        registrationOpensOn: addDays(today, -30),
        registrationClosesOn: addDays(today, -1),
        registrationPlace: '行政楼 305 认定中心办公室',
        fee: '150',
        capacity: 80,
        submittedOn: addDays(today, -40),
        approvalNumber: `豫鉴〔${day.slice(0, 4)}〕示例 18 号`,
        approvalDate: addDays(today, -35),
      })
      .returning();
    await tx.insert(batchSittings).values([
      { batchId: b.id, seq: 1, kind: 'theory', day, startsAt: '09:00', endsAt: '10:30', place: '信息楼 201–204' },
      { batchId: b.id, seq: 2, kind: 'skill', day, startsAt: '14:00', endsAt: '17:00', place: '实训楼 A 区 电工实训室' },
    ]);
    for (const [from, to] of [['draft', 'filed'], ['filed', 'registering'], ['registering', 'reviewed']])
      await tx.insert(batchTransitions).values({ batchId: b.id, fromState: from, toState: to, actorId: systemActor.userId, actorName: '演示数据' });

    const surnames = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅';
    const given = ['子轩', '浩然', '一鸣', '思远', '佳怡', '欣然', '明轩', '雨桐', '俊杰', '梓涵', '宇航', '诗琪'];
    for (let i = 0; i < 36; i++) {
      const college = i < 28 ? JD : XX;
      const p = await person(`${surnames[i % surnames.length]}${given[i % given.length]}`, '2005-06-0' + ((i % 9) + 1), {
        kind: 'student',
        collegeId: college.id,
        major: college.code === 'JD' ? '电气自动化技术' : '物联网应用技术',
        className: college.code === 'JD' ? '电气2401' : '物联2401',
        enrolmentYear: 2024,
        educationLevel: 'higher_vocational',
      });
      await tx.insert(applications).values({ batchId: b.id, personId: p, collegeId: college.id, level: 4, status: 'approved', source: 'import', feeDue: '150', feeStatus: 'paid' });
    }
    await recordAudit(tx, systemActor, { action: 'seed', entity: 'arrangement', entityId: b.id, after: { batch: b.title, sites: 2, rooms: 7, candidates: 36 } });
  });
}
