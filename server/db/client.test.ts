import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPglite, rowsOf } from './client.js';

describe('embedded database', () => {
  it('refuses a second process on the same data directory, and takes over a lock left by a dead one', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-lock-')), 'pgdata');
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    // A lock left behind by a process that no longer exists (kill -9).
    fs.writeFileSync(`${dir}.lock`, '999999');
    const first = await openPglite({ dataDir: dir });
    try {
      // Another holder that is alive: our parent process stands in for it.
      fs.writeFileSync(`${dir}.lock`, String(process.ppid));
      await expect(openPglite({ dataDir: dir })).rejects.toThrow(/正被另一个进程/);
      fs.writeFileSync(`${dir}.lock`, String(process.pid));
      const [{ fsync }] = rowsOf<{ fsync: string }>(
        await first.db.execute(sql`select current_setting('fsync') as fsync`),
      );
      expect(fsync).toBe('on'); // commits reach the disk (see docs/OPERATIONS.md)
    } finally {
      await first.close();
    }
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
    fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  }, 60_000);
});
