import type { files } from '../../db/schema/index.js';

type FileRow = typeof files.$inferSelect;

/** A stored file's metadata (never its path or hash). */
export function presentFile(f: FileRow) {
  return {
    id: f.id,
    name: f.name,
    mime: f.mime,
    size: f.size,
    purpose: f.purpose,
    createdAt: f.createdAt.toISOString(),
  };
}
