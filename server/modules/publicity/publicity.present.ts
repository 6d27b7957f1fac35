// Rows of the publicity module → the response shapes of shared/publicity.ts.
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { levelNames } from '../../../shared/centre.rules.js';
import {
  objectionSourceNames,
  objectionStateNames,
  windowStateNames,
  type PublicityEntry,
  type PublicityObjection,
} from '../../../shared/publicity.js';
import { outcomeNames, partStateNames, scorePartNames } from '../../../shared/scoring.js';
import type { ObjectionRow, StoredEntry, WindowRow } from './publicity.store.js';

export const levelName = (l: number) => levelNames[l] ?? `${l}级`;

export async function userNames(db: DbOrTx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
  const set = [...new Set(ids.filter((x): x is string => !!x))];
  if (!set.length) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, set));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const presentParts = (e: StoredEntry) =>
  e.parts.map((p) => ({
    part: p.part,
    partName: scorePartNames[p.part],
    state: p.state,
    stateName: partStateNames[p.state],
    score: p.score,
  }));

export const presentEntry = (e: StoredEntry, no: number, changed: boolean): PublicityEntry => ({
  no,
  applicationId: e.applicationId,
  name: e.name,
  idMasked: e.idMasked,
  ticketNumber: e.ticketNumber,
  occupation: e.occupation,
  level: e.level,
  levelName: levelName(e.level),
  outcome: e.outcome,
  outcomeName: outcomeNames[e.outcome],
  parts: presentParts(e),
  changed,
});

export const presentWindow = (w: WindowRow, finalFrom: string | null, names: Map<string, string>) => ({
  startsOn: w.startsOn,
  endsOn: w.endsOn,
  days: w.days,
  state: w.state,
  stateName: windowStateNames[w.state],
  finalFrom,
  publishedAt: w.publishedAt.toISOString(),
  publishedByName: w.publishedBy ? (names.get(w.publishedBy) ?? null) : null,
  finalAt: w.finalAt?.toISOString() ?? null,
  finalByName: w.finalBy ? (names.get(w.finalBy) ?? null) : null,
  exportedAt: w.exportedAt?.toISOString() ?? null,
  exportSha256: w.exportSha256,
});

export const presentObjection = (
  o: ObjectionRow,
  names: Map<string, string>,
  entries: Map<string, StoredEntry>,
): PublicityObjection => {
  const e = o.applicationId ? entries.get(o.applicationId) : undefined;
  return {
    id: o.id,
    batchId: o.batchId,
    source: o.source,
    sourceName: objectionSourceNames[o.source],
    name: o.name,
    contact: o.contact,
    content: o.content,
    applicationId: o.applicationId,
    entryLabel: e ? [e.name, e.ticketNumber].filter(Boolean).join(' · ') : null,
    state: o.state,
    stateName: objectionStateNames[o.state],
    resolution: o.resolution,
    resolvedByName: o.resolvedBy ? (names.get(o.resolvedBy) ?? null) : null,
    resolvedAt: o.resolvedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
  };
};
