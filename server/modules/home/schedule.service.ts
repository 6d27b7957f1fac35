import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { can } from '../../../shared/access.js';
import type { HomeTask, HomeTaskLine } from '../../../shared/home.js';
import { sittingKindNames } from '../../../shared/plans.js';
import { applicationStatusNames, feeStatusNames } from '../../../shared/registration.js';
import { levelNames, type Level } from '../../../shared/eligibility.js';
import { personIdsOfUser } from '../people/people.reads.js';
import { expiringStaff } from '../people/expiring.service.js';
import { sittingsByIds, sittingsWithBatchTitles, type SittingRecord } from '../plans/plans.reads.js';
import { listOwnApplications, portalBatches } from '../registration/portal.service.js';
import { publishedDutiesOfPersons, publishedSeatsOfApplications } from '../arrangement/arrangement.reads.js';
import { violationNoticesOfPersons } from '../scoring/scoring.reads.js';
import { revokedCertificatesOfPersons } from '../certificates/holder.service.js';
import { mySittings } from '../scoring/marking.service.js';

/** What waits for a candidate (batches to apply to, its applications, its next exam) and for exam staff (duties). */

const dutyNames = {
  examiner: '考评员',
  proctor: '监考',
  site_head: '考点负责人',
  supervisor: '质量督导',
  exam_staff: '考务人员',
} as const;

const when = (s: SittingRecord) => `${s.day} ${s.startsAt}–${s.endsAt}`;
const byTime = (a: SittingRecord, b: SittingRecord) => (a.day + a.startsAt).localeCompare(b.day + b.startsAt);

/** R-REG-01 / R-ARR-11: the candidate's open batches (the portal's own list), applications and next exam. */
export async function describeCandidateWork(db: Db, opts: { actor: Actor; today: string }): Promise<HomeTask[]> {
  const { actor, today } = opts;
  if (!can(actor.role, 'portal.apply')) return [];
  let open: Awaited<ReturnType<typeof portalBatches>>['items'];
  try {
    open = (await portalBatches(db, { actor, today })).items;
  } catch (e) {
    // An account not yet linked to its person record: the portal says so, and so does the home page.
    if (e instanceof AppError && e.code === 'NOT_FOUND')
      return [
        {
          key: 'openBatches',
          title: '可报名的认定批次',
          count: 0,
          level: 'warning',
          lines: [],
          empty: e.message,
        },
      ];
    throw e;
  }
  const { items: apps } = await listOwnApplications(db, { actor });
  const tasks: HomeTask[] = [];
  tasks.push({
    key: 'openBatches',
    title: '可报名的认定批次',
    count: open.length,
    level: 'info',
    link: '/portal',
    linkText: '去报名',
    lines: open.map((b) => ({
      text: b.title,
      tag: b.application
        ? applicationStatusNames[b.application.status]
        : b.eligibleLevels.length
          ? '可报名'
          : undefined,
      detail:
        `报名截止 ${b.registrationClosesOn}` +
        (b.application
          ? ''
          : b.eligibleLevels.length
            ? ` · 可报 ${b.eligibleLevels.map((l) => levelNames[l as Level]).join('、')}`
            : ' · 暂不符合申报条件'),
      link: b.application ? '/portal?tab=mine' : `/portal`,
    })),
    empty: '目前没有您可以报名的认定批次，批次发布后将在此显示',
  });
  const live = apps.filter((a) => a.status !== 'withdrawn');
  tasks.push({
    key: 'myApplications',
    title: '我的报名',
    count: live.filter((a) => a.status === 'rejected' || (a.status === 'approved' && a.feeStatus === 'unpaid')).length,
    level: live.some((a) => a.status === 'rejected') ? 'warning' : 'info',
    link: '/portal?tab=mine',
    linkText: '查看',
    lines: live.map((a) => ({
      text: `${a.batchTitle}（${levelNames[a.level as Level] ?? a.level}）`,
      tag: applicationStatusNames[a.status],
      level: a.status === 'rejected' ? 'warning' : undefined,
      detail:
        a.status === 'rejected'
          ? '已退回，请按审核意见修改后重新提交'
          : a.feeDue > 0
            ? `缴费：${feeStatusNames[a.feeStatus]}`
            : undefined,
      link: '/portal?tab=mine',
    })),
    empty: '您还没有报名',
  });

  // R-ARR-11: room and seat are shown from the run's visibleFrom (the day before the exam).
  const seats = await publishedSeatsOfApplications(
    db,
    live.filter((a) => a.status === 'approved').map((a) => a.id),
  );
  const sittings = new Map(
    (
      await sittingsByIds(
        db,
        seats.map((s) => s.sittingId),
      )
    ).map((s) => [s.id, s]),
  );
  const upcoming = seats
    .map((seat) => ({ seat, sitting: sittings.get(seat.sittingId)! }))
    .filter((x) => x.sitting && x.sitting.day >= today)
    .sort((a, b) => byTime(a.sitting, b.sitting));
  const titles = new Map(apps.map((a) => [a.batchId, a.batchTitle]));
  const lines: HomeTaskLine[] = [];
  for (const { seat, sitting } of upcoming) {
    const shown = seat.visibleFrom !== null && seat.visibleFrom <= today;
    lines.push({
      text: `${sittingKindNames[sitting.kind]} · ${when(sitting)}`,
      tag: titles.get(sitting.batchId),
      detail: shown
        ? `${seat.siteName} ${seat.roomName} · 座位 ${seat.seat}${seat.ticketNumber ? ` · 准考证号 ${seat.ticketNumber}` : ''}`
        : `考场和座位将于 ${seat.visibleFrom ?? '考试前一天'} 公布`,
      link: '/portal?tab=exam',
    });
  }
  // R-VIOL-01…04: the candidate is told of every violation recorded against it, its effect and the centre's ruling;
  // an appeal goes to the centre as a complaint.
  const personIds = [...new Set(apps.map((a) => a.personId))];
  const notices = await violationNoticesOfPersons(db, personIds);
  if (notices.length)
    tasks.push({
      key: 'violations',
      title: '违纪处理告知',
      count: notices.filter((n) => n.ruling !== 'overturned').length,
      level: notices.some((n) => n.ruling !== 'overturned') ? 'error' : 'info',
      lines: notices.map((n) => ({
        text: `${n.batchTitle} · ${n.part}：${n.clause}（第 ${n.tier} 类）`,
        tag: n.ruling === 'upheld' ? '已确认' : n.ruling === 'overturned' ? '已撤销' : '待中心处理',
        level: n.ruling === 'overturned' ? undefined : 'error',
        detail:
          `处理：${n.effect}${n.banUntil ? `，${n.banUntil} 前不得参加评价` : ''}` +
          (n.ruling === 'overturned' ? '' : '。如有异议，可自收到告知之日起向认定中心提出申诉'),
      })),
    });
  // R-CERT-04 / R-VIOL-05: the holder is told when a certificate of its is revoked, with the date and the reason.
  const revoked = await revokedCertificatesOfPersons(db, personIds);
  if (revoked.length)
    tasks.push({
      key: 'revokedCertificates',
      title: '证书撤销告知',
      count: revoked.length,
      level: 'error',
      link: '/portal?tab=results',
      linkText: '我的证书',
      lines: revoked.map((c) => ({
        text: `${c.occupation}（${c.levelName}）证书 ${c.number}`,
        tag: '已撤销',
        level: 'error',
        detail: `${c.revokedOn} 撤销，原因：${c.reason}。如有异议，可向认定中心提出申诉`,
        link: '/portal?tab=results',
      })),
    });
  tasks.push({
    key: 'nextExam',
    title: '我的考试',
    count: lines.length,
    level: 'info',
    link: lines.length ? '/portal?tab=exam' : undefined,
    linkText: '准考证',
    lines,
    empty: '暂无已安排的考试；考场编排发布后，考场、座位和准考证将在此显示',
  });
  return tasks;
}

/** The exam duties of an examiner or supervisor in published arrangements, from today on. */
export async function describeStaffDuties(db: Db, opts: { actor: Actor; today: string }): Promise<HomeTask[]> {
  const { actor, today } = opts;
  if (!can(actor.role, 'people.self')) return [];
  const personIds = await personIdsOfUser(db, actor.userId);
  const duties = await publishedDutiesOfPersons(db, personIds);
  const sittings = new Map(
    (
      await sittingsWithBatchTitles(
        db,
        duties.map((d) => d.sittingId),
      )
    ).map((s) => [s.id, s]),
  );
  const seen = new Set<string>();
  const lines: (HomeTaskLine & { at: string })[] = [];
  for (const d of duties) {
    const s = sittings.get(d.sittingId);
    if (!s || s.day < today) continue;
    const key = `${d.sittingId}:${d.duty}:${d.roomName ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push({
      at: s.day + s.startsAt,
      text: `${sittingKindNames[s.kind]} · ${when(s)}`,
      tag: d.leader ? '考评组组长' : dutyNames[d.duty],
      detail: [s.batchTitle, [d.siteName, d.roomName].filter(Boolean).join(' ') || s.place].filter(Boolean).join(' · '),
      link: '/my-record',
    });
  }
  lines.sort((a, b) => a.at.localeCompare(b.at));
  // R-SCORE-01: the skill sittings whose marking window is open for this examiner.
  const marking = can(actor.role, 'scoring.mark')
    ? (await mySittings(db, { actor })).items.filter((m) => m.windowOpen)
    : [];
  // The user's own certificates that end within the reminder window (or have ended), as the centre sees them.
  const own = personIds.length ? (await expiringStaff(db, { day: today })).items : [];
  const expiring = own.filter((i) => personIds.includes(i.personId));
  return [
    ...(marking.length
      ? [
          {
            key: 'marking',
            title: '评分任务',
            count: marking.reduce((n, m) => n + Math.max(0, m.candidates - m.resolved), 0),
            level: 'warning' as const,
            link: '/marking',
            linkText: '去评分',
            lines: marking.map((m) => ({
              text: `${m.kindName} · ${m.day}`,
              tag: m.leader ? '考评组组长' : '考评员',
              detail: `${m.batchTitle} · 已确定 ${m.resolved}/${m.candidates} 人，我已评 ${m.myMarks} 人`,
              link: `/marking/${m.sittingId}`,
            })),
          },
        ]
      : []),
    ...(expiring.length
      ? [
          {
            key: 'ownExpiring',
            title: '我的证书到期提醒',
            count: expiring.length,
            level: expiring.some((i) => i.daysLeft < 0) ? ('error' as const) : ('warning' as const),
            link: '/my-record',
            linkText: '我的档案',
            lines: expiring.map((i) => ({
              text: i.what,
              tag: i.daysLeft < 0 ? '已过期' : '即将到期',
              level: i.daysLeft < 0 ? ('error' as const) : ('warning' as const),
              detail: i.daysLeft < 0 ? `已于 ${i.until} 到期，请及时续期` : `${i.until} 到期，还有 ${i.daysLeft} 天`,
              link: '/my-record',
            })),
          },
        ]
      : []),
    {
      key: 'duties',
      title: '我的考务安排',
      count: lines.length,
      level: 'info',
      link: '/my-record',
      linkText: '我的档案',
      lines: lines.map(({ at: _at, ...l }) => l),
      empty: personIds.length ? '暂无已发布的考务安排' : '您的账号尚未关联人员档案，请联系认定中心',
    },
  ];
}
