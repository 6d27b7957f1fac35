import { createHash } from 'node:crypto';

/** The chain starts from this hash (R-AUD-01). */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  seq: number;
  at: string; // ISO 8601 with milliseconds, UTC
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  ip: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted at every depth: jsonb reorders keys, so the hash must not depend on order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** R-AUD-01: each row's hash covers its own fields and the previous row's hash. */
export function hashAuditRow(prevHash: string, f: AuditFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(f)).digest('hex');
}

/** Values as jsonb will give them back (dates become strings, undefined disappears). */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
