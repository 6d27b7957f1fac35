import { eq } from 'drizzle-orm';
import { persons, users } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { personFor } from '../people/people.testkit.js';

/** Test data for the complaints module's tests (not a test file itself). */

let seq = 100;

/** A staff-recorded complaint's body; `extra` overrides. */
export function complaintBody(extra: Record<string, unknown> = {}) {
  return {
    channel: 'phone',
    complainantName: '王小明',
    complainantUnit: '机电工程学院 2024 级数控 1 班',
    complainantContact: '13912345678',
    complaintText: '理论考试当天考场迟到 20 分钟才发卷，监考老师态度恶劣。',
    ...extra,
  };
}

/** Records a complaint through the API and returns its receipt (id, tracking code, due days). */
export async function recordedComplaint(
  c: TestClient,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; trackingCode: string; acceptDueOn: string; resultDueOn: string }> {
  const res = await c.post('/api/v1/complaints', complaintBody(extra));
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json();
}

/** A new person of the centre's staff, created through the API (a unique ID number each call). */
export async function staffPerson(c: TestClient, name: string): Promise<string> {
  const res = await c.post('/api/v1/persons', personFor(name, '1980-05-06', ++seq + Math.floor(Math.random() * 500)));
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json().id;
}

/** Links a person to a login account directly (as 人员信息 does for staff with an account). */
export async function linkPersonToUser(t: TestApp, personId: string, username: string) {
  const db = t.database.db;
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  await db.update(persons).set({ userId: u.id }).where(eq(persons.id, personId));
  return u.id;
}

export async function userIdOf(t: TestApp, username: string) {
  const [u] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return u.id;
}
