// R-EXAM-01: check-in per room.
import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { FileStore } from '../files/files.service.js';
import type { AbsenceBody, CheckinBody, CheckinListResponse, CheckinResult } from '../../../shared/exams-day.js';

type Room = { actor: Actor | null; sittingId: string; roomId: string };
const todo = () => new AppError('CONFLICT', '尚未实现');

export async function listCheckins(db: Db, opts: Room): Promise<CheckinListResponse> {
  void db;
  void opts;
  throw todo();
}
export async function checkIn(db: Db, opts: Room & { data: CheckinBody; config: Config }): Promise<CheckinResult> {
  void db;
  void opts;
  throw todo();
}
export async function markAbsent(db: Db, opts: Room & { data: AbsenceBody }): Promise<CheckinResult> {
  void db;
  void opts;
  throw todo();
}
export async function candidatePhoto(
  db: Db,
  files: FileStore,
  opts: Room & { applicationId: string },
): Promise<{ bytes: Buffer; mime: string }> {
  void db;
  void files;
  void opts;
  throw todo();
}
