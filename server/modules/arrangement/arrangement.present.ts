import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { arrangementRuns, arrangementSeats, colleges } from '../../db/schema/index.js';
import { personsByIds } from '../people/people.reads.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { applicationsByIds } from '../registration/registration.reads.js';
import type { Actor } from '../../http/access.js';
import type { ArrangementView, SittingView } from '../../../shared/arrangement.js';
import { moduleName, sittingLabel } from './solver/text.js';
import { buildInput, loadBatches } from './input.store.js';
import { can } from '../../../shared/access.js';
import { checkArrangement } from './solver/checker.js';
import { humanize } from './edits.rules.js';

/** An arrangement run as the screens read it: names instead of ids; a college clerk sees only its own candidates. */

type RunRow = typeof arrangementRuns.$inferSelect;

export async function presentRun(db: DbOrTx, run: RunRow, actor: Actor): Promise<ArrangementView> {
  const input = run.input;
  const result = run.result;
  const unmet = run.unmet;
  const clerkCollege = actor.role === 'college_clerk' ? actor.collegeId : null;

  const appIds = [...new Set(result.seats.map((s) => s.candidateId))];
  const appRows = await applicationsByIds(db, appIds);
  const personName = new Map(
    (
      await personsByIds(
        db,
        appRows.map((a) => a.personId),
      )
    ).map((p) => [p.id, p.name]),
  );
  const collegeIds = [...new Set(appRows.map((a) => a.collegeId).filter((c): c is string => !!c))];
  const collegeName = new Map(
    (collegeIds.length
      ? await db.select({ id: colleges.id, name: colleges.name }).from(colleges).where(inArray(colleges.id, collegeIds))
      : []
    ).map((c) => [c.id, c.name]),
  );
  const apps = appRows.map((a) => ({
    id: a.id,
    level: a.level,
    collegeId: a.collegeId,
    name: personName.get(a.personId) ?? '',
    collegeName: a.collegeId ? (collegeName.get(a.collegeId) ?? null) : null,
  }));
  const appById = new Map(apps.map((a) => [a.id, a]));
  const tickets = new Map(
    (
      await db
        .select({ applicationId: arrangementSeats.applicationId, ticket: arrangementSeats.ticketNumber })
        .from(arrangementSeats)
        .where(eq(arrangementSeats.runId, run.id))
    ).map((t) => [t.applicationId, t.ticket]),
  );
  const batchRows = await batchTitlesByIds(db, run.batchIds);
  const staffName = new Map(input.staff.map((s) => [s.id, s.name]));
  const person = (id: string) => ({ id, name: staffName.get(id) ?? '（已不在工作人员名单）' });
  const roomById = new Map(input.rooms.map((r) => [r.id, r]));
  const siteName = new Map((input.sites ?? []).map((s) => [s.id, s.name]));
  const times = input.meta?.times ?? {};
  const visible = (appId: string) => !clerkCollege || appById.get(appId)?.collegeId === clerkCollege;

  const sittings: SittingView[] = input.sittings.map((s) => {
    const rooms = result.rooms
      .filter((r) => r.sittingId === s.id)
      .map((r) => {
        const room = roomById.get(r.roomId);
        return {
          roomId: r.roomId,
          roomName: room?.name ?? r.roomId,
          capacity: room?.capacity ?? 30,
          candidateCount: r.candidateCount,
          proctors: r.proctorIds.map(person),
          seats: result.seats
            .filter((x) => x.sittingId === s.id && x.roomId === r.roomId && visible(x.candidateId))
            .sort((a, b) => a.seat - b.seat)
            .map((x) => {
              const a = appById.get(x.candidateId);
              return {
                applicationId: x.candidateId,
                seat: x.seat,
                name: a?.name ?? '',
                collegeName: a?.collegeName ?? null,
                level: a?.level ?? 0,
                ticketNumber: tickets.get(x.candidateId) ?? null,
              };
            }),
        };
      })
      .sort((a, b) => a.roomName.localeCompare(b.roomName, 'zh', { numeric: true }));
    // A sitting spilling into an extra site has one slot per site used (its own first); names then carry the site.
    const slots = result.siteSlots
      .filter((x) => x.sittingIds.includes(s.id))
      .sort((a, b) => Number(b.siteId === s.siteId) - Number(a.siteId === s.siteId));
    const multi = slots.length > 1;
    const atSites = (key: 'siteHeadIds' | 'supervisorIds' | 'examStaffIds') =>
      slots.flatMap((slot) =>
        slot[key].map((id) =>
          multi ? { id, name: `${person(id).name}（${siteName.get(slot.siteId) ?? ''}）` } : person(id),
        ),
      );
    const group = result.examinerGroups.find((g) => g.sittingId === s.id);
    return {
      id: s.id,
      batchId: s.batchId,
      label: sittingLabel(s),
      kind: s.kind,
      day: s.day,
      startsAt: times[s.id]?.startsAt ?? '',
      endsAt: times[s.id]?.endsAt ?? '',
      siteId: s.siteId,
      siteName: multi ? slots.map((x) => siteName.get(x.siteId) ?? '').join('、') : (siteName.get(s.siteId) ?? ''),
      candidateCount: s.candidates.filter((c) => visible(c.id)).length,
      rooms,
      siteHeads: atSites('siteHeadIds'),
      supervisors: atSites('supervisorIds'),
      examStaff: atSites('examStaffIds'),
      examiners: (group?.examinerIds ?? []).map((id) => ({
        ...person(id),
        leader: group?.leaderId === id,
        changed: !!group && group.changedRequired > 0 && group.changedIds.includes(id),
      })),
      changedRequired: group?.changedRequired ?? 0,
      modules: (group?.modules ?? []).map((m) => ({
        name: moduleName(m.module),
        examiners: m.examinerIds.map(person),
      })),
    };
  });
  const label = new Map(input.sittings.map((s) => [s.id, sittingLabel(s)]));
  // The hand-edit pickers offer the staff as it is now (an examiner registered after the run included); a
  // published run takes staff changes too (arrangement.service.ts editRun).
  let options = input.staff;
  let publishBlockers: ArrangementView['publishBlockers'] = [];
  if (can(actor.role, 'arrangement.manage')) {
    const batches = await loadBatches(db, run.batchIds);
    const fresh = await buildInput(db, { batches, setups: input.setups, seed: run.seed, excludeRunId: run.id });
    options = fresh.staff;
    if (run.status === 'draft') publishBlockers = blockersOf(fresh, result, batches);
  }
  const w = result.workload;
  return {
    id: run.id,
    status: run.status,
    seed: run.seed,
    inputHash: run.inputHash,
    batches: run.batchIds.map((id) => batchRows.find((b) => b.id === id)!).filter(Boolean),
    firstDay: run.firstDay,
    visibleFrom: run.visibleFrom,
    publishedAt: run.publishedAt?.toISOString() ?? null,
    createdAt: run.createdAt.toISOString(),
    updatedAt: run.updatedAt.toISOString(),
    summary: {
      candidates: sittings.length ? Math.max(...sittings.map((s) => s.candidateCount)) : 0,
      roomsUsed: result.roomsUsed,
      roomsLowerBound: result.roomsLowerBound,
      staffCount: input.staff.length,
      workloadMin: w.min,
      workloadMax: w.max,
      workloadAverage: w.average,
      withinOneShare: w.withinOneShare,
    },
    unmet: unmet.map((u) => ({ ...u, sittingLabel: label.get(u.sittingId) ?? '' })),
    sittings,
    lots: clerkCollege
      ? []
      : result.lots.map((l) => ({
          sittingId: l.sittingId,
          seed: l.seed,
          draws: l.draws.map((d) => ({
            order: d.order,
            name: staffName.get(d.staffId) ?? d.staffId,
            roomName: roomById.get(d.roomId)?.name ?? d.roomId,
          })),
        })),
    staff: clerkCollege ? [] : options.map((s) => ({ id: s.id, name: s.name, duties: s.duties })),
    edits: clerkCollege ? [] : run.edits,
    publishBlockers,
  };
}

/**
 * R-ARR-09: what publishRun would refuse now — the checker's violations on today's data (one line per rule, sitting
 * and reason, at most 20) and a batch whose review is not done.
 */
function blockersOf(
  input: Awaited<ReturnType<typeof buildInput>>,
  result: RunRow['result'],
  batches: Awaited<ReturnType<typeof loadBatches>>,
): ArrangementView['publishBlockers'] {
  const out: ArrangementView['publishBlockers'] = [];
  for (const b of batches)
    if (b.state !== 'reviewed') out.push({ rule: '', text: `批次“${b.title}”尚未完成报名审核（状态须为“审核完成”）` });
  const label = new Map(input.sittings.map((s) => [s.id, sittingLabel(s)]));
  const lines = [
    ...new Map(
      checkArrangement(input, result).map((v) => {
        const text = `${humanize(input, v.message)}${v.sittingId ? `（${label.get(v.sittingId) ?? ''}）` : ''}`;
        return [`${v.rule}|${text}`, { rule: v.rule, text }];
      }),
    ).values(),
  ];
  out.push(...lines.slice(0, 20));
  if (lines.length > 20) out.push({ rule: '', text: `另有 ${lines.length - 20} 项未列出` });
  return out;
}
