import { describe, expect, it } from 'vitest';
import { defaultExamSettings } from '../../../shared/exams.js';
import { earliestFinish, ipAllowed, loginWindow, receiptOf } from './cbt.rules.js';

const MIN = 60_000;
const start = Date.UTC(2026, 11, 8, 1, 0);

describe('computer-based exam rules', () => {
  it('R-EXAM-01: a first login from 20 min before the start (or the 开考) until start + 30 min; at + 31 min absent', () => {
    const s = defaultExamSettings;
    expect(loginWindow(start - 21 * MIN, { startsAt: start, openedAt: null }, s)).toBe('early');
    expect(loginWindow(start - 20 * MIN, { startsAt: start, openedAt: null }, s)).toBe('open');
    expect(loginWindow(start - 30 * MIN, { startsAt: start, openedAt: start - 40 * MIN }, s)).toBe('open');
    expect(loginWindow(start + 30 * MIN, { startsAt: start, openedAt: null }, s)).toBe('open');
    expect(loginWindow(start + 31 * MIN, { startsAt: start, openedAt: null }, s)).toBe('late');
  });

  it('R-EXAM-01: nobody finishes before the end unless the centre allows it from N minutes after the start', () => {
    const deadline = start + 90 * MIN;
    const early = { earlyFinishAllowed: true, earlyFinishAfterMinutes: 60 };
    expect(earliestFinish({ startsAt: start, openedAt: null, deadline }, defaultExamSettings)).toBe(deadline);
    expect(earliestFinish({ startsAt: start, openedAt: null, deadline }, early)).toBe(start + 60 * MIN);
    // The proctor's 开考 before the scheduled start counts from the opening; one after it does not delay the finish.
    expect(earliestFinish({ startsAt: start, openedAt: start - 5 * MIN, deadline }, early)).toBe(start + 55 * MIN);
    expect(earliestFinish({ startsAt: start, openedAt: start + 5 * MIN, deadline }, early)).toBe(start + 60 * MIN);
    expect(earliestFinish({ startsAt: start, openedAt: start - 5 * MIN, deadline }, defaultExamSettings)).toBe(
      deadline,
    );
  });

  it('R-EXAM-02: an optional address range per room (IPv4 CIDR or single addresses)', () => {
    expect(ipAllowed('10.1.2.3', [])).toBe(true);
    expect(ipAllowed('10.1.2.3', ['10.1.2.0/24'])).toBe(true);
    expect(ipAllowed('::ffff:10.1.2.3', ['10.1.0.0/16'])).toBe(true);
    expect(ipAllowed('10.1.3.3', ['10.1.2.0/24'])).toBe(false);
    expect(ipAllowed('192.168.0.9', ['192.168.0.9'])).toBe(true);
    expect(ipAllowed('192.168.0.9', ['not-a-range/99'])).toBe(false);
  });

  it('R-EXAM-02: the receipt is the hash of the answers in item order, whatever order they came in', () => {
    const a = receiptOf([
      { itemNo: 2, value: 'B' },
      { itemNo: 1, value: 'A' },
    ]);
    expect(a).toBe(
      receiptOf([
        { itemNo: 1, value: 'A' },
        { itemNo: 2, value: 'B' },
      ]),
    );
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(receiptOf([{ itemNo: 1, value: 'A' }]));
  });
});
