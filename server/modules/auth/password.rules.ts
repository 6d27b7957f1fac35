import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
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
  'woaini1314',
  'a1234567',
  'qq123456',
  'aa123456',
  'zxcvbnm123',
  '1qaz2wsx',
  'abc12345',
  'admin123',
  'password1',
  'skillcert',
  'skillcert123',
]);

/**
 * Issue 8 item 16: pinyin a guesser tries first: common surnames and given-name syllables (张伟, 王芳, 李娜 …) and
 * words of Chinese passwords, so that `zhangsan` or `wangwei123` score as the guessable words they are.
 */
const SURNAMES =
  'wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong cui tan liao fan wan qian dai mo kong bai qiu qin gu hou shao meng long duan lei hao kang ou yan shi qi nie ning niu xing xue hong'.split(
    ' ',
  );
const GIVEN =
  'wei fang na min jing li qiang lei jun yang yong yan jie juan tao ming chao xiu xia ping gang gui hua hui ying dan bo jian hong yu xin fei peng hao bin lin kai rui tian chen ting zhi zi han xuan yi xi qing wen long ning feng yun lan mei jia yue shan cheng le le san si er xiaoming xiaohong'.split(
    ' ',
  );
const WORDS =
  'zhangsan lisi wangwu zhaoliu woaini wode mima zhongguo beijing shanghai nihao aini laopo laogong baobei xuexiao xuesheng laoshi kaoshi jineng renzheng zhongxin'.split(
    ' ',
  );
const pinyin = [...WORDS, ...SURNAMES, ...GIVEN, ...SURNAMES.flatMap((s) => GIVEN.map((g) => s + g))];
zxcvbnOptions.setOptions({ dictionary: { ...dictionary, pinyin }, graphs: adjacencyGraphs });

/** zxcvbn looks at this many characters at most: longer passwords are strong by length, and its cost grows fast. */
const SCORE_CHARS = 64;

/** Returns a Chinese reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < PASSWORD_MIN) return `密码至少 ${PASSWORD_MIN} 个字符`;
  if (password.length > PASSWORD_MAX) return `密码不能超过 ${PASSWORD_MAX} 个字符`;
  const lower = password.toLowerCase();
  if (common.has(lower)) return '该密码过于常见，容易被猜中，请换一个';
  if (/^(.)\1+$/.test(password)) return '密码不能由同一个字符重复组成';
  if (/^\d+$/.test(password) && isSequence(password)) return '密码不能是连续数字';
  if (username && lower.includes(username.toLowerCase())) return '密码不能包含用户名';
  // Issue 8 item 16: below score 3 (of 0–4) a password falls to an offline guesser with a dictionary in hours.
  if (zxcvbn(password.slice(0, SCORE_CHARS), username ? [username] : []).score < 3)
    return '密码太容易被猜中（常见单词、拼音、姓名或简单规律），请加长或混合不相关的词语、数字和符号';
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
