import { loadConfig } from './config.js';
import { preparePiiKey, readPiiKey } from './http/pii.js';
import { migrateDatabase, migrationLevel, openDatabase, type Database } from './db/client.js';
import { buildApp } from './app.js';
import { seedDatabase } from './seed.js';
import path from 'node:path';
import {
  DEMO_ACTIVATION_CODE,
  DEMO_TOMORROW_STUDENT,
  seedDemoArrangement,
} from './modules/arrangement/arrangement.demo.js';
import { replaceLegacyInitialPasswords } from './modules/auth/activation.service.js';
import { seedDemoItemBank } from './modules/itembank/itembank.demo.js';
import { seedDemoCbt } from './modules/exams/cbt.demo.js';
import { seedDemoExamDay } from './modules/exams/exams.demo.js';
import { seedDemoResults } from './modules/scoring/scoring.demo.js';
import { seedDemoPublicity } from './modules/publicity/publicity.demo.js';
import { seedDemoCertificates } from './modules/certificates/certificates.demo.js';
import { publicUrlNote } from './modules/arrangement/documents/documents.service.js';
import { FileStore, sealStoredFiles } from './modules/files/files.service.js';
import { roleNames } from '../shared/access.js';
import { eq } from 'drizzle-orm';
import { persons, users } from './db/schema/index.js';
import { purgeExpiredSessions } from './modules/auth/auth.service.js';
import { loadAuditSigningKey, writeAuditCheckpoint } from './modules/audit/checkpoint.service.js';

// Read config → migrate → seed → listen; SIGTERM/SIGINT finish in-flight requests and close the database cleanly.
let config;
try {
  config = loadConfig();
  readPiiKey(config); // R-PPL-02: refuse to start without a well-formed ID-number key, before touching the database
  loadAuditSigningKey(config, { create: false }); // R-AUD-01: a malformed AUDIT_SIGNING_KEY stops here, not later
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

let database: Database;
try {
  database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
} catch (err) {
  console.error(`无法打开数据库 / cannot open the database: ${(err as Error).message}`);
  process.exit(1);
}
let pii;
try {
  await migrateDatabase(database);
  pii = await preparePiiKey(database.db, config); // R-PPL-02: the key must be the one the data was encrypted with
} catch (err) {
  console.error((err as Error).message);
  await database.close();
  process.exit(1);
}
const seeded = await seedDatabase(database.db, config.mode, pii, { provisionalCalendars: true }); // demo mode only
if (seeded.kind === 'demo') {
  // the arrangement's demo scenarios (first start only)
  await seedDemoArrangement(database.db, pii, {
    files: new FileStore(database.db, path.join(config.dataDir, 'files'), config.UPLOAD_MAX_MB * 1024 * 1024, pii),
  });
  await seedDemoItemBank(database.db); // the bank of the demo batches' occupation, a plan and a published paper
  await seedDemoCbt(database.db); // R-EXAM-02: the 明日开考 theory sitting is computer-based and prepared
  await seedDemoExamDay(database.db); // 考试实施: jiankao proctors, kaochang heads the site of the first room
  await seedDemoResults(database.db, pii); // 成绩: a 电工 batch examined two weeks ago, its score sheets signed
  // 成绩公示 (R-PUB-01): keep last, after scoring's demo has signed its batch's score sheets
  await seedDemoPublicity(database.db); // a window just ended with one open public objection
  // 证书 (R-CERT-01, R-CERT-04): after publicity's, whose batch it leaves alone: a final batch with its certificates issued
  // (one revoked, a holder with a portal login) and one waiting for the province's numbers to be imported
  await seedDemoCertificates(database.db, pii, { config });
}
const app = await buildApp({ config, database });
/** What start-up did or wants the operator to know: printed in the banner (the log stays at `warn` by default). */
const notes: string[] = [];
// Issue 8 item 4: accounts imported before activation codes (first password derivable from the ID number) get a code.
const recoded = await replaceLegacyInitialPasswords(database.db, pii);
if (recoded) notes.push(`已为 ${recoded} 个仍使用身份证号初始密码的导入账户生成激活码。`);
// R-PPL-02: files stored before files were sealed (an upgrade) are sealed with the PII key now.
const sealedNow = await sealStoredFiles(database.db, app.ctx.files);
if (sealedNow) notes.push(`已用个人信息密钥加密 ${sealedNow} 个旧文件。`);

// R-AUD-01: signed checkpoints of the audit chain's head, outside the database: at start, every few minutes, at shutdown.
const auditKey = loadAuditSigningKey(config, { create: true })!;
const checkpointAudit = () =>
  writeAuditCheckpoint(database.db, { config, key: auditKey }).catch((err: Error) =>
    app.log.error({ err }, 'audit checkpoint failed'),
  );
await checkpointAudit();
const checkpoints = setInterval(() => void checkpointAudit(), config.AUDIT_CHECKPOINT_MINUTES * 60_000);
checkpoints.unref();

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 15_000);
  try {
    await app.close();
    clearInterval(checkpoints);
    await checkpointAudit();
    await database.close();
  } finally {
    clearTimeout(force);
    process.exit(0);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

const sweep = setInterval(() => void purgeExpiredSessions(database.db).catch(() => {}), 10 * 60_000);
sweep.unref();

await app.listen({ port: config.PORT, host: config.HOST });
const address = `http://localhost:${(app.server.address() as { port: number }).port}`;
const lines = [
  '',
  '职业技能等级认定管理平台 skillcert 已启动',
  `  在浏览器中打开 / open:  ${address}`,
  `  接口文档 / API docs:    ${address}/api/docs`,
  `  数据库 / database:      ${database.kind === 'pglite' ? `PGlite (${config.dataDir}/pgdata)` : 'PostgreSQL'}, migrations ${await migrationLevel(database.db)}`,
  `  日志 / log:             ${config.LOG_LEVEL}${config.LOG_LEVEL === 'warn' ? '（只显示警告和错误；设置 LOG_LEVEL=info 可逐条显示请求）' : ''}`,
];
if (seeded.kind === 'demo') {
  lines.push('', `  已载入演示数据（示例认定中心）。演示账户密码均为 / demo password: ${seeded.password}`);
  // Issue 9: an account linked to a person is named as the header names it (the person's name).
  const linked = new Map(
    (
      await database.db
        .select({ username: users.username, name: persons.name })
        .from(persons)
        .innerJoin(users, eq(users.id, persons.userId))
    ).map((r) => [r.username, r.name]),
  );
  for (const u of seeded.users)
    lines.push(`    ${u.username.padEnd(12)} ${roleNames[u.role]}  ${linked.get(u.username) ?? u.displayName}`);
  const s = DEMO_TOMORROW_STUDENT;
  lines.push(
    `    ${s.studentNumber.padEnd(12)} 考生  ${s.name}（明日开考，可下载准考证；首次登录用激活码 ${DEMO_ACTIVATION_CODE}，登录后须设新密码）`,
  );
} else if (seeded.kind === 'production') {
  lines.push(
    '',
    '  生产模式：已创建系统管理员（首次登录须修改密码）。此密码只显示这一次！',
    `  Production: admin account created; this one-time password is shown only once.`,
    `    用户名 username: ${seeded.username}`,
    `    一次性密码 one-time password: ${seeded.oneTimePassword}`,
  );
} else if (config.mode === 'demo') {
  lines.push('', '  演示账户见 README（已有数据，未重新载入）。');
}
// Issue 9: the warnings an operator should read before real use, in plain Chinese.
const warnings: string[] = [];
if (config.mode === 'demo')
  warnings.push(
    '演示模式：数据为虚构的示例认定中心，请勿录入真实个人信息；正式使用见 README 的生产模式（SKILLCERT_MODE=production）。',
  );
const publicUrl = publicUrlNote(config); // R-ARR-11: tickets' QR codes open nowhere on a phone
if (publicUrl) warnings.push(publicUrl);
if (!config.PII_KEY && database.kind === 'pglite')
  warnings.push(`身份证号加密密钥保存在 ${config.dataDir}/pii.key：请与数据一起备份，丢失后已存的身份证号无法读取。`);
if (notes.length) lines.push('', ...notes.map((n) => `  ${n}`));
if (warnings.length) lines.push('', '  注意 / warnings:', ...warnings.map((w) => `  ! ${w}`));
console.log(lines.join('\n') + '\n');
