// R-CERT-01 concurrency check (used by concurrency.test.ts): one app process on a PostgreSQL database issuing the
// certificates of the given batches in order through the module's own issuing path (numbers, signatures, rows).
// Prints how many it issued of each batch as JSON (a batch another process issued first adds 0).
// Usage: tsx issue.cli.ts <DATABASE_URL> <DATA_DIR> <username> <batchId>[,<batchId>…]
import { eq } from 'drizzle-orm';
import { openPostgres } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { issueCertificates } from './certificates.service.js';

const [url, dataDir, username, batchIds] = process.argv.slice(2);
const database = await openPostgres(url, 4);
const [u] = await database.db.select().from(users).where(eq(users.username, username));
const actor = { userId: u.id, username, displayName: u.displayName, role: u.role, collegeId: u.collegeId, ip: null };
const config = { PUBLIC_URL: 'https://kaowu.example.edu.cn', dataDir };
const issued: number[] = [];
for (const batchId of batchIds.split(','))
  issued.push((await issueCertificates(database.db, config, { actor, batchId, issueDate: '2026-10-12' })).issued);
await database.close();
process.stdout.write(JSON.stringify(issued));
