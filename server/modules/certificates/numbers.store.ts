// R-CERT-01: serials that never repeat within (centre, year, level), taken safely under concurrency: one
// `INSERT … ON CONFLICT DO UPDATE … RETURNING` locks the counter row until the caller's transaction ends, so two
// transactions (in one process or in several app processes on one PostgreSQL) never get the same serial. The
// unique index on (centre, year, level, serial) is the second guard.
import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { AppError } from '../../http/errors.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { MAX_SERIAL } from './certificates.rules.js';

/** The row of the status-list counter (the bit of each certificate in the Bitstring Status List). */
const STATUS_YEAR = 'SL';

async function take(db: DbOrTx, centreId: string, year: string, level: number, max: number): Promise<number | null> {
  const r = await db.execute(sql`
    insert into certificate_counters (centre_id, year, level, last_serial) values (${centreId}, ${year}, ${level}, 1)
    on conflict (centre_id, year, level) do update set last_serial = certificate_counters.last_serial + 1
      where certificate_counters.last_serial < ${max}
    returning last_serial`);
  const rows = rowsOf<{ last_serial: number }>(r);
  return rows[0] ? Number(rows[0].last_serial) : null;
}

/** R-CERT-01: the next serial of (centre, year, level); refused after 999999. */
export async function nextSerial(db: DbOrTx, centreId: string, year: string, level: number): Promise<number> {
  const serial = await take(db, centreId, year, level, MAX_SERIAL);
  if (serial === null)
    throw new AppError(
      'CONFLICT',
      `证书编号已用完：20${year} 年${levelNames[level] ?? `${level}级`}的流水号已达 999999，本年度不能再核发该等级的证书`,
    );
  return serial;
}

/** The next free bit of the status list (0-based). */
export async function nextStatusIndex(db: DbOrTx, centreId: string): Promise<number> {
  const n = await take(db, centreId, STATUS_YEAR, 0, 2 ** 31 - 2);
  return n! - 1;
}

/** Sets a counter (tests: serial 999999). */
export async function setLastSerial(db: DbOrTx, centreId: string, year: string, level: number, last: number) {
  await db.execute(sql`
    insert into certificate_counters (centre_id, year, level, last_serial) values (${centreId}, ${year}, ${level}, ${last})
    on conflict (centre_id, year, level) do update set last_serial = ${last}`);
}
