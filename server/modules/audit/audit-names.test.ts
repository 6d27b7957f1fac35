import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionNames, auditActionName, auditEntityName, entityNames, type AuditRow } from '../../../shared/audit.js';
import { batchStates } from '../../../shared/plans.js';
import { systemActor } from '../../http/access.js';
import { eq } from 'drizzle-orm';
import { batches, colleges } from '../../db/schema/index.js';
import { buildDraftRun, buildScenario } from '../arrangement/arrangement.testkit.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { buildApplication } from '../registration/applications.testkit.js';
import { recordAudit } from './audit.service.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** The text of the call starting at `open` (the index of its opening parenthesis), brackets balanced. */
function callText(src: string, open: number): string {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if ('({['.includes(src[i])) depth++;
    else if (')}]'.includes(src[i]) && --depth === 0) return src.slice(open, i + 1);
  }
  return src.slice(open);
}

/** The expression of `key:` inside an object literal, up to the next comma or brace at its own depth. */
function fieldExpr(call: string, key: string): string | null {
  const m = new RegExp(`\\b${key}:\\s*`).exec(call);
  if (!m) return null;
  let depth = 0;
  for (let i = m.index + m[0].length; i < call.length; i++) {
    const ch = call[i];
    if ('({['.includes(ch)) depth++;
    else if (')}]'.includes(ch)) {
      if (depth === 0) return call.slice(m.index + m[0].length, i).trim();
      depth--;
    } else if (ch === ',' && depth === 0) return call.slice(m.index + m[0].length, i).trim();
  }
  return null;
}

/**
 * What the code records: every `recordAudit(…)` call's action and entity. A literal ('x'), the literals of a ternary
 * ('a' : 'b'), a template (`transition:${to}` → `transition:*`), or an expression the table below spells out.
 */
function recordedCodes() {
  const actions = new Set<string>();
  const entities = new Set<string>();
  const unknown: string[] = [];
  const dynamic: Record<string, string[]> = {
    // users.service.ts setAccountState: AccountAction
    'opts.action': ['disable', 'enable', 'unlock'],
    // review.service.ts: shared/registration decide body
    'body.decision': ['approve', 'reject'],
    // candidate-facts.service.ts: its `entity` map
    'entity[opts.kind]': ['x_certificate', 'contest_result', 'candidate_ban'],
  };
  const templates: Record<string, string[]> = {
    'transition:${to}': batchStates.map((s) => `transition:${s}`),
    'signup.${opts.action}': ['signup.confirm', 'signup.reject'],
  };
  const files = [
    ...walk(path.join(ROOT, 'server/modules')),
    ...walk(path.join(ROOT, 'server')).filter((f) => !f.includes('/modules/')),
  ];
  for (const file of new Set(files)) {
    const src = fs.readFileSync(file, 'utf8');
    for (const m of src.matchAll(/recordAudit\(/g)) {
      if (/function recordAudit\($/.test(src.slice(Math.max(0, m.index - 20), m.index + 12))) continue;
      const call = callText(src, m.index + 'recordAudit'.length);
      const where = `${path.relative(ROOT, file)}:${src.slice(0, m.index).split('\n').length}`;
      for (const [key, into] of [
        ['action', actions],
        ['entity', entities],
      ] as const) {
        const expr = fieldExpr(call, key);
        if (!expr) {
          unknown.push(`${where} ${key}: (none)`);
          continue;
        }
        const literals = [...expr.matchAll(/'([^']+)'/g)].map((x) => x[1]);
        const tpl = /^`(.*)`$/.exec(expr)?.[1];
        if (literals.length) literals.forEach((l) => into.add(l));
        else if (tpl && templates[tpl]) templates[tpl].forEach((l) => into.add(l));
        else if (dynamic[expr]) dynamic[expr].forEach((l) => into.add(l));
        else unknown.push(`${where} ${key}: ${expr}`);
      }
    }
  }
  return { actions: [...actions].sort(), entities: [...entities].sort(), unknown };
}

describe('audit names', () => {
  it('R-AUD-01: every action and object type the code records has a Chinese name', () => {
    const { actions, entities, unknown } = recordedCodes();
    expect(unknown).toEqual([]);
    expect(actions.length).toBeGreaterThan(40);
    expect(entities.length).toBeGreaterThan(40);
    expect(actions.filter((a) => auditActionName(a) === a)).toEqual([]);
    expect(entities.filter((e) => !entityNames[e])).toEqual([]);
    expect(entities.filter((e) => auditEntityName(e) === e)).toEqual([]);
  });

  it('R-AUD-01: the names are Chinese, and a code nobody named shows as itself', () => {
    for (const n of [...Object.values(actionNames), ...Object.values(entityNames)])
      expect(n).toMatch(/[\u4e00-\u9fff]/);
    expect(auditActionName('transition:registering')).toBe('状态变更：报名中');
    expect(auditActionName('publish')).toBe('发布');
    expect(auditActionName('no.such')).toBe('no.such');
    expect(auditEntityName('application')).toBe('报名申请');
  });
});

describe('audit log in words users understand (issue 9)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ startJobs: true });
  });
  afterAll(async () => t.close());

  const student = (college: string) => ({
    kind: 'student' as const,
    collegeId: college,
    className: '电气2301',
    major: '电气自动化技术',
    enrolmentYear: 2023,
    educationLevel: 'higher_vocational' as const,
    graduating: true,
  });

  it('R-AUD-01: rows carry Chinese action and object names and a readable object, the raw id kept for the tooltip', async () => {
    const [kaowu, zhuren, jidian] = await Promise.all(['kaowu', 'zhuren', 'jidian'].map((u) => t.login(u)));
    const cs = await t.database.db.select().from(colleges);
    const JD = cs.find((c) => c.code === 'JD')!.id;
    const { batchId, appId, cand } = await buildApplication(
      t,
      { kaowu, zhuren, jidian },
      { collegeId: JD, person: student(JD), name: '审计考生', title: '审计名称测试批次', stage: 'pending_centre' },
    );
    const rows = async (q: Record<string, string>) => {
      const res = await zhuren.get(`/api/v1/audit?${new URLSearchParams({ pageSize: '50', ...q })}`);
      expect(res.statusCode).toBe(200);
      return res.json().items as AuditRow[];
    };

    const app = await rows({ entity: 'application', entityId: appId });
    const approved = app.find((r) => r.action === 'approve')!;
    expect(approved).toMatchObject({
      actionName: '批准',
      entityName: '报名申请',
      objectLabel: '审计考生 · 审计名称测试批次',
      entityId: appId, // the raw id is still there, for the tooltip
    });
    expect(app.find((r) => r.action === 'create')!.actionName).toBe('新增');

    const batch = await rows({ entity: 'batch', entityId: batchId });
    expect(batch.length).toBeGreaterThan(2);
    expect(batch.every((r) => r.objectLabel === '审计名称测试批次' && r.entityName === '认定批次')).toBe(true);
    expect(batch.find((r) => r.action === 'transition:registering')!.actionName).toBe('状态变更：报名中');

    // A person: the name, never the ID number in full (R-PPL-02).
    const person = await rows({ entity: 'person', entityId: cand.personId });
    expect(person[0]).toMatchObject({ entityName: '人员', objectLabel: '审计考生' });
    expect(JSON.stringify(person)).not.toMatch(/\d{17}[\dX]/);

    // The demo's plans: every row names its plan, even those whose row carries no title (submit, approve).
    const plans = await rows({ entity: 'semester_plan' });
    expect(plans.length).toBeGreaterThan(1);
    expect(plans.filter((r) => !r.objectLabel || /^[0-9a-f]{8}-/.test(r.objectLabel))).toEqual([]);

    // Ids that name a group, and an account.
    const seqs = await t.database.db.transaction(async (tx) => [
      await recordAudit(tx, systemActor, { action: 'reject', entity: 'application', entityId: 'bulk:4' }),
      await recordAudit(tx, systemActor, { action: 'update', entity: 'application', entityId: `batch:${batchId}` }),
    ]);
    const bulk = await rows({ entity: 'application', entityId: 'bulk:4' });
    expect(bulk.find((r) => r.seq === seqs[0])).toMatchObject({
      actionName: '退回',
      objectLabel: '4 份报名申请（批量）',
    });
    const whole = await rows({ entity: 'application', entityId: `batch:${batchId}` });
    expect(whole.find((r) => r.seq === seqs[1])!.objectLabel).toBe('审计名称测试批次的全部报名申请');
    const any = await rows({ action: 'login' });
    expect(any[0]).toMatchObject({
      actionName: '登录',
      entityName: '用户账号',
      objectLabel: expect.stringMatching(/（\w+）$/),
    });
  });

  it('R-AUD-01: the Excel export names actions, object types and objects in Chinese', async () => {
    const admin = await t.login('admin');
    const made = await admin.post('/api/v1/colleges', { code: 'AUDN', name: '审计名称学院' });
    expect(made.statusCode).toBe(200);
    const head = await t.login('zhuren');
    const started = await head.post('/api/v1/audit/exports', { entity: 'college', entityId: made.json().id });
    expect(started.statusCode).toBe(200);
    const jobId = started.json().jobId;
    let job;
    for (let i = 0; i < 100; i++) {
      job = (await head.get(`/api/v1/jobs/${jobId}`)).json();
      if (job.status === 'succeeded' || job.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job.status).toBe('succeeded');
    const file = await head.get(`/api/v1/files/${job.result.fileId}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const row = Object.fromEntries(header.map((h, i) => [String(h), String(ws.getRow(2).getCell(i + 1).value ?? '')]));
    expect(row).toMatchObject({ 操作: '新增', 对象类型: '二级学院', 对象: '审计名称学院', 对象编号: made.json().id });
  });
});

describe('audit log names arrangement objects (issue 9)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('R-AUD-01: an arrangement run is named by the batches it arranges, sites and rooms by their names', async () => {
    const s = await buildScenario(t);
    const run = await buildDraftRun(t, s);
    const zhuren = await t.login('zhuren');
    const rows = async (q: Record<string, string>) =>
      (await zhuren.get(`/api/v1/audit?${new URLSearchParams({ pageSize: '50', ...q })}`)).json().items as AuditRow[];
    const [title] = (
      await t.database.db.select({ title: batches.title }).from(batches).where(eq(batches.id, s.batchId))
    ).map((b) => b.title);
    const runRows = await rows({ entity: 'arrangement', entityId: run.id });
    expect(runRows.length).toBeGreaterThan(0);
    expect(runRows[0]).toMatchObject({ entityName: '考场编排', objectLabel: `${title} 的编排方案`, entityId: run.id });
    const rooms = await rows({ entity: 'exam_room' });
    expect(rooms.length).toBeGreaterThan(0);
    expect(rooms.filter((r) => !r.objectLabel || /^[0-9a-f]{8}-|编号/.test(r.objectLabel))).toEqual([]);
  });
});
