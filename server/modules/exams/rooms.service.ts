// "My rooms" (我的考场): the room-sittings of a day the actor works in.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { ExamRoomsResponse } from '../../../shared/exams-day.js';

export async function listMyRooms(db: Db, opts: { actor: Actor | null; day?: string }): Promise<ExamRoomsResponse> {
  void db;
  void opts;
  throw new AppError('CONFLICT', '尚未实现');
}
