// R-CERT-01 concurrency check (used by concurrency.test.ts): one app process taking certificate numbers on a
// PostgreSQL database, each in its own transaction, several at once. Prints the numbers as JSON.
// Usage: tsx numbers.cli.ts <DATABASE_URL> <centreId> <filingCode> <year> <level> <count>
import { openPostgres } from '../../db/client.js';
import { certificateNumber } from './certificates.rules.js';
import { nextSerial } from './numbers.store.js';

const [url, centreId, filingCode, year, level, count] = process.argv.slice(2);
const database = await openPostgres(url, 8);
const numbers: string[] = [];
let next = 0;
const worker = async () => {
  while (next < Number(count)) {
    next++;
    const serial = await database.db.transaction((tx) => nextSerial(tx, centreId, year, Number(level)));
    numbers.push(certificateNumber(filingCode, year, Number(level), serial));
  }
};
await Promise.all(Array.from({ length: 8 }, worker));
await database.close();
process.stdout.write(JSON.stringify(numbers));
