import { and, eq, sql, type AnyColumn } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { examiners, experts, supervisors } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import type { ExpiringItem } from '../../../shared/people-staff.js';
import type { HomeResponse } from '../../../shared/home.js';
import { can } from '../../../shared/access.js';
import { examinerGradeNames } from '../../../shared/people.js';
import { personsById, readSettings, today } from './people.store.js';
import { daysBetween } from '../../../shared/dates.js';

// Certificates and expert terms that end soon: the staff page's list and the home page's reminders.

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
      what: `${examinerGradeNames[r.grade]}证书（${r.certificateNumber}）`,
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
