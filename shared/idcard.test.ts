import { describe, expect, it } from 'vitest';
import {
  ageOn,
  birthDateOf,
  genderOf,
  idCheckChar,
  idNumberProblem,
  maskIdNumber,
  normalizeIdNumber,
} from './idcard.js';

// Real-shaped numbers whose check characters were computed with the GB 11643 weights.
const VALID = ['410102199003071230', '110105200002290021', '440306198512310014', '41010219880512108X'];

describe('R-PPL-01: 居民身份证 (GB 11643)', () => {
  it('R-PPL-01: accepts valid numbers and computes the check character', () => {
    for (const id of VALID) {
      expect(idNumberProblem('resident', id, '2026-06-01')).toBeNull();
      expect(idCheckChar(id.slice(0, 17))).toBe(id[17]);
    }
  });
  it('R-PPL-01: refuses a wrong check digit and says which one is right', () => {
    expect(idNumberProblem('resident', '410102199003071231', '2026-06-01')).toMatch(/校验位错误（最后一位应为 0）/);
  });
  it('R-PPL-01: refuses 30 February and 29 February of a common year; accepts 29 February 2000', () => {
    const withCheck = (first17: string) => first17 + idCheckChar(first17);
    expect(idNumberProblem('resident', withCheck('41010219900230123'), '2026-06-01')).toMatch(
      /出生日期 1990-02-30 不存在/,
    );
    expect(idNumberProblem('resident', withCheck('41010219990229123'), '2026-06-01')).toMatch(/不存在/);
    expect(birthDateOf('110105200002290021')).toBe('2000-02-29');
  });
  it('R-PPL-01: refuses a birth date in the future', () => {
    const first17 = '41010220300101123';
    expect(idNumberProblem('resident', first17 + idCheckChar(first17), '2026-06-01')).toMatch(/晚于今天/);
  });
  it('R-PPL-01: accepts a lowercase x as X', () => {
    expect(idNumberProblem('resident', '41010219880512108x', '2026-06-01')).toBeNull();
    expect(normalizeIdNumber('resident', ' 41010219880512108x ')).toBe('41010219880512108X');
  });
  it('R-PPL-01: refuses wrong length, letters inside, an impossible region code', () => {
    expect(idNumberProblem('resident', '41010219900307123', '2026-06-01')).toMatch(/18 位（当前 17 位）/);
    expect(idNumberProblem('resident', '4101021990A307123X', '2026-06-01')).toMatch(/前 17 位应为数字/);
    const first17 = '99010219900307123';
    expect(idNumberProblem('resident', first17 + idCheckChar(first17), '2026-06-01')).toMatch(/行政区划代码/);
  });
  it('R-PPL-01: 港澳台居民居住证 use the same check and an 81/82/83 prefix; passports are letters and digits', () => {
    expect(idNumberProblem('hmt_residence', '810000199505051236', '2026-06-01')).toBeNull();
    expect(idNumberProblem('hmt_residence', '410102199003071230', '2026-06-01')).toMatch(/81、82 或 83/);
    expect(idNumberProblem('passport', 'E12345678')).toBeNull();
    expect(idNumberProblem('passport', 'E123-45678')).toMatch(/护照/);
  });
  it('R-PPL-01: gender from the sequence digit, age on a day', () => {
    expect(genderOf('410102199003071230')).toBe('male');
    expect(genderOf('110105200002290021')).toBe('female');
    expect(ageOn('1960-06-02', '2026-06-01')).toBe(65);
    expect(ageOn('1960-06-01', '2026-06-01')).toBe(66);
  });
});

describe('R-PPL-02: masking', () => {
  it('R-PPL-02: keeps the last 4 characters of an 18-character number only (no region, no birth date)', () => {
    expect(maskIdNumber('410102199003071234')).toBe('**************1234');
    expect(maskIdNumber('E12345678')).toBe('*******78');
  });
});
