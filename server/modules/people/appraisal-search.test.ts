import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { personFor } from './people.testkit.js';

/** Issue 9: the 考评员年度考核 list's keyword box filters on the server (`keyword`). */

let t: TestApp;
let kaowu: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
});
afterAll(async () => t.close());

type Row = { examinerId: string; name: string; certificateNumber: string; scores: { batchRef: string }[] };
const rows = async (query: string): Promise<Row[]> => {
  const res = await kaowu.get(`/api/v1/appraisals?year=2026${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};

describe('appraisal search (issue 9)', () => {
  it('the keyword finds an examiner by name, certificate number or a batch of its scores', async () => {
    const examiner = async (name: string, seq: number) => {
      const p = await kaowu.post(
        '/api/v1/persons',
        personFor(name, '1976-06-06', seq, { titleSeries: '工程', titleGrade: 'senior' }),
      );
      expect(p.statusCode, p.body).toBe(200);
      const ex = await kaowu.post('/api/v1/examiners', {
        personId: p.json().id,
        grade: 'standard',
        trainingHours: 48,
        skillRelated: true,
        certificateNumber: `JS${seq}`,
        certificateIssuedOn: '2024-01-10',
        firstExaminingYear: 2020,
        occupations: [{ edition: '2022', code: '6-31-01-03', name: '电工' }],
      });
      expect(ex.statusCode, ex.body).toBe(200);
      return ex.json().id as string;
    };
    const a = await examiner('检索辛', 611);
    await examiner('检索壬', 613);
    const score = await kaowu.post('/api/v1/appraisals/scores', {
      examinerId: a,
      batchRef: '检索庚批次',
      batchDate: '2026-03-02',
      attended: true,
      score: 90,
    });
    expect(score.statusCode, score.body).toBe(200);
    const all = await rows('');
    const first = all.find((r) => r.examinerId === a)!;
    expect(all.length).toBeGreaterThan(1);
    const byName = await rows(`&keyword=${encodeURIComponent(first.name)}`);
    expect(byName.map((r) => r.examinerId)).toContain(first.examinerId);
    expect(byName.every((r) => r.name.includes(first.name))).toBe(true);
    expect((await rows(`&keyword=${encodeURIComponent(first.certificateNumber)}`)).map((r) => r.examinerId)).toEqual([
      first.examinerId,
    ]);
    expect((await rows(`&keyword=${encodeURIComponent('检索庚批次')}`)).map((r) => r.examinerId)).toEqual([
      first.examinerId,
    ]);
    expect(await rows(`&keyword=${encodeURIComponent('没有这样的考评员')}`)).toEqual([]);
  });
});
