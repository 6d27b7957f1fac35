// R-EXAM-03: 考场情况记录表 as PDF.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';

export async function roomRecordPdf(
  db: Db,
  opts: { actor: Actor | null; sittingId: string; roomId: string; fontPath: string },
): Promise<{ bytes: Buffer; name: string }> {
  void db;
  void opts;
  throw new AppError('CONFLICT', '尚未实现');
}
