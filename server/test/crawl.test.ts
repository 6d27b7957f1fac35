import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq, inArray } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { createTestApp, type TestApp, type TestClient } from './harness.js';
import { callsFor, crawl, getOperations, Pools, type Finding, type Operation } from './crawl.kit.js';
import { okJson } from '../modules/plans/plans.testkit.js';
import { makeIdNumber, postFile } from '../modules/people/people.testkit.js';
import { FORM, photoPng, registeringBatch } from '../modules/registration/applications.testkit.js';
import { rosterRows, rosterXlsx } from '../modules/registration/roster.testkit.js';
import { collegeIdsOf, makeStaff, makeVenues } from '../modules/arrangement/arrangement.testkit.js';
import { activationCodeOf } from '../modules/auth/activation.testkit.js';
import { batches, blueprints, items, persons, users } from '../db/schema/index.js';
import { seedDemoItemBank } from '../modules/itembank/itembank.demo.js';
import { chinaToday } from '../../shared/dates.js';
import { resultsBatch } from '../modules/publicity/publicity.testkit.js';
import { makeResultsFinal, startPublicity } from '../modules/publicity/publicity.service.js';

/**
 * Issue 8, "Crawl": every role of the demo calls every GET operation of the OpenAPI document with real ids taken
 * from listings, after data has come in through every path the product has (roster import and its job, an
 * activated roster account, sign-up, the portal with a photo and evidence, staff and examiner rosters, course results,
 * scope list, catalogue jobs, bulk photos, engine facts, reviews, payments and a refund, a published arrangement,
 * jobs with files). Every answer is 2xx or 4xx (a 2xx that fails its response schema is a 500 from the
 * serializer): 0 × 5xx. The two candidates who came in here crawl too.
 */

const ROLES = [
  'admin',
  'zhuren',
  'kaowu',
  'jidian',
  'xinxi',
  'kaopingyuan',
  'dudao',
  'caiwu',
  'kaosheng',
  'tiku',
  'zhuanjia',
] as const;
/** Path-parameter combinations per operation and role (the crawl stays within a few minutes on PGlite). */
const PER_OP = 5;

let t: TestApp;
const c: Record<string, TestClient> = {};
let ops: Operation[] = [];
let pools: Pools;
/** Ids created here, crawled first (the pools take the first PER_OP values of each resource). */
const mine: Record<string, string[]> = {};
const keep = (pool: string, ...ids: (string | undefined | null)[]) =>
  (mine[pool] ??= []).push(...ids.filter((x): x is string => !!x));

const xlsx = async (sheet: string, rows: (string | number)[][]) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.getColumn(4).numFmt = '@';
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
};
const upload = async (
  who: TestClient,
  url: string,
  name: string,
  bytes: Buffer,
  fields: Record<string, string> = {},
) => {
  const res = await postFile(t, who, url, name, bytes, fields);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
};
const waitForJob = async (who: TestClient, id: string) => {
  for (let i = 0; i < 600; i++) {
    const j = await okJson(who.get(`/api/v1/jobs/${id}`));
    if (j.status === 'succeeded' || j.status === 'failed') return j;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
};

beforeAll(async () => {
  t = await createTestApp({ startJobs: true });
  for (const r of ROLES) c[r] = await t.login(r);
  const { kaowu, zhuren, jidian, admin } = c;
  const colleges = (await okJson(admin.get('/api/v1/colleges'))).items as { id: string; code: string }[];
  const JD = colleges.find((x) => x.code === 'JD')!.id;

  // A batch open for registration (电工, JD), filled by the roster import, its job, the portal and a sign-up.
  const batch = await registeringBatch(t, kaowu, zhuren, JD, { title: '巡检 电工 批次' });
  keep('batches', batch);
  const rows = rosterRows(8, { prefix: 'CRW', from: 8100 });
  const roster = await upload(
    jidian,
    `/api/v1/batches/${batch}/roster/import`,
    '花名册.xlsx',
    await rosterXlsx(rows, { messy: true }),
  );
  expect(roster.applicationsCreated).toBe(8);
  const job = await upload(
    jidian,
    `/api/v1/batches/${batch}/roster/import-jobs`,
    '花名册2.xlsx',
    await rosterXlsx(rosterRows(4, { prefix: 'CRJ', from: 8300 })),
  );
  keep('jobs', job.jobId);
  expect((await waitForJob(jidian, job.jobId)).status).toBe('succeeded');
  const imported = (await okJson(kaowu.get(`/api/v1/applications?batchId=${batch}&pageSize=100`))).items as {
    id: string;
    personId: string;
    source: string;
    studentNumber: string;
  }[];
  expect(imported.filter((a) => a.source === 'import')).toHaveLength(12);
  // One of each way in is crawled first: the roster import, its job.
  for (const prefix of ['CRW', 'CRJ']) {
    const a = imported.find((x) => x.studentNumber === (prefix === 'CRW' ? String(rows[0][4]) : 'CRJ0008300'))!;
    keep('applications', a.id);
    keep('persons', a.personId);
  }

  // A roster-imported student activates the account with the college's code and sets a password (crawls too).
  const studentNumber = String(rows[0][4]);
  const code = await activationCodeOf(jidian, batch, studentNumber);
  const student = await t.login(studentNumber, code);
  await okJson(student.post('/api/v1/auth/password', { currentPassword: code, newPassword: 'Crawl-导入-2026!' }));
  c.imported = await t.login(studentNumber, 'Crawl-导入-2026!');

  // The demo candidate applies in the portal with a photo of their own.
  const photo = await upload(c.kaosheng, '/api/v1/files', 'photo.png', await photoPng(), { purpose: 'photo' });
  keep('files', photo.id);
  const offer = (await okJson(c.kaosheng.get('/api/v1/portal/batches'))).items.find(
    (b: { id: string }) => b.id === batch,
  );
  const own = await okJson(
    c.kaosheng.post('/api/v1/portal/applications', {
      batchId: batch,
      level: Math.max(...offer.eligibleLevels),
      form: FORM,
      photoFileId: photo.id,
      evidence: [],
    }),
  );
  keep('applications', own.id);

  // A social learner signs up and applies (manual review, straight to the centre).
  const idNumber = makeIdNumber('1990-05-05', 951);
  const signup = await t.anonymous().post('/api/v1/portal/signup', {
    name: '巡检学员',
    gender: 'male',
    idType: 'resident',
    idNumber,
    phone: '13700000951',
    password: 'Crawl-巡检-2026!',
  });
  expect(signup.statusCode, signup.body).toBe(200);
  const learner = await t.login(idNumber, 'Crawl-巡检-2026!');
  c.signup = learner;
  const lp = await upload(learner, '/api/v1/files', 'me.png', await photoPng(), { purpose: 'photo' });
  const la = await okJson(
    learner.post('/api/v1/portal/applications', {
      batchId: batch,
      level: 4,
      form: FORM,
      photoFileId: lp.id,
      evidence: [],
    }),
  );
  keep('applications', la.id);
  keep('persons', (await okJson(learner.get('/api/v1/portal/me'))).person.id);

  // Facts that feed the engine (R-ELIG-01/02/05/07): by the centre for imported students, by the candidate with an
  // evidence file; then the centre re-judges the batch (another writer of the stored verdicts).
  const [p1, p2, p3] = imported.filter((a) => a.source === 'import').map((a) => a.personId);
  const occupation = { edition: '2022', occupationCode: '6-31-01-03' };
  await okJson(
    kaowu.post(`/api/v1/candidates/${p1}/x-certificates`, {
      name: '巡检 1+X 证书',
      certificateNumber: 'XJ-1X-1',
      ...occupation,
      level: 'intermediate',
      issuedOn: '2026-06-01',
    }),
  );
  await okJson(
    kaowu.post(`/api/v1/candidates/${p2}/contest-results`, {
      contest: '巡检技能竞赛',
      rank: '一等奖',
      ...occupation,
      grantedLevel: 3,
    }),
  );
  await okJson(kaowu.post(`/api/v1/candidates/${p3}/bans`, { until: '2027-07-01', reason: '巡检违纪记录' }));
  await okJson(kaowu.put(`/api/v1/candidates/${p1}/excellent`, { excellent: true }));
  const scan = await upload(c.kaosheng, '/api/v1/files', 'cert.png', await photoPng(), { purpose: 'evidence' });
  await okJson(
    c.kaosheng.post('/api/v1/portal/facts/x-certificates', {
      name: '本人 1+X 证书',
      certificateNumber: 'XJ-1X-2',
      ...occupation,
      level: 'elementary',
      issuedOn: '2026-05-01',
      evidenceFileId: scan.id,
    }),
  );
  await okJson(kaowu.post('/api/v1/applications/recheck', { batchId: batch }));
  keep('persons', p1, p2, p3);

  // Reviews: the college passes five imported applications, the centre approves three of them.
  const five = imported
    .filter((a) => a.source === 'import')
    .slice(0, 5)
    .map((a) => a.id);
  await okJson(jidian.post('/api/v1/applications/review', { ids: five, decision: 'approve' }));
  await okJson(kaowu.post('/api/v1/applications/review', { ids: five.slice(0, 3), decision: 'approve' }));

  // Staff roster (examiners), course results of imported students, a scope list, catalogue jobs, bulk photos.
  const examiners = [
    [
      '序号',
      '姓名',
      '性别',
      '身份证号',
      '联系电话',
      '职称',
      '职称等级',
      '职业技能等级',
      '考评员级别',
      '培训学时',
      '考评员证书编号',
      '发证日期',
      '考评职业编码',
      '考评职业',
      '可考评模块',
    ],
    [
      1,
      '巡检考评甲',
      '男',
      makeIdNumber('1980-01-01', 961),
      '13800000961',
      '讲师',
      '中级',
      '四级',
      '考评员',
      48,
      'KPY961',
      '2026-03-01',
      '6-31-01-03',
      '电工',
      '',
    ],
    [
      2,
      '巡检考评乙',
      '女',
      makeIdNumber('1982-02-02', 962),
      '13800000962',
      '讲师',
      '中级',
      '四级',
      '考评员',
      48,
      'KPY962',
      '2026-03-01',
      '6-31-01-03',
      '电工',
      '',
    ],
  ];
  await upload(kaowu, '/api/v1/people/import?kind=examiners', '考评员名册.xlsx', await xlsx('考评员名册', examiners));
  const staff = [
    ['序号', '姓名', '性别', '身份证号', '联系电话', '所属二级学院', '职称', '考务岗位'],
    [1, '巡检监考甲', '男', makeIdNumber('1985-03-03', 963), '13800000963', '机电工程学院', '讲师', '监考人员'],
    [2, '巡检考务乙', '女', makeIdNumber('1986-04-04', 964), '13800000964', '信息工程学院', '助教', '考务人员'],
  ];
  await upload(kaowu, '/api/v1/people/import?kind=staff', '工作人员名册.xlsx', await xlsx('工作人员名册', staff));
  // The examiners' files and records: a photo, a scanned document, a conflict, an appraisal score, a misconduct record.
  const [exA, exB] = await Promise.all(
    ['巡检考评甲', '巡检考评乙'].map(
      async (n) =>
        (await okJson(kaowu.get(`/api/v1/examiners?keyword=${encodeURIComponent(n)}`))).items[0] as {
          id: string;
          personId: string;
        },
    ),
  );
  await upload(kaowu, `/api/v1/persons/${exA.personId}/photo`, 'photo.png', await photoPng());
  const idScan = await upload(kaowu, '/api/v1/files', 'idcard.png', await photoPng(), { purpose: 'evidence' });
  await okJson(
    kaowu.post(`/api/v1/persons/${exA.personId}/documents`, {
      fileId: idScan.id,
      docType: '其他',
      title: '身份证扫描件',
    }),
  );
  await okJson(
    kaowu.post('/api/v1/conflicts', { staffPersonId: exA.personId, candidatePersonId: p1, relation: 'relative' }),
  );
  await okJson(
    kaowu.post('/api/v1/appraisals/scores', {
      examinerId: exA.id,
      batchRef: '巡检批次',
      batchDate: chinaToday(),
      attended: true,
      score: 90,
    }),
  );
  await okJson(
    kaowu.post('/api/v1/misconduct', {
      personId: exB.personId,
      act: 'irresponsible',
      occurredOn: chinaToday(),
      description: '巡检记录的违纪事实',
    }),
  );
  keep('persons', exA.personId, exB.personId);
  await okJson(
    kaowu.put('/api/v1/courses/required', {
      edition: '2022',
      code: '6-31-01-03',
      courses: [{ courseCode: 'XJ01', courseName: '巡检课程', related: true }],
    }),
  );
  const results = [
    ['学号', '身份证号', '姓名', '课程代码', '课程名称', '考核部分', '考试类型', '成绩'],
    ...rows.slice(0, 3).flatMap((r) => [
      [r[4], '', r[1], 'XJ01', '巡检课程', '理论', '首考', 81],
      [r[4], '', r[1], 'XJ01', '巡检课程', '实操', '首考', 77],
    ]),
  ];
  await upload(kaowu, '/api/v1/courses/import', '成绩.xlsx', await xlsx('成绩', results as (string | number)[][]));
  const scope = [
    ['职业名称', '职业编号', '工种/职业方向', '级别', '评价标准'],
    ['4-10-04-02', '保健按摩师', '反射疗法师', '3、4', '国标'],
  ];
  const filing = await upload(kaowu, '/api/v1/scope/import', '清单.xlsx', await xlsx('清单', scope), { collegeId: JD });
  keep('filings', filing.filingId);
  await upload(
    kaowu,
    '/api/v1/catalogue/jobs/import',
    'jobs.xlsx',
    await xlsx('工种', [
      ['目录版本', '职业编码', '工种名称', '等级'],
      ['2022', '6-31-01-03', '巡检电工', '4、3'],
    ]),
  );
  const png = new Uint8Array(await photoPng());
  await upload(
    jidian,
    `/api/v1/batches/${batch}/photos/import`,
    'photos.zip',
    // Every row a photo: seats are drawn at random, and the room photo route needs a seated candidate with one.
    Buffer.from(zipSync(Object.fromEntries(rows.map((r) => [`${r[4]}.png`, png])))),
  );

  // The batch arranged and published: the college and the centre approve, finance takes the fees (all through the
  // API); only the batch's state is moved on directly (closing registration by date is not this test's subject).
  const open = (await okJson(kaowu.get(`/api/v1/applications?batchId=${batch}&pageSize=100`))).items as {
    id: string;
    status: string;
  }[];
  const atCollege = open.filter((a) => a.status === 'pending_college').map((a) => a.id);
  await okJson(jidian.post('/api/v1/applications/review', { ids: atCollege.slice(0, -2), decision: 'approve' }));
  await okJson(
    jidian.post('/api/v1/applications/review', {
      ids: atCollege.slice(-1),
      decision: 'reject',
      reason: '照片不清晰，请重新上传',
    }),
  );
  const atCentre = (
    await okJson(kaowu.get(`/api/v1/applications?batchId=${batch}&status=pending_centre&pageSize=100`))
  ).items.map((a: { id: string }) => a.id);
  await okJson(kaowu.post('/api/v1/applications/review', { ids: atCentre.slice(0, -1), decision: 'approve' }));
  const approved = (await okJson(kaowu.get(`/api/v1/applications?batchId=${batch}&status=approved&pageSize=100`)))
    .items as { id: string; feeDue: number }[];
  for (const [i, a] of approved.entries())
    await okJson(
      c.caiwu.post('/api/v1/payments', {
        applicationId: a.id,
        amount: a.feeDue,
        method: 'wechat',
        receiptNumber: `XJ${i + 1}`,
        paidOn: chinaToday(),
      }),
    );
  await okJson(
    c.caiwu.post('/api/v1/refunds', {
      applicationId: approved[0].id,
      amount: approved[0].feeDue,
      method: 'wechat',
      receiptNumber: 'XJ-R1',
      paidOn: chinaToday(),
      reason: '巡检退费',
    }),
  );
  await makeVenues(kaowu);
  await makeStaff(kaowu, 3);
  await t.database.db.update(batches).set({ state: 'reviewed' }).where(eq(batches.id, batch));
  const run = await okJson(kaowu.post('/api/v1/arrangement/runs', { batchIds: [batch], seed: 'crawl-1' }));
  keep('runs', run.id);
  const published = await okJson(kaowu.post(`/api/v1/arrangement/runs/${run.id}/publish`));
  // Issue 9: the examiner's login is an examiner on duty, so 我的考务安排 and its room documents are crawled too.
  const [examinerLogin] = await t.database.db.select().from(users).where(eq(users.username, 'kaopingyuan'));
  await okJson(
    c.admin.post(`/api/v1/persons/${published.sittings[0].examiners[0].id}/account`, { userId: examinerLogin.id }),
  );

  // The demo item bank (R-BANK-01…03): blueprints, items, the plan and its published paper, the custody registers;
  // the bank's listings answer only its own roles (tiku, zhuanjia), who harvest the ids.
  await seedDemoItemBank(t.database.db);
  // The bank's roles come after the others: their blueprint and item ids are given, so a query that needs one
  // (组卷方案 defaults) and an item's detail are called with real ids in the first waves.
  keep('blueprints', ...(await t.database.db.select({ id: blueprints.id }).from(blueprints)).map((b) => b.id));
  keep('items', ...(await t.database.db.select({ id: items.id }).from(items).limit(3)).map((i) => i.id));

  // A self-assessment and a training class (the demo has none).
  const sheet = await okJson(zhuren.get('/api/v1/assessments/sheet'));
  const scores = (sheet.items as { id: string; kind: string; maxPoints: number }[]).map((i) =>
    i.kind === 'veto' ? { itemId: i.id, ok: true } : { itemId: i.id, points: i.maxPoints },
  );
  keep('assessments', (await okJson(zhuren.post('/api/v1/assessments', { title: '巡检自评', scores }))).id);
  keep(
    'training-classes',
    (
      await okJson(
        jidian.post('/api/v1/training-classes', {
          collegeId: JD,
          name: '巡检电工培训班',
          edition: '2022',
          code: '6-31-01-03',
          level: 4,
          enrolmentClosesOn: '2026-06-30',
          traineeCount: 12,
        }),
      )
    ).id,
  );

  // Jobs with files: an audit export, and the tickets of every batch that has a published arrangement.
  const exp = await okJson(admin.post('/api/v1/audit/exports', {}));
  keep('jobs', exp.jobId);
  await waitForJob(admin, exp.jobId);
  for (const b of (await okJson(kaowu.get('/api/v1/batches'))).items as { id: string }[]) {
    const res = await kaowu.post(`/api/v1/arrangement/${b.id}/tickets`, { groupBy: 'room' });
    if (res.statusCode === 200) {
      keep('jobs', res.json().jobId);
      keep('batches', b.id);
      await waitForJob(kaowu, res.json().jobId);
    }
  }

  // 成绩公示 (R-PUB-01): a batch with signed results whose window ran its 5 working days (dated in 2026 through the
  // service) and became final, its results exported: the public page and the export download then answer.
  {
    const [head] = await t.database.db.select().from(users).where(eq(users.username, 'zhuren'));
    const actor = { userId: head.id, username: head.username, displayName: head.displayName, role: head.role };
    const rb = await resultsBatch(t, c.admin, (await collegeIdsOf(t)).JD, {
      candidates: [
        { name: '公示甲', theory: 78, skill: 85 },
        { name: '公示乙', theory: 59.5, skill: 90 },
        { name: '公示丁', theory: 82, skill: 76 }, // two passes: one certificate revoked, one printed
      ],
    });
    const opts = { actor: { ...actor, collegeId: null, ip: null }, batchId: rb.batchId };
    await startPublicity(t.database.db, { ...opts, today: '2026-09-28' });
    await makeResultsFinal(t.database.db, { ...opts, today: '2026-10-10' });
    await okJson(c.zhuren.post(`/api/v1/publicity/batches/${rb.batchId}/export`));
    keep('batches', rb.batchId);
    // 证书 (R-CERT-01…05): the final batch's certificates issued, one revoked: the register, the credentials and
    // the status list answer.
    // R-CERT-02: a certificate prints only with a photo: the holders get one on their person record.
    await t.database.db
      .update(persons)
      .set({ photoFileId: photo.id })
      .where(
        inArray(
          persons.id,
          rb.candidates.map((x) => x.personId),
        ),
      );
    const issued = await okJson(c.zhuren.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, {}));
    for (const cert of issued.detail.certificates as { id: string }[]) keep('certificates', cert.id);
    await okJson(
      c.zhuren.post(`/api/v1/certificates/${issued.detail.certificates.at(-1).id}/revoke`, {
        revokeReason: '巡检撤销',
      }),
    );
    // R-CERT-04: the export for the national query system, its stored file downloadable.
    const exported = await okJson(c.zhuren.post(`/api/v1/certificates/batches/${rb.batchId}/exports`, {}));
    keep('exports', exported.items[0].id);
  }

  // 考生投诉 (R-CMP-01…04): a complaint from the public form, decided and answered, so its two letters and the
  // public lookup by its tracking code answer.
  {
    const receipt = await okJson(
      t.anonymous().post('/api/v1/public/complaints', {
        complainantName: '巡检投诉人',
        complainantContact: '13900000001',
        complaintText: '巡检：考场秩序混乱，请核查。',
      }),
    );
    const url = `/api/v1/complaints/${receipt.id}`;
    await okJson(kaowu.post(`${url}/decision`, { investigate: true, decisionReason: '巡检受理' }));
    await okJson(kaowu.post(`${url}/result`, { result: '巡检：经调查情况属实，已整改。' }));
    keep('complaints', receipt.id);
    keep('trackingCode', receipt.trackingCode);
  }

  // 认定档案 (R-ARC-01…03): another final batch's archive completed (what the product does not hold, by where the
  // paper is kept) and closed, so its package answers.
  {
    const [head] = await t.database.db.select().from(users).where(eq(users.username, 'zhuren'));
    const actor = { userId: head.id, username: head.username, displayName: head.displayName, role: head.role };
    const ab = await resultsBatch(t, c.admin, (await collegeIdsOf(t)).JD, {
      candidates: [{ name: '归档甲', theory: 80, skill: 81 }],
    });
    const opts = { actor: { ...actor, collegeId: null, ip: null }, batchId: ab.batchId };
    await startPublicity(t.database.db, { ...opts, today: '2026-09-28' });
    await makeResultsFinal(t.database.db, { ...opts, today: '2026-10-10' });
    const url = `/api/v1/archives/batches/${ab.batchId}`;
    const d = await okJson(kaowu.get(url));
    for (const i of (d.items as { key: string; complete: boolean }[]).filter((x) => !x.complete))
      await okJson(kaowu.post(`${url}/entries`, { itemKey: i.key, medium: 'paper', storageLocation: '档案室 巡检柜' }));
    await okJson(c.zhuren.post(`${url}/close`));
    keep('batches', ab.batchId);
  }

  const doc = t.app.swagger() as unknown as Parameters<typeof getOperations>[0];
  ops = getOperations(doc);
  pools = new Pools(new Set(ops.flatMap((o) => o.params.map((p) => p.name))));
}, 240_000);
afterAll(async () => t?.close());

describe('Crawl: every GET operation × every demo role', () => {
  it('answers 2xx or 4xx, never 5xx, with ids from listings and from every way data comes in', async () => {
    const findings: Finding[] = [];
    const answered = new Set<string>();
    let requests = 0;
    const byParams = (n: number) => ops.filter((o) => o.params.filter((p) => p.in === 'path').length === n);
    const prefer = () => {
      for (const [pool, ids] of Object.entries(mine)) for (const id of [...ids].reverse()) pools.add(pool, id, true);
    };
    // Listings first (their ids feed the rest), then one-id operations (their details feed the tuples), then the rest.
    for (const wave of [
      byParams(0),
      byParams(1),
      ops.filter((o) => o.params.filter((p) => p.in === 'path').length >= 2),
    ]) {
      prefer();
      // The demo roles, and the candidates who signed up and who came in by the roster here.
      for (const role of [...ROLES, 'signup', 'imported']) {
        const calls = wave.flatMap((op) => callsFor(op, pools, PER_OP));
        requests += await crawl(c[role], role, calls, pools, findings, answered);
      }
    }
    const uncalled = ops.filter((op) => callsFor(op, pools, PER_OP).length === 0).map((o) => o.path);
    const never = ops.filter((op) => !answered.has(op.path)).map((o) => o.path);
    console.info(
      `crawl: ${ops.length} GET operations × ${ROLES.length} demo roles + 2 candidates (signed up, roster-imported), ${requests} requests, ${findings.length} × 5xx; no ids for: ${uncalled.join(', ') || 'none'}; never 2xx: ${never.join(', ') || 'none'}`,
    );
    expect(findings).toEqual([]);
    // Every operation was called with real ids (none left out for want of them), and every one answered 2xx to
    // someone, but these two: no demo account is a staff person's, and tickets open on a date before the exam.
    // One exception: a computer-based attempt's events need a prepared computer-based sitting, which this crawl's
    // data does not make (console.test.ts calls them with a running room).
    expect(uncalled.filter((p) => p !== '/api/v1/exams/attempts/{id}/events')).toEqual([]);
    // The candidate's exam API answers only a device token from the exam login, which no crawling role holds
    // (cbt.test.ts calls it with one).
    const tokenOnly = [
      '/api/v1/exam/paper',
      '/api/v1/exam/resume',
      '/api/v1/exam/clock',
      '/api/v1/exam/images/{fileId}',
    ];
    // Marking answers only an examiner of the sitting's published examiner group, and no crawling account is a staff
    // person's (scoring.test.ts marks with the demo's examiners).
    const examinerOnly = [
      '/api/v1/scoring/marking/{sittingId}',
      '/api/v1/scoring/marking/{sittingId}/{applicationId}',
      '/api/v1/scoring/marking/{sittingId}/{applicationId}/record.pdf',
    ];
    expect(
      never.filter(
        (p) =>
          !['/api/v1/people/me', '/api/v1/portal/ticket.pdf', '/api/v1/exams/attempts/{id}/events'].includes(p) &&
          !tokenOnly.includes(p) &&
          !examinerOnly.includes(p),
      ),
    ).toEqual([]);
  }, 600_000);
});
