import path from 'node:path';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { verifyAuditTrail } from './verify.service.js';

// `npm run audit:verify [-- --checkpoints FILE]`: R-AUD-01 — recompute the hash chain, then check it against every
// signed checkpoint (DATA_DIR/audit-checkpoints.jsonl, or a downloaded copy). Exit 0 sound, 1 broken.
if (process.argv.includes('--help')) {
  console.log(
    [
      'npm run audit:verify [-- --checkpoints 文件]',
      '  校验审计日志哈希链，并与签名检查点核对（使用与服务相同的 DATA_DIR / DATABASE_URL / AUDIT_SIGNING_KEY）。',
      '  --checkpoints 文件   使用另存的检查点文件（默认 DATA_DIR/audit-checkpoints.jsonl）',
    ].join('\n'),
  );
  process.exit(0);
}
const at = process.argv.indexOf('--checkpoints');
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
try {
  const report = await verifyAuditTrail(database.db, {
    config,
    checkpointsFile: at > 0 && process.argv[at + 1] ? path.resolve(process.argv[at + 1]) : undefined,
  });
  for (const line of report.lines) (report.ok ? console.log : console.error)(line);
  if (!report.ok) process.exitCode = 1;
} finally {
  await database.close();
}
