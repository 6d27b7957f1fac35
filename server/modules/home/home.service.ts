import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import type { HomeResponse } from '../../../shared/home.js';
import { countAuditSince } from '../audit/audit.service.js';
import { listColleges } from '../colleges/colleges.service.js';
import { countUsers } from '../users/users.service.js';
import { listCalendarYears } from '../calendar/calendar.service.js';
import { describeCentreReminders } from '../centre/centre.service.js';
import { describePeopleReminders } from '../people/expiring.service.js';
import { chinaToday } from '../../../shared/dates.js';
import { describeStaffWork, describeSupervisionWork } from './work.service.js';
import { describeBankWork } from '../itembank/work.service.js';
import { describeArchiveWork } from '../archives/work.service.js';
import { describeCandidateWork, describeStaffDuties } from './schedule.service.js';

/** Start of today in China (UTC+8, no daylight saving). */
function startOfChinaDay(now: Date) {
  const d = new Date(now.getTime() + 8 * 3600_000);
  d.setUTCHours(0, 0, 0, 0);
  return new Date(d.getTime() - 8 * 3600_000);
}

/** The figures and reminders each role's home page shows; only what that role may see. */
export async function describeHome(db: Db, opts: { actor: Actor | null; now?: Date }): Promise<HomeResponse> {
  const actor = opts.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', '请先登录');
  const now = opts.now ?? new Date();
  const today = chinaToday(now);
  const out: HomeResponse = { cards: [], tasks: [], reminders: [] };
  // The work waiting for this user, each kind only for the roles that do it (shared/access.ts).
  out.tasks.push(
    ...(await describeStaffWork(db, { actor, today })),
    ...(await describeStaffDuties(db, { actor, today })),
    ...(await describeCandidateWork(db, { actor, today })),
    ...(await describeBankWork(db, { actor })),
    ...(await describeSupervisionWork(db, { actor, today })),
    ...(await describeArchiveWork(db, { actor })),
  );

  if (can(actor.role, 'colleges.read')) {
    const colleges = await listColleges(db, { actor });
    if (actor.role === 'college_clerk') {
      out.cards.push({ key: 'college', title: '所属二级学院', value: colleges.items[0]?.name ?? '未设置' });
    } else out.cards.push({ key: 'colleges', title: '二级学院', value: colleges.total, suffix: '个' });
  }
  if (can(actor.role, 'users.read')) {
    const u = await countUsers(db, { actor });
    out.cards.push({ key: 'users', title: '用户账户', value: u.total, suffix: '个' });
    if (u.locked > 0)
      out.reminders.push({ level: 'warning', text: `有 ${u.locked} 个账户因密码错误次数过多被锁定`, link: '/users' });
  }
  if (can(actor.role, 'audit.read')) {
    out.cards.push({
      key: 'auditToday',
      title: '今日操作记录',
      value: await countAuditSince(db, { actor, since: startOfChinaDay(now) }),
      suffix: '条',
    });
  }
  if (can(actor.role, 'calendar.read')) {
    const years = (await listCalendarYears(db, { actor })).map((y) => y.year);
    out.cards.push({ key: 'calendar', title: '已录入节假日年份', value: years.length ? years.join('、') : '无' });
    const thisYear = Number(startOfChinaDay(now).toISOString().slice(0, 4));
    // The State Council publishes next year's calendar in the autumn; deadlines into next year need it.
    const month = now.getUTCMonth() + 1;
    if (!years.includes(thisYear))
      out.reminders.push({
        level: 'error',
        text: `尚未录入 ${thisYear} 年法定节假日安排，工作日期限无法计算`,
        link: '/calendar',
      });
    else if (month >= 10 && !years.includes(thisYear + 1))
      out.reminders.push({
        level: 'warning',
        text: `尚未录入 ${thisYear + 1} 年法定节假日安排，跨年的工作日期限将无法计算；国务院办公厅通知发布后请及时录入`,
        link: '/calendar',
      });
  }
  // R-ORG-01: the filing expires in 90 days (a setting) or has expired.
  out.reminders.push(...(await describeCentreReminders(db, { actor, today })));
  // Examiner and supervisor certificates and expert terms ending within the reminder window (a setting, 90 days).
  out.reminders.push(...(await describePeopleReminders(db, { actor })));
  return out;
}
