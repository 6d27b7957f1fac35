import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, candidateBans, colleges, xCertificates } from '../../db/schema/index.js';
import { okJson } from '../plans/plans.testkit.js';
import { personFor } from '../people/people.testkit.js';
import { loadFacts } from './facts.service.js';

let t: TestApp;
let kaowu: TestClient;
let jidian: TestClient;
let xinxi: TestClient;
let student = '';
let staff = '';

// A fresh database and data per case: cases write, and each must stand alone.
beforeEach(async () => {
  t = await createTestApp();
  [kaowu, jidian, xinxi] = await Promise.all(['kaowu', 'jidian', 'xinxi'].map((u) => t.login(u)));
  const JD = (await t.database.db.select().from(colleges)).find((c) => c.code === 'JD')!.id;
  student = (
    await okJson(
      kaowu.post(
        '/api/v1/persons',
        personFor('事实学生', '2005-02-02', 901, {
          kind: 'student',
          collegeId: JD,
          educationLevel: 'secondary_vocational',
          graduating: true,
          className: '机电2401',
          enrolmentYear: 2024,
        }),
      ),
    )
  ).id;
  staff = (
    await okJson(
      kaowu.post('/api/v1/persons', personFor('事实教师', '1980-02-02', 903, { kind: 'staff', collegeId: JD })),
    )
  ).id;
});
afterEach(async () => t.close());

const cert = {
  name: '电工 1+X',
  edition: '2022',
  occupationCode: '6-31-01-03',
  level: 'advanced',
  issuedOn: '2025-06-01',
};

describe('candidate facts (R-ELIG-01/02/05/07)', () => {
  it('R-ELIG-02: 1+X certificates are added, changed and deleted, each audited; an unknown occupation names the field', async () => {
    const added = await okJson(jidian.post(`/api/v1/candidates/${student}/x-certificates`, cert));
    expect(added.xCertificates).toMatchObject([{ name: '电工 1+X', level: 'advanced', evidenceFileId: null }]);
    const id = added.xCertificates[0].id;
    const changed = await okJson(
      jidian.put(`/api/v1/candidates/${student}/x-certificates/${id}`, {
        ...cert,
        level: 'elementary',
        certificateNumber: 'X2025001',
      }),
    );
    expect(changed.xCertificates[0]).toMatchObject({ level: 'elementary', certificateNumber: 'X2025001' });
    const bad = await jidian.post(`/api/v1/candidates/${student}/x-certificates`, {
      ...cert,
      occupationCode: '9-99-99-99',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^职业编码：2022 版职业目录中没有 9-99-99-99/);
    expect((await okJson(jidian.del(`/api/v1/candidates/${student}/x-certificates/${id}`))).xCertificates).toEqual([]);
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it("R-ORG-07: a clerk manages its own college's persons only (404 otherwise)", async () => {
    expect((await xinxi.get(`/api/v1/candidates/${student}/facts`)).statusCode).toBe(404);
    expect(
      (
        await xinxi.post(`/api/v1/candidates/${student}/contest-results`, {
          contest: '大赛',
          edition: '2022',
          occupationCode: '6-31-01-03',
          grantedLevel: 3,
        })
      ).statusCode,
    ).toBe(404);
    expect((await xinxi.put(`/api/v1/candidates/${student}/excellent`, { excellent: true })).statusCode).toBe(404);
  });

  it('R-ELIG-01: only a student can be flagged excellent', async () => {
    expect((await okJson(jidian.put(`/api/v1/candidates/${student}/excellent`, { excellent: true }))).excellent).toBe(
      true,
    );
    const res = await jidian.put(`/api/v1/candidates/${staff}/excellent`, { excellent: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/^优秀中职毕业生：只能标记在校学生/);
  });

  it('R-ELIG-07: loadFacts reads many persons at once; the latest ban decides; the edition filter applies', async () => {
    const db = t.database.db;
    await okJson(jidian.put(`/api/v1/candidates/${student}/excellent`, { excellent: true }));
    await db.insert(candidateBans).values([
      { personId: student, until: '2026-01-31', reason: '早的' },
      { personId: student, until: '2027-06-30', reason: '替考' },
    ]);
    await db.insert(xCertificates).values([
      {
        personId: student,
        name: '旧版证书',
        edition: '2015',
        occupationCode: '6-31-01-03',
        level: 'advanced',
        issuedOn: '2020-01-01',
      },
      {
        personId: student,
        name: '新版证书',
        edition: '2022',
        occupationCode: '6-31-01-03',
        level: 'intermediate',
        issuedOn: '2025-01-01',
      },
    ]);
    const all = await loadFacts(db, [student, staff, student]);
    expect(all.size).toBe(2);
    expect(all.get(student)).toMatchObject({
      kind: 'student',
      excellent: true,
      graduating: true,
      ban: { until: '2027-06-30', reason: '替考' },
    });
    expect(all.get(student)!.xCertificates).toHaveLength(2);
    expect(all.get(staff)).toMatchObject({ kind: 'staff', ban: null, xCertificates: [] });
    const only2022 = await loadFacts(db, [student], { edition: '2022' });
    expect(only2022.get(student)!.xCertificates!.map((x) => x.name)).toEqual(['新版证书']);
  });
});
