import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  colleges,
  examStaff,
  examiners,
  experts,
  peopleSettings,
  persons,
  supervisors,
} from '../../db/schema/index.js';
import { assertCollegeScope, type Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import type { Person } from '../../../shared/people.js';
import type { PeopleSettings } from '../../../shared/people-staff.js';
import { birthDateOf } from '../../../shared/idcard.js';
import type { PiiCipher } from '../../http/pii.js';
import { chinaToday } from '../../../shared/dates.js';

/** Internal reads shared by the people module's services (not exported from the module). */

export type PersonRow = typeof persons.$inferSelect;
export type StaffRole = Person['roles'][number];

export const DEFAULT_SETTINGS: PeopleSettings = { expertMaxAge: 65, reminderDays: 90 };

export async function readSettings(db: DbOrTx): Promise<PeopleSettings> {
  const [row] = await db.select().from(peopleSettings).where(eq(peopleSettings.id, 1));
  return row ? { expertMaxAge: row.expertMaxAge, reminderDays: row.reminderDays } : DEFAULT_SETTINGS;
}

export const today = () => chinaToday();

/** A person the actor may see: a college clerk gets 404 for another college's person (R-ORG-07). */
export async function loadPerson(db: DbOrTx, actor: Actor, id: string): Promise<PersonRow> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  if (!row) throw notFound('人员');
  assertCollegeScope(actor, row.collegeId, '人员');
  return row;
}

/** The staff roles each person holds now (dismissed, disqualified, revoked and ended roles left out). */
export async function rolesOf(db: DbOrTx, ids: string[]): Promise<Map<string, StaffRole[]>> {
  const out = new Map<string, StaffRole[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const add = (id: string, r: StaffRole) => {
    const list = out.get(id);
    if (list && !list.includes(r)) list.push(r);
  };
  const [ex, su, xp, st] = await Promise.all([
    db
      .select({ p: examiners.personId, off: examiners.dismissed })
      .from(examiners)
      .where(inArray(examiners.personId, ids)),
    db
      .select({ p: supervisors.personId, off: supervisors.disqualified })
      .from(supervisors)
      .where(inArray(supervisors.personId, ids)),
    db.select({ p: experts.personId, off: experts.revoked }).from(experts).where(inArray(experts.personId, ids)),
    db
      .select({ p: examStaff.personId, role: examStaff.role, active: examStaff.active })
      .from(examStaff)
      .where(inArray(examStaff.personId, ids)),
  ]);
  for (const r of ex) if (!r.off) add(r.p, 'examiner');
  for (const r of su) if (!r.off) add(r.p, 'supervisor');
  for (const r of xp) if (!r.off) add(r.p, 'expert');
  for (const r of st) if (r.active) add(r.p, r.role);
  return out;
}

export async function collegeNames(db: DbOrTx, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: colleges.id, name: colleges.name })
    .from(colleges)
    .where(inArray(colleges.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** R-PPL-02: the full birth date, derived from the decrypted number where a rule or a form needs it (never stored). */
export function birthDateOfPerson(pii: PiiCipher, p: Pick<PersonRow, 'idType' | 'idCipher'>): string | null {
  if (p.idType !== 'resident' && p.idType !== 'hmt_residence') return null;
  return birthDateOf(pii.decrypt(p.idCipher));
}

export async function personsById(db: DbOrTx, ids: string[]): Promise<Map<string, PersonRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(persons)
    .where(inArray(persons.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}
