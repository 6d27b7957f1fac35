import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batches } from '../../db/schema/index.js';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import type { ArchiveDetail, ArchiveItem } from '../../../shared/archives.js';
import { archiveChecklist } from '../../../shared/archives.js';
import { loadAuditSigningKey } from '../audit/checkpoint.service.js';
import { actorOf } from '../certificates/certificates.testkit.js';
import { DEMO_CERTIFICATES_TITLE, seedDemoCertificates } from '../certificates/certificates.demo.js';
import { chinaToday } from '../../../shared/dates.js';
import { postFile } from '../people/people.testkit.js';
import { batchIdByTitleSuffix } from '../plans/plans.reads.js';
import { resultsBatch } from '../publicity/publicity.testkit.js';
import { makeResultsFinal, startPublicity } from '../publicity/publicity.service.js';
import { collegeIds } from '../registration/fees.testkit.js';
import { okJson } from '../plans/plans.testkit.js';
import { photoPng } from '../registration/applications.testkit.js';
import { recordedComplaint } from '../complaints/complaints.testkit.js';
import { closeRefusal, destructionRefusal, itemComplete, retentionUntil } from './archives.rules.js';
import { MANIFEST, verifyArchivePackage, type ArchiveManifest } from './package.export.js';
import { createArchiveRequest, decideArchiveRequest } from './requests.service.js';

let t: TestApp;
let kaowu: TestClient;
let zhuren: TestClient;
let admin: TestClient;
/** The demo's finished batch: looked at, never closed here (each case that closes makes its own batch). */
let demoBatchId: string;
const base = (id: string) => `/api/v1/archives/batches/${id}`;

beforeAll(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  zhuren = await t.login('zhuren');
  admin = await t.login('admin');
  // The demo's finished batch (seeded by npm start, not in the test template): results final, certificates issued, no
  // published arrangement (its rooms were recorded on paper).
  await seedDemoCertificates(t.database.db, t.app.ctx.pii, { config: t.app.ctx.config, today: chinaToday() });
  demoBatchId = (await batchIdByTitleSuffix(t.database.db, DEMO_CERTIFICATES_TITLE))!;
});
afterAll(async () => t.close());

/**
 * A batch of its own for a case: scores signed, its publicity window over and the results final (as the crawl makes
 * one), its certificates issued; no published arrangement (rooms, teams and the work plan kept on paper).
 */
async function finalBatch(): Promise<string> {
  const head = await actorOf(t, 'zhuren');
  const rb = await resultsBatch(t, admin, (await collegeIds(t)).JD, {
    candidates: [
      { name: '归档甲', theory: 80, skill: 81 },
      { name: '归档乙', theory: 50, skill: 70 },
    ],
  });
  await startPublicity(t.database.db, { actor: head, batchId: rb.batchId, today: '2026-09-28' });
  await makeResultsFinal(t.database.db, { actor: head, batchId: rb.batchId, today: '2026-10-10' });
  await okJson(zhuren.post(`/api/v1/certificates/batches/${rb.batchId}/issue`, {}));
  return rb.batchId;
}

const location = (itemKey: string, where: string) => ({ itemKey, medium: 'paper', storageLocation: where });
const item = (d: ArchiveDetail, key: string) => d.items.find((i: ArchiveItem) => i.key === key)!;

/** Completes every item the product does not hold, except `skip`. */
async function fillManual(batchId: string, skip?: string) {
  let d: ArchiveDetail = await okJson(kaowu.get(base(batchId)));
  for (const i of d.items.filter((x) => !x.complete && x.key !== skip))
    d = await okJson(
      kaowu.post(`${base(batchId)}/entries`, {
        ...location(i.key, `档案室 A-3 柜 ${i.key}`),
        medium: i.key === 'video' ? 'video' : 'paper',
      }),
    );
  return d;
}

describe('R-ARC-01…03: each batch’s archive', () => {
  it('R-ARC-01: the checklist of an exam batch is the handbook’s seven parts, of a process batch the Zhoukou list; product items are filled from the product', async () => {
    expect(archiveChecklist('exam').map((i) => i.key)).toEqual([
      'notice',
      'workplan',
      'applications',
      'records',
      'supervision',
      'video',
      'scores',
      'results',
      'certificates',
      'complaints',
    ]);
    expect(archiveChecklist('process').map((i) => i.name)).toEqual([
      '职业技能等级认定备案表（认定计划）',
      '申报人员花名册',
      '相关课程考核成绩登记册（复印件）',
      '证书发放表（证书核发名册、证书编号）',
      '合格人员汇总表',
      '内部质量督导报告',
      '考生投诉处理材料',
    ]);
    const d: ArchiveDetail = await okJson(kaowu.get(base(demoBatchId)));
    expect(d.state).toBe('publicity');
    // The demo batch's scores are signed off, its results final and every pass certified: filled by the product.
    for (const key of ['notice', 'applications', 'scores', 'results', 'certificates', 'complaints'])
      expect(item(d, key), key).toMatchObject({ productReady: true, complete: true });
    // Video is never held by the product; the demo batch has no published arrangement, so no room records or teams.
    expect(item(d, 'video')).toMatchObject({ source: 'manual', complete: false });
    expect(item(d, 'records')).toMatchObject({ productReady: false, complete: false });
    expect(item(d, 'certificates').productDetail).toMatch(/均已核发证书/);
    expect(d.closeRefusal).toMatch(/档案清单未齐全/);
  });

  it('R-ARC-01: rule: a manual item needs an entry; a product item is complete when ready or kept on paper', () => {
    expect(itemComplete({ source: 'manual' }, true, 0)).toBe(false);
    expect(itemComplete({ source: 'manual' }, false, 1)).toBe(true);
    expect(itemComplete({ source: 'product' }, true, 0)).toBe(true);
    expect(itemComplete({ source: 'product' }, false, 1)).toBe(true);
    expect(itemComplete({ source: 'product' }, false, 0)).toBe(false);
  });

  it('R-ARC-01: an entry needs a file or a location, names the field, and changes nothing when refused', async () => {
    const before: ArchiveDetail = await okJson(kaowu.get(base(demoBatchId)));
    const bad = await kaowu.post(`${base(demoBatchId)}/entries`, { itemKey: 'video', medium: 'video' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('存放位置');
    const nul = await kaowu.post(`${base(demoBatchId)}/entries`, location('video', '档案室\u0000'));
    expect(nul.statusCode).toBe(400);
    const unknown = await kaowu.post(`${base(demoBatchId)}/entries`, location('nothing', '档案室'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toContain('清单项目');
    // Someone else's upload cannot be attached.
    const other = await postFile(t, zhuren, '/api/v1/files', '录像截图.png', await photoPng(), {
      purpose: 'archive.document',
    });
    const foreign = await kaowu.post(`${base(demoBatchId)}/entries`, {
      itemKey: 'video',
      medium: 'video',
      fileId: other.json().id,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.message).toContain('文件');
    // College clerks and finance have no archive (403), a missing batch answers 404.
    expect((await (await t.login('jidian')).get(base(demoBatchId))).statusCode).toBe(403);
    expect((await kaowu.get('/api/v1/archives/batches/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const after: ArchiveDetail = await okJson(kaowu.get(base(demoBatchId)));
    expect(after.items.flatMap((i) => i.entries)).toEqual(before.items.flatMap((i) => i.entries));
  });

  it('R-ARC-02: a batch cannot be closed with one checklist item missing, nor moved to 已归档 directly', async () => {
    const batchId = await finalBatch();
    const d = await fillManual(batchId, 'video');
    expect(d.items.filter((i) => !i.complete).map((i) => i.key)).toEqual(['video']);
    expect(d.closeRefusal).toBe('档案清单未齐全，不能归档：缺少“评价过程视频资料”');
    const refused = await zhuren.post(`${base(batchId)}/close`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('评价过程视频资料');
    // The batch's state machine refuses the bare move: only the archive closes a batch.
    const bare = await zhuren.post(`/api/v1/batches/${batchId}/transitions`, { to: 'archived' });
    expect(bare.statusCode).toBe(409);
    expect(bare.json().error.message).toContain('认定档案');
    const [b] = await t.database.db.select().from(batches).where(eq(batches.id, batchId));
    expect(b.state).toBe('publicity');
    // The home page names it among the batches waiting to be archived.
    const home = await okJson(zhuren.get('/api/v1/home'));
    const waiting = home.tasks.find((x: { key: string }) => x.key === 'archivesToClose');
    expect(waiting.lines.map((l: { text: string }) => l.text)).toContain(b.title);
    // The exam admin fills the checklist; closing is the leader's.
    await fillManual(batchId);
    expect((await kaowu.post(`${base(batchId)}/close`)).statusCode).toBe(403);
  });

  it('R-ARC-02: rule: closing needs 成绩公示 with final results and every item complete', () => {
    const all = [{ name: 'a', complete: true }];
    expect(closeRefusal('examining', true, all, false)).toMatch(/成绩公示/);
    expect(closeRefusal('publicity', false, all, false)).toMatch(/最终结果/);
    expect(closeRefusal('publicity', true, [...all, { name: 'b', complete: false }], false)).toMatch(/缺少“b”/);
    expect(closeRefusal('publicity', true, all, true)).toBe('该批次已归档');
    expect(closeRefusal('publicity', true, all, false)).toBeNull();
  });

  it('R-ARC-01 / R-CMP-04: the complete archive (closed complaints included) closes the batch and its package’s manifest is verified after unzipping', async () => {
    const batchId = await finalBatch();
    await fillManual(batchId);
    const upload = await postFile(t, kaowu, '/api/v1/files', '考场录像截图.png', await photoPng(), {
      purpose: 'archive.document',
    });
    await okJson(
      kaowu.post(`${base(batchId)}/entries`, { itemKey: 'video', medium: 'video', fileId: upload.json().id }),
    );
    // R-CMP-04: a complaint about the batch still open keeps it from closing; once closed, its letters are archived.
    const complaint = await recordedComplaint(kaowu, { batchId });
    const open: ArchiveDetail = await okJson(kaowu.get(base(batchId)));
    expect(item(open, 'complaints')).toMatchObject({ complete: false, productDetail: '1 件投诉尚未办结归档' });
    expect((await zhuren.post(`${base(batchId)}/close`)).statusCode).toBe(409);
    const c = `/api/v1/complaints/${complaint.id}`;
    await okJson(kaowu.post(`${c}/decision`, { investigate: true, decisionReason: '属于本中心受理范围' }));
    await okJson(kaowu.post(`${c}/result`, { result: '经调查，发卷延迟系打印故障，已向考生说明并整改。' }));
    await okJson(zhuren.post(`${c}/close`));
    const closed: ArchiveDetail = await okJson(zhuren.post(`${base(batchId)}/close`));
    expect(closed.state).toBe('archived');
    expect(closed.closing).toMatchObject({ closedByName: expect.any(String), signatureKeyId: expect.any(String) });
    // Nothing changes after closing.
    expect((await kaowu.post(`${base(batchId)}/entries`, location('video', '别处'))).statusCode).toBe(409);
    expect((await zhuren.post(`${base(batchId)}/close`)).statusCode).toBe(409);

    const res = await kaowu.get(`${base(batchId)}/package.zip`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/zip');
    const zip = res.rawPayload;
    expect(createHash('sha256').update(zip).digest('hex')).toBe(closed.closing!.packageSha256);
    const files = unzipSync(zip);
    const manifest = JSON.parse(Buffer.from(files[MANIFEST]).toString('utf8')) as ArchiveManifest;
    expect(manifest.batchId).toBe(batchId);
    for (const f of manifest.files)
      expect(createHash('sha256').update(files[f.path]).digest('hex'), f.path).toBe(f.sha256);
    const paths = manifest.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '档案目录.xlsx',
        expect.stringMatching(/^01-.+\/.*认定计划.*\.pdf$/),
        expect.stringMatching(/^03-.+\/申报人员花名册\.xlsx$/),
        expect.stringMatching(/^03-.+\/001-.*备案表.*\.pdf$/),
        expect.stringMatching(/^07-.+\/.*成绩登记表.*\.pdf$/),
        expect.stringMatching(/^08-.+\/合格人员汇总表\.xlsx$/),
        expect.stringMatching(/^09-.+\/.*证书核发名册.*\.pdf$/),
        expect.stringMatching(/^06-.+\/考场录像截图\.png$/),
        expect.stringMatching(/^10-考生投诉处理材料\/.*受理.*\.pdf$/),
        expect.stringMatching(/^10-考生投诉处理材料\/.*处理结果告知书.*\.pdf$/),
      ]),
    );
    expect(closed.closing!.documentCount).toBe(manifest.files.length);
    // The signature verifies with the centre's key, and any changed byte is found.
    const key = loadAuditSigningKey({ AUDIT_SIGNING_KEY: undefined, dataDir: t.dataDir }, { create: false })!;
    expect(verifyArchivePackage(zip, key.publicKey)).toEqual([]);
    const target = paths.find((p) => p.endsWith('合格人员汇总表.xlsx'))!;
    const tampered = { ...files, [target]: Buffer.concat([Buffer.from(files[target]), Buffer.from([0])]) };
    expect(verifyArchivePackage(zipSync(tampered), key.publicKey)).toEqual([`校验值不符：${target}`]);
    const forged = { ...files, [MANIFEST]: Buffer.from(JSON.stringify({ ...manifest, files: [] })) };
    expect(verifyArchivePackage(zipSync(forged), key.publicKey)).toContain('清单签名无效');
  });

  it('R-ARC-03: retention ends closing day + years; destruction before that is refused, after it needs another leader', async () => {
    const batchId = await finalBatch();
    expect(retentionUntil('2026-12-07', 5)).toBe('2031-12-07');
    expect(retentionUntil('2028-02-29', 3)).toBe('2031-02-28');
    expect(destructionRefusal('paper', { until: '2029-12-07', destroyedOn: null }, '2029-12-07')).toBe(
      '纸质档案保存期至 2029-12-07，保存期满前不得销毁',
    );
    expect(destructionRefusal('paper', { until: '2029-12-07', destroyedOn: null }, '2029-12-08')).toBeNull();
    expect(destructionRefusal('paper', null, '2040-01-01')).toMatch(/尚未归档/);

    // Before closing there is nothing to request.
    const early = await kaowu.post(`${base(batchId)}/requests`, {
      kind: 'borrow',
      medium: 'paper',
      applicant: '张三',
      reason: '核查',
    });
    expect(early.statusCode).toBe(409);
    await fillManual(batchId);
    await okJson(zhuren.post(`${base(batchId)}/close`));
    const closing = ((await okJson(kaowu.get(base(batchId)))) as ArchiveDetail).closing!;
    const paper = closing.retention.find((r) => r.medium === 'paper')!;
    const electronic = closing.retention.find((r) => r.medium === 'electronic')!;
    expect(paper.until).toBe(retentionUntil(closing.closedOn, 3));
    expect(electronic.until).toBe(retentionUntil(closing.closedOn, 5));

    const destroyNow = await kaowu.post(`${base(batchId)}/requests`, {
      kind: 'destroy',
      medium: 'paper',
      applicant: '档案管理员',
      reason: '到期销毁',
    });
    expect(destroyNow.statusCode).toBe(409);
    expect(destroyNow.json().error.message).toBe(`纸质档案保存期至 ${paper.until}，保存期满前不得销毁`);

    // A borrowing: approved by a leader (not the one who registered it), then returned; all logged.
    const borrow = await okJson(
      kaowu.post(`${base(batchId)}/requests`, {
        kind: 'borrow',
        medium: 'paper',
        applicant: '省鉴定中心 李四',
        reason: '专项检查调阅',
      }),
    );
    expect(borrow.state).toBe('pending');
    // The head sees it waiting on the home page; the exam admin who registered it approves nothing.
    const home = await okJson(zhuren.get('/api/v1/home'));
    expect(home.tasks.find((x: { key: string }) => x.key === 'archiveRequests')).toMatchObject({ count: 1 });
    expect((await kaowu.post(`${base(batchId)}/requests/${borrow.id}/decision`, { approve: true })).statusCode).toBe(
      403,
    );
    expect(
      (await okJson(zhuren.post(`${base(batchId)}/requests/${borrow.id}/decision`, { approve: true }))).state,
    ).toBe('approved');
    expect((await okJson(kaowu.post(`${base(batchId)}/requests/${borrow.id}/return`))).state).toBe('returned');

    // After the retention ends: requested, refused to its own requester, approved by another leader.
    const after = paper.until.replace(/^\d{4}/, (y) => String(Number(y) + 1));
    const head = await actorOf(t, 'zhuren');
    const req = await createArchiveRequest(t.database.db, {
      actor: head,
      batchId,
      data: { kind: 'destroy', medium: 'paper', applicant: '档案管理员', reason: '保存期满销毁' },
      today: after,
    });
    await expect(
      decideArchiveRequest(t.database.db, { actor: head, batchId, requestId: req.id, approve: true, today: after }),
    ).rejects.toThrow(/不能审批自己登记的申请/);
    // Approved on the last day of retention: still refused.
    const other = await actorOf(t, 'admin');
    await expect(
      decideArchiveRequest(t.database.db, {
        actor: other,
        batchId,
        requestId: req.id,
        approve: true,
        today: paper.until,
      }),
    ).rejects.toThrow(/保存期满前不得销毁/);
    const done = await decideArchiveRequest(t.database.db, {
      actor: other,
      batchId,
      requestId: req.id,
      approve: true,
      today: after,
    });
    expect(done.state).toBe('approved');
    const now: ArchiveDetail = await okJson(admin.get(base(batchId)));
    expect(now.closing!.retention.find((r) => r.medium === 'paper')!.destroyedOn).toBe(after);
    // The electronic package is still there until its own retention ends.
    expect((await kaowu.get(`${base(batchId)}/package.zip`)).statusCode).toBe(200);
  });

  it('R-ARC-03: the retention years cannot be set below the minimum of each medium', async () => {
    const low = await zhuren.put('/api/v1/archives/settings', { paperYears: 2, electronicYears: 5, videoYears: 5 });
    expect(low.statusCode).toBe(400);
    expect(low.json().error.message).toContain('纸质档案保存年限');
    expect(
      (await kaowu.put('/api/v1/archives/settings', { paperYears: 3, electronicYears: 5, videoYears: 5 })).statusCode,
    ).toBe(403);
    expect(
      await okJson(zhuren.put('/api/v1/archives/settings', { paperYears: 10, electronicYears: 10, videoYears: 5 })),
    ).toEqual({ paperYears: 10, electronicYears: 10, videoYears: 5 });
    // Back to the minimum, for the other cases' retention dates.
    await okJson(zhuren.put('/api/v1/archives/settings', { paperYears: 3, electronicYears: 5, videoYears: 5 }));
  });
});
