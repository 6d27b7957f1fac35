import { and, eq, lte, sql, type AnyColumn } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examinerOccupations, examiners, experts, supervisors } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import type { ExpiringItem } from '../../../shared/people-staff.js';
import type { HomeResponse } from '../../../shared/home.js';
import { can } from '../../../shared/access.js';
import { examinerGradeNames } from '../../../shared/people.js';
import { examinerMayExamineLevel, examinerQualificationProblems } from './people.rules.js';
import { personsById, readSettings, today } from './people.store.js';
import { daysBetween } from '../../../shared/dates.js';

/**
 * What other modules ask of the people module. The arrangement (R-ARR-05/06/08) uses `eligibleExaminers`,
 * `conflictsBetween` / `hasConflict` (conflicts.service.ts) and `isBarredFromExamDuty` (misconduct.service.ts);
 * the home page uses `expiringStaff`.
 */

export interface EligibleExaminer {
  examinerId: string;
  personId: string;
  name: string;
  grade: 'standard' | 'senior';
  firstExaminingYear: number | null;
  certificateValidUntil: string;
}

/**
 * R-ARR-05: examiners qualified for an occupation (edition + code) and level on a day: listed for the occupation
 * (R-PPL-04), grade allowing the level (R-PPL-05), certificate valid on that day, not dismissed, qualification met.
 */
export async function eligibleExaminers(
  db: DbOrTx,
  opts: { edition: string; occupationCode: string; level: number; on: string },
): Promise<EligibleExaminer[]> {
  const rows = await db
    .select({ e: examiners })
    .from(examiners)
    .innerJoin(examinerOccupations, eq(examinerOccupations.examinerId, examiners.id))
    .where(
      and(
        eq(examinerOccupations.edition, opts.edition),
        eq(examinerOccupations.occupationCode, opts.occupationCode),
        eq(examiners.dismissed, false),
        lte(examiners.certificateIssuedOn, opts.on),
        sql`${examiners.certificateValidUntil} >= ${opts.on}`,
      ),
    );
  const people = await personsById(
    db,
    rows.map((r) => r.e.personId),
  );
  return rows
    .filter(({ e }) => examinerMayExamineLevel(e.grade as 'standard', opts.level))
    .filter(({ e }) => {
      const p = people.get(e.personId)!;
      return (
        examinerQualificationProblems({
          ...e,
          grade: e.grade as 'standard',
          titleGrade: p.titleGrade as 'senior',
          skillLevel: p.skillLevel,
        }).length === 0
      );
    })
    .map(({ e }) => ({
      examinerId: e.id,
      personId: e.personId,
      name: people.get(e.personId)!.name,
      grade: e.grade as 'standard' | 'senior',
      firstExaminingYear: e.firstExaminingYear,
      certificateValidUntil: e.certificateValidUntil,
    }));
}

/**
 * Examiner and supervisor certificates and expert terms that end within the reminder window (a setting, 90 days by
 * default) or have ended without renewal, soonest first.
 */
export async function expiringStaff(
  db: DbOrTx,
  opts: { day?: string } = {},
): Promise<{ days: number; items: ExpiringItem[] }> {
  const settings = await readSettings(db);
  const day = opts.day ?? today();
  const horizon = new Date(Date.parse(`${day}T00:00:00Z`) + settings.reminderDays * 86_400_000)
    .toISOString()
    .slice(0, 10);
  // Ended more than a year ago: no longer a reminder, just history.
  const since = new Date(Date.parse(`${day}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
  const window = (col: AnyColumn) => sql`${col} between ${since} and ${horizon}`;
  const [ex, su, xp] = await Promise.all([
    db
      .select()
      .from(examiners)
      .where(and(eq(examiners.dismissed, false), window(examiners.certificateValidUntil))),
    db
      .select()
      .from(supervisors)
      .where(and(eq(supervisors.disqualified, false), window(supervisors.certificateValidUntil))),
    db
      .select()
      .from(experts)
      .where(and(eq(experts.revoked, false), window(experts.termEnd))),
  ]);
  // An expert whose term was renewed (a later term of the same group) is not reminded of the old one.
  const laterExpert = await db
    .select({
      personId: experts.personId,
      edition: experts.edition,
      code: experts.occupationCode,
      termStart: experts.termStart,
    })
    .from(experts);
  const people = await personsById(
    db,
    [...ex, ...su, ...xp].map((r) => r.personId),
  );
  const items: ExpiringItem[] = [
    ...ex.map((r) => ({
      kind: 'examiner' as const,
      id: r.id,
      personId: r.personId,
      name: people.get(r.personId)!.name,
      what: `${examinerGradeNames[r.grade as 'standard']}证书（${r.certificateNumber}）`,
      until: r.certificateValidUntil,
      daysLeft: daysBetween(day, r.certificateValidUntil),
    })),
    ...su.map((r) => ({
      kind: 'supervisor' as const,
      id: r.id,
      personId: r.personId,
      name: people.get(r.personId)!.name,
      what: `质量督导员证（${r.certificateNumber}）`,
      until: r.certificateValidUntil,
      daysLeft: daysBetween(day, r.certificateValidUntil),
    })),
    ...xp
      .filter(
        (x) =>
          !laterExpert.some(
            (y) =>
              y.personId === x.personId &&
              y.edition === x.edition &&
              y.code === x.occupationCode &&
              y.termStart > x.termStart,
          ),
      )
      .map((r) => ({
        kind: 'expert' as const,
        id: r.id,
        personId: r.personId,
        name: people.get(r.personId)!.name,
        what: `${r.occupationName}专家组${r.leader ? '组长' : '成员'}聘期`,
        until: r.termEnd,
        daysLeft: daysBetween(day, r.termEnd),
      })),
  ].sort((a, b) => a.until.localeCompare(b.until));
  return { days: settings.reminderDays, items };
}

export async function listExpiring(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'staff.read');
  return expiringStaff(db);
}

/** The home page's reminders for the centre's staff: certificates and expert terms that end soon or have ended. */
export async function describePeopleReminders(
  db: Db,
  opts: { actor: Actor; day?: string },
): Promise<HomeResponse['reminders']> {
  if (!can(opts.actor.role, 'staff.read')) return [];
  const { days, items } = await expiringStaff(db, { day: opts.day });
  const expired = items.filter((i) => i.daysLeft < 0);
  const soon = items.filter((i) => i.daysLeft >= 0);
  const names = (list: ExpiringItem[]) =>
    list
      .slice(0, 3)
      .map((i) => `${i.name}的${i.what}`)
      .join('、') + (list.length > 3 ? ` 等 ${list.length} 项` : '');
  const out: HomeResponse['reminders'] = [];
  if (expired.length) out.push({ level: 'error', text: `已过期未续：${names(expired)}`, link: '/staff?tab=expiring' });
  if (soon.length)
    out.push({ level: 'warning', text: `${days} 天内到期：${names(soon)}`, link: '/staff?tab=expiring' });
  return out;
}
