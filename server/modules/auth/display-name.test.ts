import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { persons, users } from '../../db/schema/index.js';
import { personFor } from '../people/people.testkit.js';
import { DEMO_PASSWORD } from '../../seed.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('the name in the header (issue 9)', () => {
  it('a candidate linked to a person is shown by the person name, at login and in /auth/me', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'kaosheng', password: DEMO_PASSWORD },
    });
    expect(login.json().user.displayName).toBe('孙浩然');
    const c = await t.login('kaosheng');
    expect((await c.get('/api/v1/auth/me')).json().user.displayName).toBe('孙浩然');
  });

  it('a staff account linked to a person shows the person name; an unlinked account keeps its own', async () => {
    const admin = await t.login('admin');
    const created = await admin.post('/api/v1/persons', personFor('周晓明', '1980-04-02', 517));
    expect(created.statusCode).toBe(200);
    const [dudao] = await t.database.db.select().from(users).where(eq(users.username, 'dudao'));
    // the demo may link dudao to a person of its own already: this case links it to a fresh one
    await t.database.db.update(persons).set({ userId: null }).where(eq(persons.userId, dudao.id));
    await t.database.db.update(persons).set({ userId: dudao.id }).where(eq(persons.id, created.json().id));
    expect((await (await t.login('dudao')).get('/api/v1/auth/me')).json().user.displayName).toBe('周晓明');
    expect((await admin.get('/api/v1/auth/me')).json().user.displayName).toBe('系统管理员');
  });
});
