import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import { verifyAuditChain, type ChainReport } from './audit.service.js';
import {
  checkpointFile,
  formatProblem,
  loadAuditSigningKey,
  verifyAuditCheckpoints,
  type CheckpointReport,
} from './checkpoint.service.js';

export interface TrailReport {
  ok: boolean;
  chain: ChainReport;
  checkpoints: CheckpointReport;
  /** What `npm run audit:verify` prints, Chinese with an English summary per line. */
  lines: string[];
}

/**
 * R-AUD-01: the chain recomputed row by row, then the trail checked against every signed checkpoint: the chain
 * alone cannot reveal a deleted tail or a rewritten row whose successors were all rehashed.
 */
export async function verifyAuditTrail(
  db: Db,
  opts: { config: Pick<Config, 'AUDIT_SIGNING_KEY' | 'dataDir'>; checkpointsFile?: string },
): Promise<TrailReport> {
  const chain = await verifyAuditChain(db);
  const file = opts.checkpointsFile ?? checkpointFile(opts.config);
  const checkpoints = await verifyAuditCheckpoints(db, {
    key: loadAuditSigningKey(opts.config, { create: false }),
    file,
  });
  const lines: string[] = [];
  if (chain.ok) lines.push(`哈希链完整：共 ${chain.checked} 条。 (hash chain OK: ${chain.checked} rows)`);
  else {
    const b = chain.firstBroken!;
    lines.push(
      `哈希链校验失败：第 ${b.seq} 条记录 —— ${b.reason}（此前 ${chain.checked} 条完好）。 (hash chain BROKEN at seq ${b.seq})`,
    );
  }
  if (checkpoints.checked === 0 && checkpoints.problems.length === 0)
    lines.push(
      `警告：没有签名检查点（${file}），无法发现末尾被删除或哈希链被整体重算。 (warning: no checkpoints in ${file})`,
    );
  else if (checkpoints.ok)
    lines.push(
      `与 ${checkpoints.checked} 个签名检查点核对一致，最近一个：第 ${checkpoints.last!.seq} 条，${checkpoints.last!.at}。 (checkpoints OK: ${checkpoints.checked})`,
    );
  else {
    for (const p of checkpoints.problems)
      lines.push(`${formatProblem(p)} (checkpoint at line ${p.line}, seq ${p.seq}: FAILED)`);
    lines.push(
      `审计日志与签名检查点不符：${checkpoints.problems.length} 处。 (checkpoints FAILED: ${checkpoints.problems.length})`,
    );
  }
  if (checkpoints.unreadableLines.length)
    lines.push(
      `警告：检查点文件第 ${checkpoints.unreadableLines.join('、')} 行不是有效的检查点（可能是进程被强行终止时写了一半），已跳过。 (warning: unreadable checkpoint lines skipped)`,
    );
  const ok = chain.ok && checkpoints.ok;
  lines.push(ok ? '审计日志校验通过。 (audit trail OK)' : '审计日志校验失败。 (audit trail BROKEN)');
  return { ok, chain, checkpoints, lines };
}
