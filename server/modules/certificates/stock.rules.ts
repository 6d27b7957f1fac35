// R-CERT-03: the blank-certificate stock as pure rules: each sheet's state follows from the ledger's moves, and a new
// move is allowed only on sheets in the state it starts from, so every sheet stays traceable.

export type StockMoveKind = 'receive' | 'issue' | 'spoil' | 'destroy';
export type SheetState = 'in_stock' | 'issued' | 'spoiled' | 'destroyed';

export interface StockMove {
  kind: StockMoveKind;
  firstSerial: number;
  lastSerial: number;
}

/** The most sheets one move may cover. */
export const MAX_MOVE_SHEETS = 100_000;

export const moveKindNames: Record<StockMoveKind, string> = {
  receive: '入库',
  issue: '领用打印',
  spoil: '作废',
  destroy: '销毁',
};
const stateNames: Record<SheetState, string> = {
  in_stock: '在库',
  issued: '已领用',
  spoiled: '已作废',
  destroyed: '已销毁',
};

/** Which states a move starts from, and where it leaves the sheets. */
const FROM: Record<StockMoveKind, (SheetState | null)[]> = {
  receive: [null],
  issue: ['in_stock'],
  spoil: ['in_stock', 'issued'],
  destroy: ['spoiled'],
};
const TO: Record<StockMoveKind, SheetState> = {
  receive: 'in_stock',
  issue: 'issued',
  spoil: 'spoiled',
  destroy: 'destroyed',
};

/** Every sheet's state after the moves, in order. */
export function sheetStates(moves: readonly StockMove[]): Map<number, SheetState> {
  const out = new Map<number, SheetState>();
  for (const m of moves) for (let s = m.firstSerial; s <= m.lastSerial; s++) out.set(s, TO[m.kind]);
  return out;
}

/** R-CERT-03: why a move may not be recorded (in Chinese), or null. */
export function moveRefusal(states: ReadonlyMap<number, SheetState>, m: StockMove): string | null {
  if (m.lastSerial < m.firstSerial) return '终止流水号：不能小于起始流水号';
  if (m.lastSerial - m.firstSerial + 1 > MAX_MOVE_SHEETS) return `一次最多登记 ${MAX_MOVE_SHEETS} 张`;
  for (let s = m.firstSerial; s <= m.lastSerial; s++) {
    const st = states.get(s) ?? null;
    if (!FROM[m.kind].includes(st))
      return m.kind === 'receive'
        ? `流水号 ${s} 已入库过，不能重复入库`
        : `流水号 ${s} ${st ? `状态为“${stateNames[st]}”` : '未入库'}，不能${moveKindNames[m.kind]}`;
  }
  return null;
}

export function stockCounts(states: ReadonlyMap<number, SheetState>) {
  const c = { received: states.size, inStock: 0, issued: 0, spoiled: 0, destroyed: 0 };
  for (const st of states.values()) {
    if (st === 'in_stock') c.inStock++;
    else if (st === 'issued') c.issued++;
    else if (st === 'spoiled') c.spoiled++;
    else c.destroyed++;
  }
  return c;
}
