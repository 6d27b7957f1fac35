// What other modules may read of stored files (docs/ARCHITECTURE.md, "Module boundaries"). No actor: the calling
// service has authorised its caller (the computer-based exam's candidate token).
import fs from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { files } from '../../db/schema/index.js';
import type { FileStore } from './files.service.js';

/** An item image (purpose `item.image`) with its type, or null (unknown id, another purpose, content missing). */
export async function itemImage(
  db: DbOrTx,
  store: FileStore,
  id: string,
): Promise<{ mime: string; bytes: Buffer } | null> {
  const [row] = await db
    .select()
    .from(files)
    .where(and(eq(files.id, id), eq(files.purpose, 'item.image')));
  if (!row || !fs.existsSync(store.pathOf(row.sha256))) return null;
  return { mime: row.mime, bytes: await store.read(row) };
}
