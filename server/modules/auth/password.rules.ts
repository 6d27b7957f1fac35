import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX, PASSWORD_MIN } from '../../../shared/auth.js';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

/** scrypt parameters (N=2^15, r=8, p=1: ~32 MiB, tens of ms per hash on this machine). */
const N = 32768;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

/** 49k most common passwords (zxcvbn-ts list) plus a few patterns common in Chinese. */
const common = new Set<string>([
  ...(dictionary.passwords as string[]).map((p) => p.toLowerCase()),
  'woaini1314', 'a1234567', 'qq123456', 'aa123456', 'zxcvbnm123', '1qaz2wsx', 'abc12345', 'admin123', 'password1',
  'skillcert', 'skillcert123',
]);

/** Returns a Chinese reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN) return `密码至少 ${PASSWORD_MIN} 个字符`;
  if (password.length > PASSWORD_MAX) return `密码不能超过 ${PASSWORD_MAX} 个字符`;
  const lower = password.toLowerCase();
  if (common.has(lower)) return '该密码过于常见，容易被猜中，请换一个';
  if (/^(.)\1+$/.test(password)) return '密码不能由同一个字符重复组成';
  if (/^\d+$/.test(password) && isSequence(password)) return '密码不能是连续数字';
  if (username && lower.includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

function isSequence(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d !== 1 && d !== -1) return false;
  }
  return true;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password.normalize('NFKC'), salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, saltB64, keyB64] = stored.split('$');
  if (alg !== 'scrypt') return false;
  const expected = Buffer.from(keyB64, 'base64');
  const key = await scrypt(password.normalize('NFKC'), Buffer.from(saltB64, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return timingSafeEqual(key, expected);
}

/** A hash to verify against when the user does not exist, so the reply takes the same time either way. */
export const dummyHash = await hashPassword(randomBytes(12).toString('hex'));

/** A readable one-time password (no look-alike characters) for new accounts. */
export function oneTimePassword(length = 12): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}
