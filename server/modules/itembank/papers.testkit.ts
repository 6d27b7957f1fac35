import { and, eq, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { blueprintNodes, blueprints, items, itemVersions, occupations } from '../../db/schema/index.js';
import type { Difficulty, Importance, ItemContent, ItemType, PlanSpec } from '../../../shared/itembank.js';
import { contentHash } from './items.rules.js';

/**
 * Test data of the plan and paper tests (not a test file): a blueprint with its ranges and points, and active
 * items with one current version each, written directly.
 */

export interface BankShape {
  /** Occupation code (edition 2022); default 电工. */
  occupationCode?: string;
  level: number;
  /** 鉴定比重 of the top-level ranges (%). */
  weights?: number[];
  pointsPerRange?: number;
  /** Active items per 鉴定点 and type. */
  perPoint?: Partial<Record<ItemType, number>>;
}

export interface TestBank {
  blueprintId: string;
  occupationId: string;
  ranges: { id: string; code: string; points: string[] }[];
  itemIds: string[];
}

let seq = 0;

export function contentOf(type: ItemType, stem: string): ItemContent {
  const options = ['A', 'B', 'C', 'D'].map((key) => ({ key, text: `${stem} 选项${key}` }));
  if (type === 'single') return { type, stem, stemImageFileIds: [], options, answer: ['B'] };
  if (type === 'multiple') return { type, stem, stemImageFileIds: [], options, answer: ['A', 'C'] };
  if (type === 'truefalse') return { type, stem, stemImageFileIds: [], answer: true };
  return {
    type: 'skill',
    stem,
    stemImageFileIds: [],
    timeLimitMinutes: 30,
    overtimeRule: '每超时 1 分钟扣 1 分',
    materials: [],
    equipment: [],
    steps: [{ element: '操作', requirement: '规范', points: 100, criteria: '按规范', deductions: [], veto: false }],
  };
}

/** A blueprint of the occupation and level (theory) with active items on every point. */
export async function makeBank(db: DbOrTx, shape: BankShape): Promise<TestBank> {
  const n = ++seq;
  const [occ] = await db
    .select()
    .from(occupations)
    .where(and(eq(occupations.edition, '2022'), eq(occupations.code, shape.occupationCode ?? '6-31-01-03')));
  const [bp] = await db
    .insert(blueprints)
    .values({ occupationId: occ.id, level: shape.level, part: 'theory', source: `测试细目表 ${n}` })
    .returning();
  const weights = shape.weights ?? [40, 35, 25];
  const perPoint = shape.perPoint ?? { single: 3, multiple: 1, truefalse: 1 };
  const ranges: TestBank['ranges'] = [];
  const itemIds: string[] = [];
  let code = 0;
  for (let r = 0; r < weights.length; r++) {
    const [range] = await db
      .insert(blueprintNodes)
      .values({
        blueprintId: bp.id,
        kind: 'range',
        code: `R${r + 1}`,
        name: `测试范围${r + 1}`,
        weight: weights[r],
        sortOrder: r,
      })
      .returning();
    const points: string[] = [];
    for (let p = 0; p < (shape.pointsPerRange ?? 6); p++) {
      const importance: Importance = p % 6 === 5 ? 'Y' : 'X';
      const [point] = await db
        .insert(blueprintNodes)
        .values({
          blueprintId: bp.id,
          parentId: range.id,
          kind: 'point',
          code: `R${r + 1}-${p + 1}`,
          name: `测试鉴定点${r + 1}-${p + 1}`,
          importance,
          sortOrder: p,
        })
        .returning();
      points.push(point.id);
      for (const [type, count] of Object.entries(perPoint) as [ItemType, number][])
        for (let k = 0; k < count; k++) {
          code++;
          const [item] = await db
            .insert(items)
            .values({
              blueprintId: bp.id,
              pointId: point.id,
              type,
              state: 'active',
              code: `T-${String(code).padStart(4, '0')}`,
            })
            .returning();
          const content = contentOf(type, `测试题 ${n}-${code}`);
          const difficulty = ((code % 4) + 1 === 4 ? 2 : (code % 4) + 1) as Difficulty; // 易:中:难 = 1:2:1
          const [v] = await db
            .insert(itemVersions)
            .values({
              itemId: item.id,
              version: 1,
              difficulty,
              content,
              contentHash: contentHash(content, difficulty, false),
            })
            .returning();
          await db.update(items).set({ currentVersionId: v.id }).where(eq(items.id, item.id));
          itemIds.push(item.id);
        }
    }
    ranges.push({ id: range.id, code: range.code, points });
  }
  return { blueprintId: bp.id, occupationId: occ.id, ranges, itemIds };
}

/** An occupation code of edition 2022 other than 电工 (for a bank an 电工 expert must not see). */
export async function otherOccupationCode(db: DbOrTx): Promise<string> {
  const [o] = await db
    .select({ code: occupations.code })
    .from(occupations)
    .where(and(eq(occupations.edition, '2022'), notInArray(occupations.code, ['6-31-01-03'])))
    .limit(1);
  return o.code;
}

/** A small plan over the bank's ranges: 6 single ×2, 2 multiple ×2, 2 TF ×2 (20 points), one per point. */
export function smallSpec(bank: TestBank, over: Partial<PlanSpec> = {}): PlanSpec {
  return {
    durationMinutes: 60,
    sections: [
      { type: 'single', count: 6, pointsEach: 2 },
      { type: 'multiple', count: 2, pointsEach: 2 },
      { type: 'truefalse', count: 2, pointsEach: 2 },
    ],
    ranges: bank.ranges.map((r, i) => ({ rangeId: r.id, count: [4, 3, 3][i] ?? 0 })),
    difficulty: { 1: 3, 2: 4, 3: 3 },
    minXPoints: 12,
    onePerPoint: true,
    maxOverlap: 1,
    maxExposure: 1,
    shuffleOptions: true,
    ...over,
  };
}
