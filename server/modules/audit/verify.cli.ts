import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/client.js';
import { verifyAuditChain } from './audit.service.js';

// `npm run audit:verify`: R-AUD-01 — recompute the hash chain and name the first broken row. Exit 0 sound, 1 broken.
if (process.argv.includes('--help')) {
  console.log('npm run audit:verify — 校验审计日志哈希链（使用与服务相同的 DATA_DIR / DATABASE_URL）');
  process.exit(0);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
try {
  const report = await verifyAuditChain(database.db);
  if (report.ok) {
    console.log(`审计日志校验通过：共 ${report.checked} 条，哈希链完整。 (audit chain OK: ${report.checked} rows)`);
  } else {
    const b = report.firstBroken!;
    console.error(`审计日志校验失败：第 ${b.seq} 条记录 —— ${b.reason}（此前 ${report.checked} 条完好）。 (audit chain BROKEN at seq ${b.seq})`);
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
