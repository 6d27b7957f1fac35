// 质量督导 (R-SUP-02, R-SUP-03): the teams of the published arrangements, their reports (content, every member's
// signature, submission), and the members' observations during the batch with breaches stopped and reported.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { files, supervisionObservations, supervisionReports, supervisionSignatures } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { chinaToday } from '../../../shared/dates.js';
import {
  reportStateNames,
  supervisionAreaNames,
  type ObservationBody,
  type ReportBody,
  type SupervisionObservation,
  type SupervisionReport,
  type SupervisionTeam,
} from '../../../shared/supervision.js';
import { recordAudit } from '../audit/audit.service.js';
import { venueNamesByIds } from '../arrangement/arrangement.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { batchTitlesByIds } from '../plans/plans.reads.js';
import { authorizeSupervision, teamScope, visibleTeams, type Team } from './supervision.access.js';
import { reportDueOn, reportOverdue, unsignedMembers } from './supervision.rules.js';
import { externalRecords, teamRecords, userNames, type ObservationRow } from './supervision.store.js';
import { presentExternal } from './plan.service.js';

type Opts = { actor: Actor | null; today?: string };
type TeamOpts = Opts & { batchId: string; siteId: string };

/** Teams with their names and report state, as listed and shown. */
async function presentTeams(
  db: DbOrTx,
  teams: readonly Team[],
  myPersonIds: readonly string[],
  today: string,
): Promise<{ items: SupervisionTeam[]; observations: ObservationRow[] }> {
  const [{ reports, signatures, observations }, titles, venues, people] = await Promise.all([
    teamRecords(db, teams),
    batchTitlesByIds(
      db,
      teams.map((t) => t.batchId),
    ),
    venueNamesByIds(
      db,
      teams.map((t) => t.siteId),
    ),
    personsByIds(
      db,
      teams.flatMap((t) => t.personIds),
    ),
  ]);
  const signerNames = await userNames(
    db,
    signatures.map((s) => s.userId),
  );
  const same = (t: Team) => (r: { batchId: string; siteId: string }) =>
    r.batchId === t.batchId && r.siteId === t.siteId;
  const items = teams.map((t): SupervisionTeam => {
    const report = reports.find(same(t));
    const signs = signatures.filter(same(t));
    const obs = observations.filter(same(t));
    const submitted = !!report?.submittedAt;
    return {
      batchId: t.batchId,
      siteId: t.siteId,
      batchTitle: titles.find((b) => b.id === t.batchId)?.title ?? '',
      siteName: venues.find((v) => v.id === t.siteId)?.name ?? '',
      lastExamDay: t.lastExamDay,
      dueOn: reportDueOn(t.lastExamDay),
      overdue: reportOverdue(t.lastExamDay, submitted, today),
      state: submitted ? 'submitted' : 'open',
      stateName: reportStateNames[submitted ? 'submitted' : 'open'],
      team: t.personIds.map((p) => {
        const s = signs.find((x) => x.personId === p);
        return {
          personId: p,
          name: people.find((x) => x.id === p)?.name ?? '',
          signedAt: s?.signedAt.toISOString() ?? null,
          signedByName: s ? (signerNames.get(s.userId) ?? null) : null,
          me: myPersonIds.includes(p),
        };
      }),
      signed: signs.filter((s) => t.personIds.includes(s.personId)).length,
      observations: obs.length,
      breaches: obs.filter((o) => o.breach).length,
      submittedAt: report?.submittedAt?.toISOString() ?? null,
    };
  });
  items.sort((a, b) =>
    a.lastExamDay === b.lastExamDay ? a.siteName.localeCompare(b.siteName) : a.lastExamDay < b.lastExamDay ? 1 : -1,
  );
  return { items, observations };
}

async function presentObservations(db: DbOrTx, rows: readonly ObservationRow[]): Promise<SupervisionObservation[]> {
  const [titles, venues, names] = await Promise.all([
    batchTitlesByIds(
      db,
      rows.map((r) => r.batchId),
    ),
    venueNamesByIds(
      db,
      rows.map((r) => r.siteId),
    ),
    userNames(
      db,
      rows.map((r) => r.createdBy),
    ),
  ]);
  return rows.map((r) => ({
    id: r.id,
    batchId: r.batchId,
    siteId: r.siteId,
    batchTitle: titles.find((b) => b.id === r.batchId)?.title ?? '',
    siteName: venues.find((v) => v.id === r.siteId)?.name ?? '',
    aspect: r.aspect,
    aspectName: supervisionAreaNames[r.aspect],
    checklist: r.checklist,
    notes: r.notes,
    photoFileIds: r.photoFileIds,
    breach: r.breach,
    stopped: r.stopped,
    byName: names.get(r.createdBy ?? '') ?? '',
    createdAt: r.createdAt.toISOString(),
  }));
}

/** R-SUP-02: the teams the actor may see (the centre: all; a supervisor: its own), with due day and overdue tag. */
export async function listTeams(db: Db, opts: Opts) {
  authorizeSupervision(opts.actor);
  const { personIds, teams } = await visibleTeams(db, opts.actor);
  const { items } = await presentTeams(db, teams, personIds, opts.today ?? chinaToday());
  return { items, total: items.length };
}

/** One team's report with its observations and the batch's external supervision. */
export async function getTeamReport(db: DbOrTx, opts: TeamOpts): Promise<SupervisionReport> {
  authorizeSupervision(opts.actor);
  const actor = opts.actor;
  const { team, member } = await teamScope(db, actor, opts.batchId, opts.siteId);
  const { items, observations } = await presentTeams(db, [team], member ? [member] : [], opts.today ?? chinaToday());
  const [report] = await db
    .select()
    .from(supervisionReports)
    .where(and(eq(supervisionReports.batchId, team.batchId), eq(supervisionReports.siteId, team.siteId)));
  const external = await externalRecords(db, team.batchId);
  return {
    ...items[0],
    findings: report?.findings ?? '',
    problems: report?.problems ?? '',
    suggestions: report?.suggestions ?? '',
    member: !!member,
    observationList: await presentObservations(db, observations),
    externalList: await presentExternal(db, external),
  };
}

/** A member of the team, for the team's own writes (the centre reads, the team writes); 404 for anyone else. */
async function memberScope(tx: DbOrTx, actor: Actor, batchId: string, siteId: string) {
  authorize(actor, 'supervision.observe');
  const scope = await teamScope(tx, actor, batchId, siteId);
  if (!scope.member) throw new AppError('NOT_FOUND', '督导任务不存在或无权查看');
  return { team: scope.team, personId: scope.member };
}

async function lockedReport(tx: DbOrTx, batchId: string, siteId: string) {
  await tx.insert(supervisionReports).values({ batchId, siteId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(supervisionReports)
    .where(and(eq(supervisionReports.batchId, batchId), eq(supervisionReports.siteId, siteId)))
    .for('update');
  return row;
}

const submittedError = () => new AppError('CONFLICT', '督导报告已提交，不能再修改');

/** R-SUP-02: a member writes the report (findings, problems, suggestions) while nobody has signed it yet. */
export async function saveReport(db: Db, opts: TeamOpts & { data: ReportBody }) {
  authorize(opts.actor, 'supervision.observe');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const { team } = await memberScope(tx, actor, opts.batchId, opts.siteId);
    const before = await lockedReport(tx, team.batchId, team.siteId);
    if (before.submittedAt) throw submittedError();
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(supervisionSignatures)
      .where(and(eq(supervisionSignatures.batchId, team.batchId), eq(supervisionSignatures.siteId, team.siteId)));
    // Every member signs the same text: once one has signed, the text stays as signed.
    if (n > 0) throw new AppError('CONFLICT', '已有督导组成员签名，报告内容不能再修改');
    await tx
      .update(supervisionReports)
      .set({ ...opts.data, updatedAt: new Date(), updatedBy: actor.userId })
      .where(and(eq(supervisionReports.batchId, team.batchId), eq(supervisionReports.siteId, team.siteId)));
    await recordAudit(tx, actor, {
      action: 'supervision.report.update',
      entity: 'supervision_report',
      entityId: team.batchId,
      before: { findings: before.findings, problems: before.problems, suggestions: before.suggestions },
      after: { siteId: team.siteId, ...opts.data },
    });
  });
  return getTeamReport(db, opts);
}

/** R-SUP-02: a member signs the report (once); signing needs the report written. */
export async function signReport(db: Db, opts: TeamOpts) {
  authorize(opts.actor, 'supervision.observe');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const { team, personId } = await memberScope(tx, actor, opts.batchId, opts.siteId);
    const report = await lockedReport(tx, team.batchId, team.siteId);
    if (report.submittedAt) throw submittedError();
    if (!report.findings.trim()) throw new AppError('CONFLICT', '督导情况：请先填写报告内容再签名');
    const done = await tx
      .insert(supervisionSignatures)
      .values({ batchId: team.batchId, siteId: team.siteId, personId, userId: actor.userId })
      .onConflictDoNothing()
      .returning();
    if (!done.length) throw new AppError('CONFLICT', '您已签名');
    await recordAudit(tx, actor, {
      action: 'supervision.report.sign',
      entity: 'supervision_report',
      entityId: team.batchId,
      after: { siteId: team.siteId, personId },
    });
  });
  return getTeamReport(db, opts);
}

/** R-SUP-02: the report is submitted by a member once every member of the team has signed it. */
export async function submitReport(db: Db, opts: TeamOpts) {
  authorize(opts.actor, 'supervision.observe');
  const actor = opts.actor;
  await db.transaction(async (tx) => {
    const { team } = await memberScope(tx, actor, opts.batchId, opts.siteId);
    const report = await lockedReport(tx, team.batchId, team.siteId);
    if (report.submittedAt) throw submittedError();
    const signed = await tx
      .select({ personId: supervisionSignatures.personId })
      .from(supervisionSignatures)
      .where(and(eq(supervisionSignatures.batchId, team.batchId), eq(supervisionSignatures.siteId, team.siteId)));
    // R-SUP-02: signed by all members of the team.
    const missing = unsignedMembers(
      team.personIds,
      signed.map((s) => s.personId),
    );
    if (missing.length) {
      const names = (await personsByIds(tx, missing)).map((p) => p.name).join('、');
      throw new AppError('CONFLICT', `督导组成员尚未全部签名（未签名：${names}），不能提交`, { missing });
    }
    const now = new Date();
    await tx
      .update(supervisionReports)
      .set({ submittedAt: now, submittedBy: actor.userId })
      .where(and(eq(supervisionReports.batchId, team.batchId), eq(supervisionReports.siteId, team.siteId)));
    await recordAudit(tx, actor, {
      action: 'supervision.report.submit',
      entity: 'supervision_report',
      entityId: team.batchId,
      after: { siteId: team.siteId, submittedAt: now.toISOString() },
    });
  });
  return getTeamReport(db, opts);
}

/**
 * A member records what it observed in one area, with the area's checklist, notes and photos; R-SUP-03: a breach is
 * stopped on the spot and reported to the centre (it shows on the centre's list of breaches), nothing else changes.
 */
export async function addObservation(db: Db, opts: TeamOpts & { data: ObservationBody }) {
  authorize(opts.actor, 'supervision.observe');
  const actor = opts.actor;
  const d = opts.data;
  const id = await db.transaction(async (tx) => {
    const { team, personId } = await memberScope(tx, actor, opts.batchId, opts.siteId);
    if (d.photoFileIds.length) {
      const own = await tx
        .select({ id: files.id })
        .from(files)
        .where(and(inArray(files.id, d.photoFileIds), eq(files.ownerId, actor.userId)));
      if (own.length !== new Set(d.photoFileIds).size)
        throw new AppError('VALIDATION', '现场照片：文件不存在或不是您上传的', [
          { field: 'photoFileIds', message: '文件不存在或不是您上传的' },
        ]);
    }
    const [row] = await tx
      .insert(supervisionObservations)
      .values({
        batchId: team.batchId,
        siteId: team.siteId,
        aspect: d.aspect,
        checklist: d.checklist,
        notes: d.notes,
        photoFileIds: d.photoFileIds,
        breach: d.breach,
        stopped: d.breach ? d.stopped : '',
        personId,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: d.breach ? 'supervision.breach' : 'supervision.observe',
      entity: 'supervision_observation',
      entityId: row.id,
      after: { batchId: team.batchId, siteId: team.siteId, aspect: d.aspect, breach: d.breach, stopped: row.stopped },
    });
    return row.id;
  });
  const [row] = await db.select().from(supervisionObservations).where(eq(supervisionObservations.id, id));
  return (await presentObservations(db, [row]))[0];
}

/** R-SUP-03: the breaches the supervisors stopped and reported, newest first, for the centre. */
export async function listBreaches(db: Db, opts: Opts) {
  authorize(opts.actor, 'supervision.read');
  const rows = await db
    .select()
    .from(supervisionObservations)
    .where(eq(supervisionObservations.breach, true))
    .orderBy(desc(supervisionObservations.createdAt))
    .limit(500);
  const items = await presentObservations(db, rows);
  return { items, total: items.length };
}
