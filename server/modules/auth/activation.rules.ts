import { randomInt } from 'node:crypto';

/**
 * Issue 8 item 4: activation codes. 12 characters of an alphabet without look-alikes (no 0/O, 1/I/L) — 31^12, about
 * 59 bits, against at most 100 guesses an hour per account — printed in groups of four (`K7M4-Q9TX-H3WR`).
 */
export const ACTIVATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 12;

export function newActivationCode(): string {
  let s = '';
  for (let i = 0; i < LENGTH; i++) s += ACTIVATION_ALPHABET[randomInt(ACTIVATION_ALPHABET.length)];
  return formatActivationCode(s);
}

export const formatActivationCode = (code: string) => normalizeActivationCode(code).replace(/(.{4})(?=.)/g, '$1-');

/** What the candidate typed, compared without case, spaces or hyphens. */
export const normalizeActivationCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');
