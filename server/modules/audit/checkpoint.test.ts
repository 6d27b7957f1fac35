import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { desc, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { auditLog } from '../../db/schema/index.js';
import { GENESIS_HASH, hashAuditRow, type AuditFields } from './audit.rules.js';
import { checkpointFile, loadAuditSigningKey, writeAuditCheckpoint } from './checkpoint.service.js';
import { verifyAuditTrail } from './verify.service.js';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => t.close());

const config = () => t.app.ctx.config;
/** Some activity, then a signed checkpoint of the head. */
async function activityThenCheckpoint() {
  const admin = await t.login('admin');
  for (const code of ['CPA', 'CPB', 'CPC'])
    expect((await admin.post('/api/v1/colleges', { code, name: `检查点学院${code}` })).statusCode).toBe(200);
  const cp = await writeAuditCheckpoint(t.database.db, { config: config() });
  expect(cp).not.toBeNull();
  return cp!;
}

/** As a superuser would: with the append-only triggers switched off for the statement (PGlite and PostgreSQL). */
async function tamper(statement: ReturnType<typeof sql>) {
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger user`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger user`);
  });
}

/** Rehashes every row from `fromSeq` on, as an attacker who can write the table would after changing a row. */
async function recomputeChainFrom(fromSeq: number) {
  const db = t.database.db;
  const rows = await db
    .select()
    .from(auditLog)
    .where(sql`${auditLog.seq} >= ${fromSeq - 1}`)
    .orderBy(auditLog.seq);
  let prev = rows[0].seq === fromSeq - 1 ? rows[0].hash : GENESIS_HASH;
  for (const r of rows.filter((x) => x.seq >= fromSeq)) {
    const f: AuditFields = {
      seq: r.seq,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorName: r.actorName,
      actorRole: r.actorRole,
      ip: r.ip,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
    };
    const hash = hashAuditRow(prev, f);
    await tamper(sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where seq = ${r.seq}`);
    prev = hash;
  }
}

describe('R-AUD-01 signed checkpoints of the audit chain', () => {
  it('R-AUD-01: an untouched trail verifies against its checkpoints', async () => {
    const cp = await activityThenCheckpoint();
    const key = loadAuditSigningKey(config(), { create: false })!;
    expect(cp.keyId).toBe(key.keyId);
    expect(await writeAuditCheckpoint(t.database.db, { config: config() })).toBeNull(); // head unchanged: nothing new
    const report = await verifyAuditTrail(t.database.db, { config: config() });
    expect(report.lines.join('\n')).toContain('审计日志校验通过');
    expect(report.ok).toBe(true);
    expect(report.checkpoints.checked).toBe(1);
    // The key is not in the database and not in the checkpoint file.
    const pem = fs.readFileSync(`${t.dataDir}/audit-signing.key`, 'utf8');
    expect(fs.readFileSync(checkpointFile(config()), 'utf8')).not.toContain(pem.split('\n')[1]);
  });

  it('R-AUD-01: deleting the last rows is detected, naming the checkpoint', async () => {
    const cp = await activityThenCheckpoint();
    await tamper(sql`delete from audit_log where seq > ${cp.seq - 2}`);
    const report = await verifyAuditTrail(t.database.db, { config: config() });
    expect(report.chain.ok).toBe(true); // the chain alone looks sound
    expect(report.ok).toBe(false);
    expect(report.checkpoints.problems[0]).toMatchObject({ seq: cp.seq, at: cp.at, line: 1 });
    expect(report.lines.join('\n')).toMatch(
      new RegExp(`检查点（第 1 行，第 ${cp.seq} 条，${cp.at}）：审计日志末尾的记录被删除`),
    );
  });

  it('R-AUD-01: changing a row and recomputing the chain after it is detected', async () => {
    const cp = await activityThenCheckpoint();
    const [victim] = await t.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.entity} = 'college'`)
      .orderBy(desc(auditLog.seq))
      .limit(1);
    await tamper(sql`update audit_log set actor_name = '某人' where seq = ${victim.seq}`);
    await recomputeChainFrom(victim.seq);
    const report = await verifyAuditTrail(t.database.db, { config: config() });
    expect(report.chain.ok).toBe(true);
    expect(report.ok).toBe(false);
    expect(report.checkpoints.problems[0].reason).toContain(`第 ${cp.seq} 条记录的哈希与签名的哈希不符`);
  });

  it('R-AUD-01: a checkpoint whose signature does not verify is reported', async () => {
    const cp = await activityThenCheckpoint();
    const file = checkpointFile(config());
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`"seq":${cp.seq}`, `"seq":${cp.seq - 1}`));
    const report = await verifyAuditTrail(t.database.db, { config: config() });
    expect(report.ok).toBe(false);
    expect(report.checkpoints.problems[0].reason).toContain('签名无效');
  });

  it('R-AUD-01: the audit page shows the last checkpoint; one can be made on demand and downloaded (audited)', async () => {
    const admin = await t.login('admin');
    const none = await admin.get('/api/v1/audit/checkpoints/latest');
    expect(none.statusCode).toBe(200);
    expect(none.json().checkpoint).toBeNull();
    const made = await admin.post('/api/v1/audit/checkpoints');
    expect(made.statusCode).toBe(200);
    expect(made.json().checkpoint).toMatchObject({ verified: true, problem: null, seq: made.json().headSeq });
    const file = await admin.get('/api/v1/audit/checkpoints/file');
    expect(file.statusCode).toBe(200);
    expect(JSON.parse(file.body.trim().split('\n').at(-1)!).seq).toBe(made.json().checkpoint.seq);
    const [last] = await t.database.db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
    expect(last).toMatchObject({ action: 'export', entity: 'audit', entityId: 'checkpoints' });

    await tamper(sql`delete from audit_log where seq >= ${made.json().checkpoint.seq}`);
    const after = (await admin.get('/api/v1/audit/checkpoints/latest')).json();
    expect(after.checkpoint.verified).toBe(false);
    expect(after.checkpoint.problem).toContain('末尾的记录被删除');
    const clerk = await t.login('jidian');
    expect((await clerk.get('/api/v1/audit/checkpoints/latest')).statusCode).toBe(403);
  });
});

describe('checkpoint file after a crash', () => {
  it('R-AUD-01: a line cut off by a kill -9 is skipped with a warning, and the next checkpoint starts on a new line', async () => {
    const cp = await activityThenCheckpoint();
    const file = checkpointFile(config());
    fs.appendFileSync(file, '{"v":1,"seq":'); // the torn write
    const admin = await t.login('admin');
    expect((await admin.post('/api/v1/colleges', { code: 'CPD', name: '检查点学院CPD' })).statusCode).toBe(200);
    const next = await writeAuditCheckpoint(t.database.db, { config: config() });
    expect(next!.seq).toBeGreaterThan(cp.seq);
    const report = await verifyAuditTrail(t.database.db, { config: config() });
    expect(report.ok).toBe(true);
    expect(report.checkpoints.checked).toBe(2);
    expect(report.checkpoints.unreadableLines).toEqual([2]);
    expect(report.lines.join('\n')).toContain('第 2 行不是有效的检查点');
  });
});
