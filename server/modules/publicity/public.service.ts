// R-PUB-01: what is read without the centre's rights: the public page (no login) and a candidate's own results in
// the portal. R-PPL-02: of a person the public sees the name, the masked ID number (last four), the ticket number,
// occupation, level and result, nothing else.
import type { Db } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import { addDays, chinaToday } from '../../../shared/dates.js';
import { windowStateNames, type MyResult, type PublicPublicityResults } from '../../../shared/publicity.js';
import { outcomeNames } from '../../../shared/scoring.js';
import { batchesForResults, type BatchForResults } from '../plans/plans.reads.js';
import { candidateOfUser } from '../people/people.reads.js';
import { applicationsOfPersons } from '../registration/registration.reads.js';
import { resultsOfBatch } from '../scoring/scoring.reads.js';
import { acceptsObjections } from './publicity.rules.js';
import { composeEntries, storedEntries, windowsOf, type StoredEntry, type WindowRow } from './publicity.store.js';
import { levelName, presentParts } from './publicity.present.js';

/** Final results stay on the public page this many calendar days after they became final. */
export const PUBLIC_DAYS_AFTER_FINAL = 30;

/** R-PUB-01: public while the window runs (from its first day) and for a while after the results became final. */
export function isPublic(w: WindowRow, today: string): boolean {
  if (w.state === 'open') return today >= w.startsOn;
  const finalDay = chinaToday(w.finalAt ?? new Date());
  return today <= addDays(finalDay, PUBLIC_DAYS_AFTER_FINAL);
}

/** 公示中, 公示期已满 (waiting for the results to become final), or 成绩已确定. */
const shownState = (w: WindowRow, today: string) =>
  w.state === 'open' && today > w.endsOn ? '公示期已满' : windowStateNames[w.state];

const publicBatch = (w: WindowRow, b: BatchForResults, today: string) => ({
  batchId: w.batchId,
  title: b.title,
  occupation: b.occupation,
  startsOn: w.startsOn,
  endsOn: w.endsOn,
  state: w.state,
  stateName: shownState(w, today),
  acceptsObjections: acceptsObjections(w, today),
});

export async function listPublicPublicity(db: Db, opts: { today?: string } = {}) {
  const today = opts.today ?? chinaToday();
  const windows = (await windowsOf(db)).filter((w) => isPublic(w, today));
  const batches = new Map((await batchesForResults(db, { ids: windows.map((w) => w.batchId) })).map((b) => [b.id, b]));
  const items = windows
    .filter((w) => batches.has(w.batchId))
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
    .map((w) => publicBatch(w, batches.get(w.batchId)!, today));
  return { items };
}

/** The entries as shown now: live while the window is open (a correction shows at once), frozen once final. */
async function currentEntries(db: Db, w: WindowRow, b: BatchForResults): Promise<StoredEntry[]> {
  if (w.state === 'final') return storedEntries(w);
  const { results } = await resultsOfBatch(db, w.batchId);
  return composeEntries(db, b, results);
}

export async function getPublicPublicity(
  db: Db,
  opts: { batchId: string; today?: string },
): Promise<PublicPublicityResults> {
  const today = opts.today ?? chinaToday();
  const [w] = await windowsOf(db, [opts.batchId]);
  if (!w || !isPublic(w, today)) throw notFound('成绩公示');
  const [b] = await batchesForResults(db, { ids: [w.batchId] });
  if (!b) throw notFound('成绩公示');
  const entries = await currentEntries(db, w, b);
  return {
    batch: publicBatch(w, b, today),
    entries: entries.map((e, i) => ({
      no: i + 1,
      name: e.name,
      idMasked: e.idMasked,
      ticketNumber: e.ticketNumber,
      occupation: e.occupation,
      levelName: levelName(e.level),
      result: outcomeNames[e.outcome],
    })),
  };
}

/**
 * R-PUB-01: the candidate's results in the portal: as publicised while the window runs (with the objection open to
 * it), and with the part scores once final.
 */
export async function myResults(db: Db, opts: { actor: Actor | null; today?: string }): Promise<{ items: MyResult[] }> {
  authorize(opts.actor, 'publicity.own');
  const today = opts.today ?? chinaToday();
  const person = await candidateOfUser(db, opts.actor.userId);
  if (!person) return { items: [] };
  const apps = await applicationsOfPersons(db, [person.id]);
  const windows = (
    await windowsOf(
      db,
      apps.map((a) => a.batchId),
    )
  ).filter((w) => today >= w.startsOn);
  if (!windows.length) return { items: [] };
  const batches = new Map((await batchesForResults(db, { ids: windows.map((w) => w.batchId) })).map((b) => [b.id, b]));
  const items: MyResult[] = [];
  for (const w of windows) {
    const b = batches.get(w.batchId);
    if (!b) continue;
    const entries = await currentEntries(db, w, b);
    for (const a of apps.filter((x) => x.batchId === w.batchId)) {
      const e = entries.find((x) => x.applicationId === a.id);
      if (!e) continue;
      items.push({
        batchId: w.batchId,
        batchTitle: b.title,
        applicationId: a.id,
        occupation: e.occupation,
        levelName: levelName(e.level),
        state: w.state,
        stateName: shownState(w, today),
        startsOn: w.startsOn,
        endsOn: w.endsOn,
        acceptsObjections: acceptsObjections(w, today),
        outcome: e.outcome,
        outcomeName: outcomeNames[e.outcome],
        parts: w.state === 'final' ? presentParts(e) : [],
        finalAt: w.finalAt?.toISOString() ?? null,
      });
    }
  }
  return { items: items.sort((x, y) => y.startsOn.localeCompare(x.startsOn)) };
}
