// Pure rules of certificates: the number (R-CERT-01), the canonical JSON that is signed (JCS, RFC 8785, for the
// plain strings and integers a certificate holds) and the encodings of the W3C credentials (base58btc, multibase).
import { AppError } from '../../http/errors.js';
import { checkFilingCode } from '../../../shared/centre.rules.js';

/** R-CERT-01: the largest serial within (centre, year, level). */
export const MAX_SERIAL = 999_999;

/**
 * R-CERT-01: 22 characters = the 13-character filing code + year of issue (last 2 digits) + level (1 digit) + serial
 * (6 digits). `Y000041019001` + `22` + `1` + `000001` = `Y000041019001221000001`.
 */
export function certificateNumber(filingCode: string, year: string, level: number, serial: number): string {
  const problem = checkFilingCode(filingCode);
  if (problem) throw new AppError('CONFLICT', `认定中心备案号不正确（${problem}），请先在“认定中心”中填写备案号`);
  if (!/^\d{2}$/.test(year)) throw new Error(`year must be 2 digits: ${year}`);
  if (!Number.isInteger(level) || level < 1 || level > 5) throw new Error(`level must be 1..5: ${level}`);
  if (!Number.isInteger(serial) || serial < 1 || serial > MAX_SERIAL) throw new Error(`serial out of range: ${serial}`);
  return `${filingCode}${year}${level}${String(serial).padStart(6, '0')}`;
}

/** R-CERT-01: the parts of a number, or null when it does not have the shape (1 letter Y/S + 21 digits). */
export function parseCertificateNumber(n: string) {
  if (!/^[YS]\d{21}$/.test(n)) return null;
  return {
    filingCode: n.slice(0, 13),
    year: n.slice(13, 15),
    level: Number(n.slice(15, 16)),
    serial: Number(n.slice(16)),
  };
}

/** The 2 digits of the year of an issue day `YYYY-MM-DD`. */
export const yearOfIssue = (issueDate: string) => issueDate.slice(2, 4);

/** JCS (RFC 8785) for JSON of strings, safe integers, booleans, null, arrays and objects: keys sorted by code unit. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('JCS: non-finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`JCS: unsupported value ${typeof value}`);
}

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Base58 (Bitcoin alphabet), as multibase `z…` uses. */
export function base58btc(bytes: Uint8Array): string {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i] << 8;
      digits[i] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  return (
    '1'.repeat(zeros) +
    digits
      .reverse()
      .map((d) => B58[d])
      .join('')
  );
}

export function fromBase58btc(s: string): Uint8Array {
  let zeros = 0;
  while (zeros < s.length && s[zeros] === '1') zeros++;
  const bytes: number[] = [];
  for (const ch of s) {
    const v = B58.indexOf(ch);
    if (v < 0) throw new Error('base58: bad character');
    let carry = v;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i] * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  const out = new Uint8Array(zeros + bytes.length);
  bytes.reverse().forEach((b, i) => (out[zeros + i] = b));
  return out;
}

/** Bitstring Status List (W3C, 2025): the fewest entries of a list, for herd privacy. */
export const STATUS_LIST_MIN_BITS = 131_072;

/** The bits of a status list: index 0 is the most significant bit of the first byte. */
export function statusBits(setIndexes: readonly number[], minBits = STATUS_LIST_MIN_BITS): Uint8Array {
  const max = setIndexes.length ? Math.max(...setIndexes) + 1 : 0;
  const bits = Math.max(minBits, Math.ceil(max / minBits) * minBits);
  const out = new Uint8Array(bits / 8);
  for (const i of setIndexes) out[i >> 3] |= 0x80 >> (i & 7);
  return out;
}

export const isBitSet = (list: Uint8Array, i: number) => (list[i >> 3] & (0x80 >> (i & 7))) !== 0;
