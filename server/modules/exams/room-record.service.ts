// R-EXAM-03: the room record.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { ObservationBody, RoomRecord } from '../../../shared/exams-day.js';

type Room = { actor: Actor | null; sittingId: string; roomId: string };
const todo = () => new AppError('CONFLICT', '尚未实现');

export async function getRoomRecord(db: Db, opts: Room): Promise<RoomRecord> {
  void db;
  void opts;
  throw todo();
}
export async function signRoomRecord(db: Db, opts: Room): Promise<RoomRecord> {
  void db;
  void opts;
  throw todo();
}
export async function addObservation(db: Db, opts: Room & { data: ObservationBody }): Promise<RoomRecord> {
  void db;
  void opts;
  throw todo();
}
