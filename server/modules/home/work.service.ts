import type { Db } from '../../db/client.js';
import { collegeFilter, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import type { HomeTask, HomeTaskLine } from '../../../shared/home.js';
import type { Batch } from '../../../shared/plans.js';
import { loadWorkCalendar } from '../calendar/calendar.service.js';
import { countWorkingDays, workingDaysAfter, type WorkCalendar } from '../calendar/calendar.rules.js';
import { listBatches } from '../plans/batch.service.js';
import { listSemesterPlans } from '../plans/plans.service.js';
import { listTrainingClasses } from '../plans/training.service.js';
import { applicationTallies, type ApplicationTally } from '../registration/registration.reads.js';
import { currentRunsOfBatches } from '../arrangement/arrangement.reads.js';
import { overdueReports } from '../supervision/supervision.reads.js';
import { addDays, daysBetween } from '../../../shared/dates.js';

/** The work waiting for the centre's and colleges' staff: each kind only for the roles that do it (shared/access.ts). */

/** R-DAYS-01: the deadlines the home page lists are those within this many working days from today. */
export const DEADLINE_WORKING_DAYS = 10;

const sum = (rows: { count?: number }[]) => rows.reduce((n, r) => n + (r.count ?? 0), 0);

function task(t: Omit<HomeTask, 'count'> & { count?: number }): HomeTask {
  return { ...t, count: t.count ?? sum(t.lines) };
}

/** Applications of `tallies` matching `keep`, one line per batch (most first). */
function perBatch(
  tallies: ApplicationTally[],
  titles: Map<string, string>,
  keep: (t: ApplicationTally) => boolean,
  link: (batchId: string) => string,
): HomeTaskLine[] {
  const counts = new Map<string, number>();
  for (const t of tallies.filter(keep)) counts.set(t.batchId, (counts.get(t.batchId) ?? 0) + t.count);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([batchId, count]) => ({ text: titles.get(batchId) ?? '认定批次', count, link: link(batchId) }));
}

/**
 * The end of the deadline window. When the holiday calendar lacks a year of it (the calendar reminder says so), two
 * calendar weeks stand in for the ten working days, and the lines count calendar days.
 */
function windowEnd(cal: WorkCalendar, today: string): { end: string; estimated: boolean } {
  try {
    return { end: workingDaysAfter(cal, today, DEADLINE_WORKING_DAYS), estimated: false };
  } catch (e) {
    if (e instanceof AppError) return { end: addDays(today, 14), estimated: true };
    throw e;
  }
}

export async function describeStaffWork(db: Db, opts: { actor: Actor; today: string }): Promise<HomeTask[]> {
  const { actor, today } = opts;
  const role = actor.role;
  if (!can(role, 'batches.read')) return [];
  const clerk = role === 'college_clerk';
  const [{ items: batches }, tallies, cal] = await Promise.all([
    listBatches(db, { actor }),
    can(role, 'applications.read')
      ? applicationTallies(db, clerk ? { collegeId: collegeFilter(actor)! } : {})
      : Promise.resolve([]),
    loadWorkCalendar(db),
  ]);
  const titles = new Map(batches.map((b) => [b.id, b.title]));
  const byState = (s: Batch['state']) => batches.filter((b) => b.state === s);
  const tasks: HomeTask[] = [];

  // R-REG-02: the first stage is the college's (its own candidates, R-ORG-07), the second the centre's.
  const stages = [
    {
      key: 'reviewCollege',
      permission: 'applications.reviewCollege',
      status: 'pending_college',
      title: '待初审的报名',
      empty: '没有等待本院初审的报名',
    },
    {
      key: 'reviewCentre',
      permission: 'applications.reviewCentre',
      status: 'pending_centre',
      title: '待复审的报名',
      empty: '没有等待中心复审的报名',
    },
  ] as const;
  for (const stage of stages)
    if (can(role, stage.permission))
      tasks.push(
        task({
          key: stage.key,
          title: stage.title,
          level: 'warning',
          link: '/applications',
          linkText: '去审核',
          lines: perBatch(
            tallies,
            titles,
            (t) => t.status === stage.status,
            (batchId) => `/applications?batchId=${batchId}`,
          ),
          empty: stage.empty,
        }),
      );

  // R-FEE-01: finance records the payments of approved (and still pending) applications.
  if (can(role, 'payments.record'))
    tasks.push(
      task({
        key: 'payments',
        title: '待登记缴费',
        level: 'warning',
        link: '/fees',
        linkText: '去登记',
        lines: perBatch(
          tallies,
          titles,
          (t) => t.feeStatus === 'unpaid' && t.status !== 'rejected' && t.status !== 'withdrawn',
          (batchId) => `/fees?batchId=${batchId}`,
        ),
        empty: '没有未缴费的报名',
      }),
    );

  // R-PLAN-03: each step of the batch state machine, for the roles that may take it.
  const steps: HomeTaskLine[] = [];
  const step = (b: Batch, tag: string, detail?: string, link = `/batches/${b.id}`, level?: HomeTaskLine['level']) =>
    steps.push({ text: b.title, tag, detail, link, level, count: 1 });
  if (can(role, 'batches.manage'))
    for (const b of byState('draft'))
      step(
        b,
        '待报送',
        b.submissionDeadline ? `报送截止 ${b.submissionDeadline}` : (b.deadlineError ?? undefined),
        undefined,
        b.submissionDeadline && b.submissionDeadline < today ? 'error' : undefined,
      );
  for (const b of byState('filed')) {
    if (!b.approvalNumber) {
      if (can(role, 'batches.decide')) step(b, '待登记批复', '登记鉴定指导中心批复的文号和日期后方可开始报名');
    } else if (!b.noticePublishedAt) {
      if (can(role, 'batches.manage'))
        step(b, '待发布通知', `报名 ${b.registrationOpensOn} 至 ${b.registrationClosesOn}`);
    } else if (can(role, 'batches.manage')) step(b, '待开始报名', `报名 ${b.registrationOpensOn} 起`);
  }
  if (can(role, 'batches.manage'))
    for (const b of byState('registering').filter((x) => x.registrationClosesOn < today))
      step(b, '待完成审核', `报名已于 ${b.registrationClosesOn} 截止`);
  if (can(role, 'arrangement.manage')) {
    const reviewed = byState('reviewed');
    const runs = new Map(
      (
        await currentRunsOfBatches(
          db,
          reviewed.map((b) => b.id),
        )
      ).map((r) => [r.batchId, r]),
    );
    for (const b of reviewed) {
      const run = runs.get(b.id);
      const link = `/batches/${b.id}/arrangement`;
      const first = b.firstSittingDay ? `首场 ${b.firstSittingDay}` : undefined;
      if (!run) step(b, '待编排', first, link);
      else if (run.status === 'draft')
        step(
          b,
          '待发布编排',
          run.unmetCount ? `还有 ${run.unmetCount} 项规则未满足` : first,
          link,
          run.unmetCount ? 'error' : undefined,
        );
    }
  }
  if (can(role, 'batches.manage'))
    for (const b of byState('arranged').filter((x) => x.firstSittingDay && x.firstSittingDay <= today))
      step(b, '待开始考试', `首场 ${b.firstSittingDay}`);
  if (can(role, 'batches.decide')) for (const b of byState('examining')) step(b, '待公示成绩');
  if (steps.length || can(role, 'batches.manage'))
    tasks.push(
      task({
        key: 'batches',
        title: '待办理的认定批次',
        level: 'info',
        link: '/batches',
        linkText: '认定批次',
        lines: steps,
        empty: '没有等待办理的认定批次',
      }),
    );

  // R-REG-01: batches taking applications, where a college imports its 花名册 (its own college's only, R-ORG-07).
  if (can(role, 'applications.import')) {
    const open = byState('registering').filter((b) => b.registrationClosesOn >= today);
    const applied = (id: string) =>
      sum(tallies.filter((x) => x.batchId === id && x.status !== 'withdrawn' && x.status !== 'rejected'));
    tasks.push(
      task({
        key: 'registering',
        title: '报名中的认定批次',
        level: 'info',
        count: open.length,
        link: '/roster-import',
        linkText: '花名册导入',
        lines: open.map((b) => ({
          text: b.title,
          detail: `报名截止 ${b.registrationClosesOn} · ${clerk ? '本院' : ''}已报名 ${applied(b.id)} 人`,
          link: `/batches/${b.id}`,
        })),
        empty: '目前没有报名中的认定批次',
      }),
    );
  }

  // R-PLAN-02: submitted semester plans wait for the centre; returned (and unsent) ones for their college.
  if (can(role, 'plans.decide')) {
    const { items } = await listSemesterPlans(db, { actor, status: 'submitted' });
    tasks.push(
      task({
        key: 'plansToApprove',
        title: '待审批的学期计划',
        level: 'info',
        link: '/plans/semester',
        linkText: '去审批',
        lines: items.map((p) => ({
          text: p.title,
          detail: `${p.collegeName} · ${p.submittedAt ? `${p.submittedAt.slice(0, 10)} 提交` : '已提交'}`,
          count: 1,
          link: '/plans/semester',
        })),
        empty: '没有待审批的学期计划',
      }),
    );
  } else if (clerk && can(role, 'plans.submitSemester')) {
    const { items } = await listSemesterPlans(db, { actor });
    const mine = items.filter((p) => p.status !== 'approved');
    const toDo = (p: (typeof items)[number]) => p.status === 'returned' || p.status === 'draft';
    const tag = { returned: '已退回', draft: '草稿，未提交', submitted: '待中心审批', approved: '已批准' } as const;
    tasks.push(
      task({
        key: 'plansReturned',
        title: '学期计划',
        level: mine.some((p) => p.status === 'returned') ? 'warning' : 'info',
        count: mine.filter(toDo).length,
        link: '/plans/semester',
        linkText: '学期计划',
        lines: [...mine.filter(toDo), ...mine.filter((p) => !toDo(p))].map((p) => ({
          text: p.title,
          tag: tag[p.status],
          detail:
            p.status === 'returned' && p.reason
              ? `退回原因：${p.reason}`
              : p.status === 'submitted' && p.submittedAt
                ? `${p.submittedAt.slice(0, 10)} 提交`
                : undefined,
          level: p.status === 'returned' ? 'warning' : undefined,
          link: '/plans/semester',
        })),
        empty: '本院的学期计划均已获批准',
      }),
    );
  }

  // R-DAYS-01: deadlines falling within the next 10 working days (counted on the holiday calendar).
  const { end, estimated } = windowEnd(cal, today);
  {
    const due: { day: string; text: string; what: string; link: string }[] = [];
    if (can(role, 'batches.manage'))
      for (const b of byState('draft'))
        if (b.submissionDeadline)
          due.push({ day: b.submissionDeadline, text: b.title, what: '认定计划报送截止', link: `/batches/${b.id}` });
    for (const b of byState('registering'))
      due.push({ day: b.registrationClosesOn, text: b.title, what: '报名截止', link: `/batches/${b.id}` });
    for (const b of batches.filter((x) => x.state === 'reviewed' || x.state === 'arranged'))
      if (b.firstSittingDay)
        due.push({ day: b.firstSittingDay, text: b.title, what: '首场考核', link: `/batches/${b.id}` });
    if (can(role, 'training.manage')) {
      const { items } = await listTrainingClasses(db, { actor, today });
      for (const c of items)
        if (c.filingDeadline && c.filingStatus === 'open')
          due.push({ day: c.filingDeadline, text: c.name, what: '培训班开班备案截止', link: '/training-classes' });
    }
    const lines = due
      .filter((d) => d.day >= today && d.day <= end)
      .sort((a, b) => a.day.localeCompare(b.day))
      .map((d): HomeTaskLine => {
        const left =
          d.day === today ? 0 : estimated ? daysBetween(today, d.day) : countWorkingDays(cal, addDays(today, 1), d.day);
        const unit = estimated ? '天' : '个工作日';
        return {
          text: d.text,
          tag: d.what,
          detail: `${d.day}（${d.day === today ? '今天' : d.day === addDays(today, 1) ? '明天' : `还有 ${left} ${unit}`}）`,
          level: left <= 2 ? 'warning' : undefined,
          link: d.link,
        };
      });
    tasks.push(
      task({
        key: 'deadlines',
        title: `${DEADLINE_WORKING_DAYS} 个工作日内的期限`,
        level: lines.some((l) => l.level === 'warning') ? 'warning' : 'info',
        count: lines.length,
        lines,
        empty: `截至 ${end} 没有到期事项${estimated ? '（工作日历缺少年份，按自然日估算）' : ''}`,
      }),
    );
  }
  return tasks;
}

/** R-SUP-02: supervision reports past their due day, for the centre (all) and the supervisors (their teams). */
export async function describeSupervisionWork(db: Db, opts: { actor: Actor; today: string }): Promise<HomeTask[]> {
  const { actor, today } = opts;
  const centre = can(actor.role, 'supervision.read');
  if (!centre && !can(actor.role, 'supervision.observe')) return [];
  const late = await overdueReports(db, { scope: centre ? 'all' : 'member', userId: actor.userId, today });
  if (!late.length) return [];
  const page = centre ? '/supervision' : '/my-supervision';
  return [
    task({
      key: 'supervisionOverdue',
      title: '逾期未提交的质量督导报告',
      level: 'warning',
      count: late.length,
      link: page,
      lines: late.map((r) => ({
        text: `${r.batchTitle} · ${r.siteName}`,
        tag: '已逾期',
        detail: `应于 ${r.dueOn} 前提交，已签名 ${r.signed}/${r.members}`,
        level: 'warning' as const,
        link: page,
      })),
    }),
  ];
}
