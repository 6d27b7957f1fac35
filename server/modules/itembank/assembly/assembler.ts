import { difficultyNames, itemTypeNames } from '../../../../shared/itembank.js';
import type { ItemType } from '../../../../shared/itembank.js';
import { seededRandom, shuffleInPlace } from './random.js';
import { drawCellTable } from './table.js';
import type { AssembledForm, AssembleRequest, AssembleResult, UnmetConstraint } from './types.js';

/** Exchanges a form may try to fill a cell short of items (bounds the time on infeasible plans). */
const REPAIR_BUDGET = 400;

/**
 * R-BANK-02: builds forms that hold the plan's counts per 题型, per 鉴定范围 and per difficulty, the X points, one
 * item per 鉴定点, no enemies together and no item a retaker saw, with the overlap between any two forms and the
 * exposure of every item capped across forms.
 *
 * Per form: (1) a joint table of counts per cell (range × type × difficulty, `table.ts`) is drawn in proportion to
 * the remaining needs and the exposure the cells have left, and repaired by exchanges when a needed combination is
 * empty; (2) every cell is filled from its items ordered by least exposure, then at random, skipping what would
 * break a hard rule (the overlap against all earlier forms is counted through an item → forms incidence, so a check
 * costs the item's exposure, not the number of forms); a cell left short takes an item blocked by one chosen item
 * of another cell (same 鉴定点, enemy, or a saturated earlier form), which cell then takes another; (3) a pass swaps
 * Y/Z items for X items of the same cell until the X points are met. Hard rules (points, enemies, exclusions,
 * overlap, exposure) are never broken; what a form lacks is counted from the form itself and reported in `unmet`.
 */
export function assemble(req: AssembleRequest): AssembleResult {
  const { pool, constraints: plan, formCount } = req;
  const random = seededRandom(req.seed);
  const rangeName = (id: string) => req.labels?.get(id) ?? id;

  // ---------------------------------------------------------------- the plan's dimensions
  const types: ItemType[] = [];
  const typeNeed: number[] = [];
  const typePoints: number[] = [];
  for (const s of plan.sections) {
    let t = types.indexOf(s.type);
    if (t < 0) {
      t = types.push(s.type) - 1;
      typeNeed.push(0);
      typePoints.push(s.pointsEach);
    }
    typeNeed[t] += s.count;
  }
  const formLength = typeNeed.reduce((a, b) => a + b, 0);
  const rangeIds: string[] = [];
  const rangeNeed: number[] = [];
  for (const r of plan.ranges) {
    let i = rangeIds.indexOf(r.rangeId);
    if (i < 0) {
      i = rangeIds.push(r.rangeId) - 1;
      rangeNeed.push(0);
    }
    rangeNeed[i] += r.count;
  }
  const planned = rangeNeed.reduce((a, b) => a + b, 0);
  // Items outside the plan's ranges may fill what the ranges leave of the form's length (a last, unnamed range).
  const residual = formLength - planned;
  if (residual > 0) rangeNeed.push(residual);
  const nR = rangeNeed.length;
  const nT = types.length;
  const diffNeed = [plan.difficulty[1], plan.difficulty[2], plan.difficulty[3]];
  const nCells = nR * nT * 3;
  const cellOf = (r: number, t: number, d: number) => (r * nT + t) * 3 + d;
  // 1e-9: a share such as 0.29 × 100 is 28.999… in floating point, and means 29.
  const cap = Math.max(1, Math.floor(plan.maxExposure * formCount + 1e-9));
  const maxShared = Math.floor(plan.maxOverlap * formLength + 1e-9);
  const minX = plan.minXPoints ?? 0;

  // ---------------------------------------------------------------- the pool, indexed
  const n = pool.length;
  const itemIndex = new Map<string, number>();
  const pointIndex = new Map<string, number>();
  const enemyIndex = new Map<string, number>();
  const itemOf = new Int32Array(n);
  const pointOf = new Int32Array(n);
  const enemyOf = new Int32Array(n);
  const cellOfVersion = new Int32Array(n);
  const isX = new Uint8Array(n);
  const cellItems: number[][] = Array.from({ length: nCells }, () => []);
  const indexIn = (m: Map<string, number>, key: string) => {
    let i = m.get(key);
    if (i === undefined) m.set(key, (i = m.size));
    return i;
  };
  for (let v = 0; v < n; v++) {
    const p = pool[v];
    itemOf[v] = indexIn(itemIndex, p.itemId);
    pointOf[v] = indexIn(pointIndex, p.pointId);
    enemyOf[v] = p.enemyKey === null ? -1 : indexIn(enemyIndex, p.enemyKey);
    isX[v] = p.importance === 'X' ? 1 : 0;
    const t = types.indexOf(p.type);
    let r = p.rangeId === null ? -1 : rangeIds.indexOf(p.rangeId);
    if (r < 0 && residual > 0) r = nR - 1;
    const d = p.difficulty - 1;
    if (t < 0 || r < 0 || d < 0 || d > 2) {
      cellOfVersion[v] = -1;
      continue;
    }
    cellOfVersion[v] = cellOf(r, t, d);
    cellItems[cellOfVersion[v]].push(v);
  }
  const nItems = itemIndex.size;
  const byVersion = new Map(pool.map((p) => [p.versionId, p]));

  // ---------------------------------------------------------------- state across forms
  const uses = new Int32Array(nItems);
  const formsOf: number[][] = Array.from({ length: nItems }, () => []);
  const shared = new Int32Array(Math.max(1, formCount)); // items the form being built shares with each earlier form
  const itemMark = new Int32Array(nItems);
  const pointMark = new Int32Array(pointIndex.size);
  const enemyMark = new Int32Array(enemyIndex.size);
  const eligibleMark = new Int32Array(n);
  const pointSeen = new Int32Array(pointIndex.size);
  const pointHolder = new Int32Array(pointIndex.size);
  const enemyHolder = new Int32Array(enemyIndex.size);
  const chosenVersion = new Int32Array(nItems);
  const formItems: number[][] = [];
  let seenStamp = 0;

  const forms: AssembledForm[] = [];
  const unmet: UnmetConstraint[] = [];

  for (let f = 0; f < formCount; f++) {
    const stamp = f + 1;
    shared.fill(0);
    const excluded = req.excludedItemIds?.get(f);

    // Candidates per cell: items under the exposure cap and not excluded; what each cell can give.
    const candidates: number[][] = new Array<number[]>(nCells);
    const room = new Int32Array(nCells);
    const supply = new Float64Array(nCells); // forms the cell's items may still serve: spend the rich cells first
    const rangePoints = new Int32Array(nR);
    for (let c = 0; c < nCells; c++) {
      const list: number[] = [];
      seenStamp++;
      let distinct = 0;
      for (const v of cellItems[c]) {
        if (uses[itemOf[v]] >= cap) continue;
        if (excluded && excluded.has(pool[v].itemId)) continue;
        list.push(v);
        supply[c] += cap - uses[itemOf[v]];
        eligibleMark[v] = stamp;
        if (pointSeen[pointOf[v]] !== seenStamp) {
          pointSeen[pointOf[v]] = seenStamp;
          distinct++;
        }
      }
      candidates[c] = list;
      room[c] = plan.onePerPoint ? distinct : list.length;
    }
    if (plan.onePerPoint)
      for (let r = 0; r < nR; r++) {
        seenStamp++;
        for (let t = 0; t < nT; t++)
          for (let d = 0; d < 3; d++)
            for (const v of candidates[cellOf(r, t, d)])
              if (pointSeen[pointOf[v]] !== seenStamp) {
                pointSeen[pointOf[v]] = seenStamp;
                rangePoints[r]++;
              }
      }

    const quota = drawCellTable({
      shape: { ranges: nR, types: nT },
      need: { range: rangeNeed, type: typeNeed, difficulty: diffNeed },
      room,
      supply,
      rangePoints: plan.onePerPoint ? rangePoints : null,
      random,
    });

    // ------------------------------------------------------------ fill the cells
    const chosen: number[] = [];
    const chosenIn: number[][] = Array.from({ length: nCells }, () => []);
    const canAdd = (v: number) => {
      const it = itemOf[v];
      if (eligibleMark[v] !== stamp || itemMark[it] === stamp) return false;
      if (plan.onePerPoint && pointMark[pointOf[v]] === stamp) return false;
      if (enemyOf[v] >= 0 && enemyMark[enemyOf[v]] === stamp) return false;
      for (const g of formsOf[it]) if (shared[g] >= maxShared) return false;
      return true;
    };
    const add = (v: number) => {
      const it = itemOf[v];
      itemMark[it] = stamp;
      pointMark[pointOf[v]] = stamp;
      if (enemyOf[v] >= 0) enemyMark[enemyOf[v]] = stamp;
      for (const g of formsOf[it]) shared[g]++;
      pointHolder[pointOf[v]] = v;
      if (enemyOf[v] >= 0) enemyHolder[enemyOf[v]] = v;
      chosenVersion[it] = v;
      chosen.push(v);
      chosenIn[cellOfVersion[v]].push(v);
    };
    const remove = (v: number) => {
      const it = itemOf[v];
      itemMark[it] = 0;
      pointMark[pointOf[v]] = 0;
      if (enemyOf[v] >= 0) enemyMark[enemyOf[v]] = 0;
      for (const g of formsOf[it]) shared[g]--;
      chosen.splice(chosen.indexOf(v), 1);
      const inCell = chosenIn[cellOfVersion[v]];
      inCell.splice(inCell.indexOf(v), 1);
    };

    // Least exposure first, ties at random: shuffle, then a stable counting sort by uses.
    const order = (list: number[]) => {
      shuffleInPlace(list, random);
      let most = 0;
      for (const v of list) most = Math.max(most, uses[itemOf[v]]);
      if (most === 0) return list;
      const start = new Int32Array(most + 2);
      for (const v of list) start[uses[itemOf[v]] + 1]++;
      for (let u = 1; u <= most + 1; u++) start[u] += start[u - 1];
      const out = new Array<number>(list.length);
      for (const v of list) out[start[uses[itemOf[v]]]++] = v;
      return out;
    };
    const cellsByRange: number[][] = Array.from({ length: nR }, () => []);
    for (let c = 0; c < nCells; c++) {
      if (quota[c] === 0) continue;
      candidates[c] = order(candidates[c]);
      cellsByRange[Math.floor(c / (nT * 3))].push(c);
    }
    for (let r = 0; r < nR; r++) {
      // The tightest cells of a range choose their 鉴定点 first.
      const cells = cellsByRange[r].sort((a, b) => room[a] - quota[a] - (room[b] - quota[b]));
      for (const c of cells)
        for (const v of candidates[c]) {
          if (chosenIn[c].length >= quota[c]) break;
          if (canAdd(v)) add(v);
        }
    }
    let budget = REPAIR_BUDGET;
    for (let c = 0; c < nCells; c++) while (chosenIn[c].length < quota[c] && unblock(c)) continue;

    /**
     * A short cell takes an item blocked by one chosen item of another cell (same 鉴定点, enemy, or the one that
     * brings a saturated earlier form to its overlap limit), and that cell takes another of its items instead.
     */
    function unblock(c: number): boolean {
      for (const y of candidates[c]) {
        if (budget <= 0) return false;
        const iy = itemOf[y];
        if (itemMark[iy] === stamp) continue;
        let must = -1;
        let clash = false;
        const holder = (x: number) => {
          if (must >= 0 && must !== x) clash = true;
          must = x;
        };
        if (plan.onePerPoint && pointMark[pointOf[y]] === stamp) holder(pointHolder[pointOf[y]]);
        if (enemyOf[y] >= 0 && enemyMark[enemyOf[y]] === stamp) holder(enemyHolder[enemyOf[y]]);
        if (clash) continue;
        const saturated = formsOf[iy].filter((g) => shared[g] >= maxShared);
        const inAll = (x: number) => saturated.every((g) => formsOf[itemOf[x]].includes(g));
        let leaving: number[];
        if (must >= 0) leaving = inAll(must) ? [must] : [];
        else if (saturated.length > 0)
          leaving = formItems[saturated[0]].filter((it) => itemMark[it] === stamp).map((it) => chosenVersion[it]);
        else if (canAdd(y)) {
          add(y);
          return true;
        } else continue;
        for (const x of leaving) {
          const cx = cellOfVersion[x];
          if (cx === c || (must < 0 && saturated.length > 1 && !inAll(x))) continue;
          budget--;
          remove(x);
          if (canAdd(y)) {
            add(y);
            const z = candidates[cx].find((w) => w !== x && canAdd(w));
            if (z !== undefined) {
              add(z);
              return true;
            }
            remove(y);
          }
          add(x);
        }
      }
      return false;
    }

    // ------------------------------------------------------------ X points: swap Y/Z items for X items of the cell
    let xPoints = 0;
    for (const v of chosen) if (isX[v]) xPoints += typePoints[Math.floor(cellOfVersion[v] / 3) % nT];
    if (xPoints < minX)
      for (const x of chosen.slice()) {
        if (xPoints >= minX) break;
        if (isX[x]) continue;
        const c = cellOfVersion[x];
        remove(x);
        const y = candidates[c].find((w) => isX[w] && canAdd(w));
        if (y === undefined) add(x);
        else {
          add(y);
          xPoints += typePoints[Math.floor(c / 3) % nT];
        }
      }

    // ------------------------------------------------------------ paper order, option orders, bookkeeping
    const rank = chosen.map((v) => Math.floor(cellOfVersion[v] / (nT * 3)) + random());
    const byType: number[][] = Array.from({ length: nT }, () => []);
    for (const k of chosen.map((_, k) => k).sort((a, b) => rank[a] - rank[b]))
      byType[Math.floor(cellOfVersion[chosen[k]] / 3) % nT].push(chosen[k]);
    const next = new Int32Array(nT);
    const entries: AssembledForm['entries'] = [];
    for (const s of plan.sections) {
      const t = types.indexOf(s.type);
      for (let k = 0; k < s.count && next[t] < byType[t].length; k++) {
        const v = byType[t][next[t]++];
        const p = pool[v];
        let optionOrder: number[] | null = null;
        if (plan.shuffleOptions && !p.noShuffle && p.optionCount > 1)
          optionOrder = shuffleInPlace(
            Array.from({ length: p.optionCount }, (_, i) => i),
            random,
          );
        entries.push({ versionId: p.versionId, itemId: p.itemId, points: s.pointsEach, optionOrder });
        uses[itemOf[v]]++;
        formsOf[itemOf[v]].push(f);
      }
    }
    forms.push({ entries });
    formItems.push(chosen.map((v) => itemOf[v]));
    reportShortfalls(f, entries);
  }

  /** What a finished form lacks against the plan, counted from the form itself. */
  function reportShortfalls(f: number, entries: AssembledForm['entries']) {
    const form = `第 ${f + 1} 份：`;
    const typeCount = new Map<ItemType, number>();
    const rangeCount = new Map<string, number>();
    const diffCount = [0, 0, 0];
    let x = 0;
    for (const e of entries) {
      const p = byVersion.get(e.versionId)!;
      typeCount.set(p.type, (typeCount.get(p.type) ?? 0) + 1);
      if (p.rangeId !== null) rangeCount.set(p.rangeId, (rangeCount.get(p.rangeId) ?? 0) + 1);
      diffCount[p.difficulty - 1]++;
      if (p.importance === 'X') x += e.points;
    }
    const say = (constraint: UnmetConstraint['constraint'], cell: string, what: string, want: number, got: number) => {
      if (want === got) return;
      const text = want > got ? `缺 ${want - got} 题` : `多 ${got - want} 题`;
      unmet.push({ form: f, constraint, message: `${form}${what}${text}`, cell, lacking: want - got });
    };
    types.forEach((t, i) => say('section', `type:${t}`, itemTypeNames[t], typeNeed[i], typeCount.get(t) ?? 0));
    rangeIds.forEach((id, i) =>
      say('range', `range:${id}`, `鉴定范围「${rangeName(id)}」`, rangeNeed[i], rangeCount.get(id) ?? 0),
    );
    ([1, 2, 3] as const).forEach((d) =>
      say('difficulty', `difficulty:${d}`, `难度「${difficultyNames[d]}」`, diffNeed[d - 1], diffCount[d - 1]),
    );
    if (x < minX)
      unmet.push({
        form: f,
        constraint: 'x_points',
        message: `${form}X 要素分值 ${x} 分，少于要求的 ${minX} 分（缺 ${minX - x} 分）`,
        cell: 'x_points',
        lacking: minX - x,
      });
  }

  return { forms, unmet };
}
