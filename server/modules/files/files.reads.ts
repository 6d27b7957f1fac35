// What other modules may read of stored files (docs/ARCHITECTURE.md, "Module boundaries"). No actor: the calling
// service has authorised its caller (the computer-based exam's candidate token).
import fs from 'node:fs';
import { and, eq, inArray } from 'drizzle-orm';
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

/**
 * Images (JPEG or PNG) by file id, unsealed: a map id → type and bytes; an unknown id, another type or missing content
 * is left out (a certificate face then counts as without a photo).
 */
export async function imagesByIds(
  db: DbOrTx,
  store: FileStore,
  ids: readonly string[],
): Promise<Map<string, { mime: string; bytes: Buffer }>> {
  const out = new Map<string, { mime: string; bytes: Buffer }>();
  const wanted = [...new Set(ids.filter(Boolean))];
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db
      .select()
      .from(files)
      .where(inArray(files.id, wanted.slice(i, i + 500)));
    for (const r of rows) {
      if (r.mime !== 'image/png' && r.mime !== 'image/jpeg') continue;
      if (!fs.existsSync(store.pathOf(r.sha256))) continue;
      try {
        out.set(r.id, { mime: r.mime, bytes: await store.read(r) });
      } catch {
        // Unreadable content: left out, as a missing file.
      }
    }
  }
  return out;
}
