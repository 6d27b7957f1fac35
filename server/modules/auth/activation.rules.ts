import { randomBytes } from 'node:crypto';

/**
 * Issue 8 item 4: activation codes. 12 characters of an alphabet without look-alikes (no 0/O, 1/I/L) — 31^12, about
 * 59 bits, against at most 100 guesses an hour per account — printed in groups of four (`K7M4-Q9TX-H3WR`).
 */
export const ACTIVATION_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const LENGTH = 12;
/** Bytes at or above this are dropped, so that every character is equally likely (248 = 8 × 31). */
const UNBIASED = 256 - (256 % ACTIVATION_ALPHABET.length);

export function newActivationCode(): string {
  let s = '';
  while (s.length < LENGTH)
    for (const b of randomBytes(16))
      if (b < UNBIASED && s.length < LENGTH) s += ACTIVATION_ALPHABET[b % ACTIVATION_ALPHABET.length];
  return formatActivationCode(s);
}

export const formatActivationCode = (code: string) => normalizeActivationCode(code).replace(/(.{4})(?=.)/g, '$1-');

/** What the candidate typed, compared without case, spaces or hyphens. */
export const normalizeActivationCode = (typed: string) => typed.toUpperCase().replace(/[\s-]/g, '');
