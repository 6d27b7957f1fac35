import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { arrangementRuns } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import {
  assignmentDocumentNames,
  type Assignment,
  type AssignmentDuty,
  type MyAssignments,
} from '../../../shared/arrangement.assignments.js';
import { chinaToday } from '../../../shared/dates.js';
import { personIdsOfUser } from '../people/people.reads.js';
import { findBatch } from '../plans/batch.service.js';
import { buildRoomDocument, type DocumentsDeps } from './documents/documents.service.js';
import type { RunRow } from './documents/load.js';

/**
 * 我的考务安排: the exam duties of the person linked to an examiner's or supervisor's login, read from the
 * published arrangements (R-ARR-11) — the sitting, its rooms and times, the duty (R-ARR-02 proctors, R-ARR-03 site
 * staff, R-ARR-04 examiner group), the colleagues on duty with it — and the room documents of those rooms.
 */

export const UNLINKED_MESSAGE = '您的登录账户尚未关联人员档案，暂无考务安排。请联系认定中心关联账户。';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The published runs that hold one of the persons among their staff and are still the current arrangement of at
 * least one of their batches (a re-published batch's older run no longer counts), with those batches.
 */
async function currentRunsOf(db: DbOrTx, personIds: string[]): Promise<{ run: RunRow; batchIds: Set<string> }[]> {
  const all = await db
    .select({ id: arrangementRuns.id, batchIds: arrangementRuns.batchIds })
    .from(arrangementRuns)
    .where(eq(arrangementRuns.status, 'published'))
    .orderBy(desc(arrangementRuns.publishedAt));
  const latest = new Map<string, string>(); // batch → its latest published run
  for (const r of all) for (const b of r.batchIds) if (!latest.has(b)) latest.set(b, r.id);
  const current = [...new Set(latest.values())];
  if (!current.length) return [];
  const runs = await db
    .select()
    .from(arrangementRuns)
    .where(
      and(
        inArray(arrangementRuns.id, current),
        or(
          ...personIds.map(
            (p) => sql`${arrangementRuns.input}->'staff' @> ${JSON.stringify([{ personId: p }])}::jsonb`,
          ),
        ),
      ),
    );
  return runs.map((run) => ({ run, batchIds: new Set(run.batchIds.filter((b) => latest.get(b) === run.id)) }));
}

/** Every duty of the persons in one run, sitting by sitting. */
function assignmentsInRun(run: RunRow, batchIds: Set<string>, mine: Set<string>, today: string): Assignment[] {
  const { input, result } = run;
  const siteName = new Map((input.sites ?? []).map((s) => [s.id, s.name]));
  const roomOf = new Map(input.rooms.map((r) => [r.id, r]));
  const staffName = new Map(input.staff.map((s) => [s.id, s.name]));
  const myStaff = new Set(input.staff.filter((s) => mine.has(s.personId)).map((s) => s.id));
  const out: Assignment[] = [];
  for (const s of input.sittings) {
    if (!batchIds.has(s.batchId)) continue;
    const used = result.rooms.filter((r) => r.sittingId === s.id);
    const group = result.examinerGroups.find((g) => g.sittingId === s.id);
    const slots = result.siteSlots.filter((x) => x.sittingIds.includes(s.id));
    const duties: { duty: AssignmentDuty; rooms: typeof used; siteIds: string[] }[] = [];
    for (const me of myStaff) {
      if (group?.examinerIds.includes(me))
        duties.push({ duty: group.leaderId === me ? 'leader' : 'examiner', rooms: used, siteIds: [] });
      const proctored = used.filter((r) => r.proctorIds.includes(me));
      if (proctored.length) duties.push({ duty: 'proctor', rooms: proctored, siteIds: [] });
      for (const slot of slots) {
        const atSite = used.filter((r) => roomOf.get(r.roomId)?.siteId === slot.siteId);
        for (const [duty, ids] of [
          ['site_head', slot.siteHeadIds],
          ['supervisor', slot.supervisorIds],
          ['exam_staff', slot.examStaffIds],
        ] as const)
          if (ids.includes(me)) duties.push({ duty, rooms: atSite, siteIds: [slot.siteId] });
      }
    }
    for (const d of duties) {
      const sites = new Set([...d.siteIds, ...d.rooms.map((r) => roomOf.get(r.roomId)?.siteId ?? '')].filter(Boolean));
      // Colleagues: the examiner group, the proctors of these rooms and the site staff of these sites.
      const colleagues: Assignment['colleagues'] = [];
      const add = (ids: readonly string[], duty: AssignmentDuty, roomName: string | null = null) => {
        for (const x of ids)
          if (!myStaff.has(x) && !colleagues.some((c) => c.name === staffName.get(x) && c.duty === duty))
            colleagues.push({ name: staffName.get(x) ?? '—', duty, roomName });
      };
      if (group) {
        add(group.leaderId ? [group.leaderId] : [], 'leader');
        add(
          group.examinerIds.filter((x) => x !== group.leaderId),
          'examiner',
        );
      }
      for (const r of d.rooms) add(r.proctorIds, 'proctor', roomOf.get(r.roomId)?.name ?? null);
      for (const slot of slots.filter((x) => sites.has(x.siteId))) {
        add(slot.siteHeadIds, 'site_head');
        add(slot.supervisorIds, 'supervisor');
        add(slot.examStaffIds, 'exam_staff');
      }
      const time = input.meta?.times?.[s.id];
      out.push({
        runId: run.id,
        batchId: s.batchId,
        batchTitle: input.meta?.batchTitles?.[s.batchId] ?? s.occupationName,
        sittingId: s.id,
        sittingKind: s.kind,
        occupationName: s.occupationName,
        day: s.day,
        startsAt: time?.startsAt?.slice(0, 5) ?? hhmm(s.start),
        endsAt: time?.endsAt?.slice(0, 5) ?? hhmm(s.end),
        siteNames: [...sites].map((x) => siteName.get(x) ?? '—'),
        duty: d.duty,
        rooms: d.rooms.map((r) => ({
          roomId: r.roomId,
          roomName: roomOf.get(r.roomId)?.name ?? '—',
          siteName: siteName.get(roomOf.get(r.roomId)?.siteId ?? '') ?? '—',
          candidateCount: r.candidateCount,
          documents: ['door', 'seats', 'signin'],
        })),
        colleagues,
        upcoming: s.day >= today,
      });
    }
  }
  return out;
}

async function assignmentsOf(db: DbOrTx, personIds: string[], runId?: string): Promise<Assignment[]> {
  if (!personIds.length) return [];
  const mine = new Set(personIds);
  const today = chinaToday();
  const runs = (await currentRunsOf(db, personIds)).filter((r) => !runId || r.run.id === runId);
  return runs
    .flatMap((r) => assignmentsInRun(r.run, r.batchIds, mine, today))
    .sort((a, b) => (a.day + a.startsAt).localeCompare(b.day + b.startsAt));
}

/**
 * The actor's own exam duties, earliest first, in every current published arrangement or in one (`runId`: none
 * when the actor has no duty there); an unlinked login is told what to do.
 */
export async function listMyAssignments(db: Db, opts: { actor: Actor | null; runId?: string }): Promise<MyAssignments> {
  authorize(opts.actor, 'people.self');
  const personIds = await personIdsOfUser(db, opts.actor.userId);
  if (!personIds.length) return { linked: false, message: UNLINKED_MESSAGE, items: [] };
  return { linked: true, message: null, items: await assignmentsOf(db, personIds, opts.runId) };
}

/**
 * R-ARR-11: a room document (door list, seat chart, sign-in sheet) of a room the actor is on duty for in that
 * sitting; any other room answers 404, as if it did not exist.
 */
export async function myAssignmentDocument(
  deps: DocumentsDeps,
  opts: {
    actor: Actor | null;
    runId: string;
    sittingId: string;
    roomId: string;
    document: keyof typeof assignmentDocumentNames;
  },
) {
  authorize(opts.actor, 'people.self');
  const actor = opts.actor;
  const personIds = await personIdsOfUser(deps.db, actor.userId);
  const duty = (await assignmentsOf(deps.db, personIds, opts.runId)).find(
    (a) => a.sittingId === opts.sittingId && a.rooms.some((r) => r.roomId === opts.roomId),
  );
  if (!duty) throw notFound('考场');
  const [run] = await deps.db.select().from(arrangementRuns).where(eq(arrangementRuns.id, opts.runId));
  const batch = await findBatch(deps.db, duty.batchId);
  if (!run || !batch) throw notFound('考场');
  // The same document the centre prints, audited as the holder's own.
  return buildRoomDocument(deps, actor, {
    run,
    batch,
    sittingId: opts.sittingId,
    roomId: opts.roomId,
    document: opts.document,
    own: true,
  });
}
