// R-EXAM-04: incidents with credited time.
import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import type {
  ExtensionBody,
  IncidentList,
  IncidentBody,
  IncidentDecisionBody,
  IncidentResult,
} from '../../../shared/exams-day.js';

type Room = { actor: Actor | null; sittingId: string; roomId: string };
const todo = () => new AppError('CONFLICT', '尚未实现');

export async function listIncidents(db: Db, opts: Room): Promise<IncidentList> {
  void db;
  void opts;
  throw todo();
}
export async function recordIncident(db: Db, opts: Room & { data: IncidentBody }): Promise<IncidentResult> {
  void db;
  void opts;
  throw todo();
}
export async function decideIncident(
  db: Db,
  opts: { actor: Actor | null; id: string; data: IncidentDecisionBody },
): Promise<IncidentResult> {
  void db;
  void opts;
  throw todo();
}
export async function extendTime(db: Db, opts: Room & { data: ExtensionBody }): Promise<IncidentResult> {
  void db;
  void opts;
  throw todo();
}
