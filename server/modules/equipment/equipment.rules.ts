import { addDays } from '../../../shared/dates.js';
import { requestKindNames, type CalibrationState, type RequestKind } from '../../../shared/equipment.js';

/** Pure rules of the equipment module (R-EQ-01…04). */

/** Days before the due date from which the ledger warns (检定即将到期). */
export const CALIBRATION_WARNING_DAYS = 30;

/**
 * R-EQ-03: an instrument may be used on `day` while its calibration is valid through that day: due ON the exam day
 * is still allowed, due the day before is lapsed.
 */
export function calibrationValidOn(dueOn: string | null, day: string): boolean {
  return dueOn !== null && dueOn >= day;
}

/** R-EQ-03: the state the ledger shows: lapsed, due within 30 days, or valid (null: not an instrument). */
export function calibrationState(
  item: { isInstrument: boolean; calibrationDueOn: string | null },
  day: string,
): CalibrationState | null {
  if (!item.isInstrument) return null;
  if (!calibrationValidOn(item.calibrationDueOn, day)) return 'lapsed';
  return item.calibrationDueOn! <= addDays(day, CALIBRATION_WARNING_DAYS) ? 'due_soon' : 'valid';
}

/** The counts a request changes: the quantity in service and how many are out on loan. */
export interface Stock {
  quantity: number;
  onLoan: number;
}

/**
 * R-EQ-04: the effect of an approved request on the stock, or the Chinese reason it cannot take effect. A loan
 * takes pieces out (at most those not lent), a return brings them back, a purchase adds, scrapping and loss reduce
 * the quantity in service (a loss may be of a lent piece), damage is recorded and repaired (no count changes).
 */
export function requestEffect(stock: Stock, kind: RequestKind, n: number): Stock | string {
  const free = stock.quantity - stock.onLoan;
  const name = requestKindNames[kind];
  switch (kind) {
    case 'loan':
      return n > free ? `${name}数量：${n} 超过可借数量 ${free}` : { ...stock, onLoan: stock.onLoan + n };
    case 'return':
      return n > stock.onLoan
        ? `${name}数量：${n} 超过借出数量 ${stock.onLoan}`
        : { ...stock, onLoan: stock.onLoan - n };
    case 'purchase':
      return { ...stock, quantity: stock.quantity + n };
    case 'scrapping':
      return n > free ? `${name}数量：${n} 超过在库数量 ${free}` : { ...stock, quantity: stock.quantity - n };
    case 'loss': {
      if (n > stock.quantity) return `${name}数量：${n} 超过在用数量 ${stock.quantity}`;
      // Lost pieces are first those on the shelf, then lent ones.
      const fromLoan = Math.max(0, n - free);
      return { quantity: stock.quantity - n, onLoan: stock.onLoan - fromLoan };
    }
    case 'damage':
      return n > stock.quantity ? `${name}数量：${n} 超过在用数量 ${stock.quantity}` : { ...stock };
  }
}
