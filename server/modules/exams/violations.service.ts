// R-VIOL-01…04 recorded on the day.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type { Violation, ViolationBody, ViolationList } from '../../../shared/exams-day.js';

type Room = { actor: Actor | null; sittingId: string; roomId: string };
const todo = () => new AppError('CONFLICT', '尚未实现');

export async function listViolations(db: Db, opts: Room): Promise<ViolationList> {
  void db;
  void opts;
  throw todo();
}
export async function recordViolation(db: Db, opts: Room & { data: ViolationBody }): Promise<Violation> {
  void db;
  void opts;
  throw todo();
}
