import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates, examViolations, users } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { makeVenues } from '../arrangement/arrangement.testkit.js';
import { finalBatch } from './certificates.testkit.js';

/**
 * R-VIOL-05 over HTTP: the centre upholds a violation found after the certificates were issued (the ruling is the
 * scoring module's route); in the same transaction the application's certificate is revoked, shown as revoked to
 * the public; another candidate's certificate stays valid.
 */

let t: TestApp;
let admin: TestClient;
let head: TestClient;
let kaowu: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  [admin, head, kaowu] = await Promise.all(['admin', 'zhuren', 'kaowu'].map((u) => t.login(u)));
}, 120_000);
afterAll(async () => t?.close());

describe('R-VIOL-05: a violation confirmed after issue', () => {
  it('R-VIOL-05: upholding a tier-2 violation after issue revokes that candidate’s certificate at once, and no other', async () => {
    const rb = await finalBatch(t, admin);
    const issued = await head.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, { issueDate: '2026-10-12' });
    expect(issued.statusCode, issued.body).toBe(200);
    const certs = issued.json().detail.certificates as { id: string; number: string; name: string }[];
    expect(certs.length).toBeGreaterThanOrEqual(2);
    const [target, other] = await Promise.all(
      certs
        .slice(0, 2)
        .map(async (c) => (await t.database.db.select().from(certificates).where(eq(certificates.id, c.id)))[0]),
    );

    const { rooms } = await makeVenues(kaowu);
    const [recorder] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'kaowu'));
    const [v] = await t.database.db
      .insert(examViolations)
      .values({
        sittingId: rb.sittingIds[0],
        roomId: rooms[0],
        applicationId: target.applicationId,
        personId: target.personId,
        tier: 2,
        clause: 'v2_copying',
        occurredAt: new Date('2026-09-10T09:30:00+08:00'),
        description: '考后核查监控录像，发现抄袭',
        recordedBy: recorder.id,
      })
      .returning();

    const lookup = (c: { number: string; name: string }) =>
      t.anonymous().post('/api/v1/public/certificates/lookup', { certificateNumber: c.number, holderName: c.name });
    // Looked up before: the public answer kept in memory (embedded database) must not outlive the revocation.
    expect((await lookup({ number: target.number, name: certs[0].name })).json().certificate.state).toBe('valid');

    const ruling = await head.post(`/api/v1/scoring/batches/${rb.batchId}/violations/${v.id}/ruling`, {
      state: 'upheld',
      reason: '监控录像证据确凿',
    });
    expect(ruling.statusCode, ruling.body).toBe(200);

    const shown = (await lookup({ number: target.number, name: certs[0].name })).json();
    expect(shown.certificate).toMatchObject({ state: 'revoked', stateName: '已撤销' });
    expect((await lookup({ number: other.number, name: certs[1].name })).json().certificate.state).toBe('valid');
    const [after] = await t.database.db.select().from(certificates).where(eq(certificates.id, target.id));
    expect(after.revokeReason).toContain('监控录像证据确凿');
  });
});
