import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { colleges, users } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { BatchBody, PlanLineBody } from '../../../shared/plans.js';
import { loadWorkCalendar } from '../calendar/calendar.service.js';
import { workingDaysAfter, workingDaysBefore, type WorkCalendar } from '../calendar/calendar.rules.js';
import { publishNotice } from './batch.export.js';
import { createBatch, openRegistration, recordBatchApproval, submitBatch } from './batch.service.js';
import {
  decideSemesterPlan,
  issueAnnualPlan,
  loadPlanSettings,
  saveAnnualPlan,
  saveSemesterPlan,
  submitSemesterPlan,
} from './plans.service.js';
import { addDays, chinaToday } from '../../../shared/dates.js';

/**
 * Demo plans (demo mode only, on an empty database): the next year's issued annual plan, JD's semester plan
 * (approved) and an ad-hoc project (submitted), and three batches dated from the day of seeding so the demo stays
 * usable: 电工 registering (approved by the authority, notice published, window open today), a draft and a filed
 * one. Written through the module's own services, so every row has its audit entry. The demo candidate `kaosheng`
 * is linked to a graduating 高职 student of JD (R-ELIG-01 ⇒ level 3).
 */

export async function actorOf(tx: DbOrTx, username: string): Promise<Actor> {
  const [u] = await tx.select().from(users).where(eq(users.username, username));
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    collegeId: u.collegeId,
    ip: null,
  };
}

/** The school year and semester a day falls in (autumn semester from August to January). */
export function semesterOf(day: string): { schoolYear: number; semester: string } {
  const [y, m] = day.split('-').map(Number);
  const schoolYear = m >= 8 ? y : y - 1;
  return { schoolYear, semester: `${schoolYear}-${schoolYear + 1}-${m >= 8 || m <= 1 ? 1 : 2}` };
}

const line = (
  code: string,
  level: number,
  method: PlanLineBody['method'],
  expectedCandidates: number,
  month: number,
  jobName: string | null = null,
): PlanLineBody => ({
  edition: '2022',
  code,
  jobName,
  level,
  method,
  expectedCandidates,
  month,
});

export async function seedDemoPlans(tx: DbOrTx, opts: { today?: string } = {}) {
  const db = tx as unknown as Db; // the services open their own (nested) transactions: savepoints here
  const today = opts.today ?? chinaToday();
  const [kaowu, zhuren, jidian] = [
    await actorOf(tx, 'kaowu'),
    await actorOf(tx, 'zhuren'),
    await actorOf(tx, 'jidian'),
  ];
  const collegeId = async (code: string) =>
    (await tx.select({ id: colleges.id }).from(colleges).where(eq(colleges.code, code)))[0].id;
  const [JD, XX, SM] = [await collegeId('JD'), await collegeId('XX'), await collegeId('SM')];

  // R-PLAN-01: next year's plan, drawn up and issued at the end of this one.
  const year = Number(today.slice(0, 4)) + 1;
  const annual = await saveAnnualPlan(db, {
    actor: kaowu,
    data: {
      year,
      title: `${year} 年度职业技能等级认定计划`,
      note: '各二级学院据此制定学期认定计划，临时性项目另行报送。',
      lines: [
        line('6-31-01-03', 4, 'exam', 120, 5),
        line('6-31-01-03', 3, 'exam', 40, 11),
        line('6-18-01-01', 4, 'process', 45, 6, '数控车床'),
        line('4-04-05-01', 4, 'exam', 60, 6),
        line('4-10-01-03', 4, 'exam', 30, 10),
      ],
    },
  });
  await issueAnnualPlan(db, { actor: kaowu, id: annual.id });

  // R-PLAN-02: JD's plan for this semester (approved) and an ad-hoc project waiting for the centre.
  const { semester } = semesterOf(today);
  const regular = await saveSemesterPlan(db, {
    actor: jidian,
    data: {
      collegeId: JD,
      semester,
      adHoc: false,
      title: `机电工程学院 ${semester} 学期认定计划`,
      lines: [line('6-31-01-03', 4, 'exam', 60, 12), line('6-31-01-03', 3, 'exam', 30, 12)],
    },
  });
  await submitSemesterPlan(db, { actor: jidian, id: regular.id });
  await decideSemesterPlan(db, { actor: kaowu, id: regular.id, approve: true });
  const adHoc = await saveSemesterPlan(db, {
    actor: jidian,
    data: {
      collegeId: JD,
      semester,
      adHoc: true,
      title: '校企合作订单班 数控车工 认定项目',
      note: '合作企业员工与订单班学生，共 35 人。',
      lines: [line('6-18-01-01', 4, 'process', 35, 1, '数控车床')],
    },
  });
  await submitSemesterPlan(db, { actor: jidian, id: adHoc.id });

  // R-PLAN-03…05: batches dated from today, each in its own savepoint. One whose dates fall in a year the working-day
  // calendar lacks (R-DAYS-01: no guessing) is skipped rather than failing the start.
  const ctx: BatchCtx = {
    today,
    kaowu,
    zhuren,
    regular: regular.id,
    JD,
    XX,
    SM,
    cal: await loadWorkCalendar(tx),
    leadDays: (await loadPlanSettings(tx)).leadDays,
  };
  for (const make of [registeringBatch, draftBatch, filedBatch]) {
    try {
      await db.transaction(async (sp) => make(sp as unknown as Db, ctx));
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }
}

interface BatchCtx {
  today: string;
  kaowu: Actor;
  zhuren: Actor;
  regular: string;
  JD: string;
  XX: string;
  SM: string;
  cal: WorkCalendar;
  leadDays: number;
}

const base = {
  edition: '2022' as const,
  jobName: null,
  method: 'exam' as const,
  fee: 150,
  capacity: 80,
  zhoukouCourseVariant: false,
  registrationPlace: '行政楼 305 认定中心办公室',
};

/** 电工 (JD), 报名中: submitted on time, approved, notice published, registration open from a week ago for 20 more days. */
async function registeringBatch(db: Db, { today, kaowu, zhuren, regular, JD, cal }: BatchCtx) {
  const opens = addDays(today, -7);
  const closes = addDays(today, 20);
  const theory = workingDaysAfter(cal, closes, 5); // a week for the two-stage review
  const skill = workingDaysAfter(cal, theory, 1);
  const submittedOn = workingDaysBefore(cal, opens, 5);
  const approvalDate = workingDaysBefore(cal, opens, 2);
  const b = await createBatch(db, {
    actor: kaowu,
    today,
    data: {
      ...base,
      title: `${theory.slice(0, 4)} 年第${Number(theory.slice(5, 7)) >= 7 ? '二' : '一'}期电工职业技能等级认定`,
      collegeId: JD,
      code: '6-31-01-03',
      levels: [4, 3],
      semesterPlanId: regular,
      sittings: [
        { kind: 'theory', day: theory, startsAt: '09:00', endsAt: '10:30', place: '信息楼 201–203 智能化理论考场' },
        { kind: 'skill', day: skill, startsAt: '08:30', endsAt: '17:30', place: '实训楼 A 区 电工实训室' },
      ],
      registrationOpensOn: opens,
      registrationClosesOn: closes,
      applicants: '本校机电类专业在校学生（毕业学年学生可申报三级/高级工）',
      conditions: '按照《电工国家职业技能标准（2018 年版）》及河南省院校职业技能等级认定申报条件执行',
      standard: '电工国家职业技能标准（2018 年版）',
    } satisfies BatchBody,
  });
  await submitBatch(db, { actor: kaowu, id: b.id, submittedOn, today });
  await recordBatchApproval(db, {
    actor: zhuren,
    id: b.id,
    approvalNumber: `豫鉴〔${submittedOn.slice(0, 4)}〕示例 12 号`,
    approvalDate,
  });
  await publishNotice(db, { actor: kaowu, id: b.id });
  await openRegistration(db, { actor: kaowu, id: b.id });
}

/** 计算机程序设计员 (XX), 草稿: its submission deadline is still ahead. */
async function draftBatch(db: Db, { today, kaowu, XX, cal, leadDays }: BatchCtx) {
  const theory = workingDaysAfter(cal, today, leadDays + 5);
  await createBatch(db, {
    actor: kaowu,
    today,
    data: {
      ...base,
      title: `${theory.slice(0, 4)} 年计算机程序设计员认定`,
      collegeId: XX,
      code: '4-04-05-01',
      levels: [4],
      sittings: [
        { kind: 'theory', day: theory, startsAt: '09:00', endsAt: '10:30', place: '信息楼 201–203 智能化理论考场' },
        {
          kind: 'skill',
          day: workingDaysAfter(cal, theory, 1),
          startsAt: '09:00',
          endsAt: '12:00',
          place: '信息楼 301 机房',
        },
      ],
      registrationOpensOn: addDays(today, 1),
      registrationClosesOn: addDays(today, 10),
      applicants: '信息工程学院软件技术专业在校学生',
    },
  });
}

/** 保育师 (SM), 已报备: submitted today, the authority's approval still awaited. */
async function filedBatch(db: Db, { today, kaowu, SM, cal, leadDays }: BatchCtx) {
  const day = workingDaysAfter(cal, today, leadDays + 8);
  const b = await createBatch(db, {
    actor: kaowu,
    today,
    data: {
      ...base,
      title: `${day.slice(0, 4)} 年保育师认定`,
      collegeId: SM,
      code: '4-10-01-03',
      levels: [4],
      sittings: [
        { kind: 'theory', day, startsAt: '09:00', endsAt: '10:30', place: '信息楼 201 智能化理论考场' },
        { kind: 'skill', day, startsAt: '14:00', endsAt: '17:00', place: '商贸楼 保育实训室' },
      ],
      registrationOpensOn: addDays(today, 2),
      registrationClosesOn: addDays(today, 12),
      applicants: '商贸管理学院婴幼儿托育服务与管理专业学生',
      fee: 120,
    },
  });
  await submitBatch(db, { actor: kaowu, id: b.id, submittedOn: today, today });
}
