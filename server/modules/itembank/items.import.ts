import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { blueprintNodes } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { readSheet, writeWorkbook, type SheetColumn } from '../../http/sheet.js';
import { AppError } from '../../http/errors.js';
import type { ItemImportResult } from '../../../shared/itembank-items.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import { bankScope } from './bank.access.js';
import { readWordQuestions } from './items-word.import.js';
import { checkDraft, type DraftQuestion } from './items.rules.js';
import { blueprintAndPoint, codesOf, insertItem } from './items.service.js';

/** R-BANK-01: the Excel template of items (one row per item, one example row per type) and reading it back. */

const OPTION_KEYS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
const cell = z.string().max(5000);

export const itemColumns: SheetColumn[] = [
  { key: 'type', headers: ['题型'], required: true, schema: cell, width: 14 },
  { key: 'stem', headers: ['题干', '题目'], required: true, schema: cell, width: 40 },
  ...OPTION_KEYS.map((k) => ({ key: `option${k}`, headers: [`选项${k}`, k], schema: cell, width: 16 })),
  { key: 'answer', headers: ['答案', '正确答案'], schema: cell, width: 10 },
  { key: 'difficulty', headers: ['难度'], required: true, schema: cell, width: 8 },
  { key: 'point', headers: ['鉴定点', '鉴定点代码'], required: true, schema: cell, width: 12 },
  { key: 'explanation', headers: ['解析'], schema: cell, width: 20 },
  { key: 'noShuffle', headers: ['不打乱选项'], schema: z.enum(['', '是', '否'], { message: '应为“是”或“否”' }) },
  { key: 'enemyKey', headers: ['互斥组'], schema: z.string().max(50, '不超过 50 字'), width: 10 },
  { key: 'timeLimit', headers: ['时限（分钟）', '时限'], schema: cell, width: 10 },
  { key: 'overtimeRule', headers: ['超时规定'], schema: cell, width: 20 },
  { key: 'materials', headers: ['材料'], schema: cell, width: 20 },
  { key: 'equipment', headers: ['设备'], schema: cell, width: 20 },
  {
    key: 'steps',
    headers: ['评分表（每行：考核要素｜考核要求｜配分｜评分标准｜否决项）', '评分表'],
    schema: cell,
    width: 50,
  },
];

/** The template: one filled example per type, with the blueprint's first 鉴定点 code when known. */
export async function itemTemplateWorkbook(pointCode: string): Promise<Buffer> {
  const base = { difficulty: '中', point: pointCode, noShuffle: '否' };
  return writeWorkbook([
    {
      name: '试题',
      columns: itemColumns.map((c) => ({ header: c.headers[0], key: c.key, width: c.width })),
      rows: [
        {
          ...base,
          type: '单项选择题',
          stem: '万用表测量电阻前应先（　）。',
          optionA: '调零',
          optionB: '通电',
          optionC: '接地',
          optionD: '短路',
          answer: 'A',
          difficulty: '易',
        },
        {
          ...base,
          type: '多项选择题',
          stem: '下列属于安全用具的有（　）。',
          optionA: '绝缘手套',
          optionB: '验电器',
          optionC: '螺丝刀',
          optionD: '绝缘靴',
          answer: 'ABD',
        },
        { ...base, type: '判断题', stem: '带电作业时可以单人操作。', answer: '错', difficulty: '易' },
        {
          ...base,
          type: '操作技能试题',
          stem: '按图完成三相异步电动机正反转控制线路的安装与调试。',
          difficulty: '难',
          timeLimit: '90',
          overtimeRule: '每超时 1 分钟扣 1 分，超时 10 分钟停止操作',
          materials: '导线、接线端子',
          equipment: '电工实训台、万用表',
          steps:
            '元件安装｜布局合理、安装牢固｜20｜每处不合格扣 2 分｜否\n安全文明操作｜遵守安全规程｜0｜发生触电事故｜是',
        },
      ],
    },
  ]);
}

/** The rows of an uploaded item workbook, as questions to check (each cell issue named by row and column). */
export async function readItemSheet(bytes: Buffer): Promise<DraftQuestion[]> {
  const { rows, issues, columnLetters } = await readSheet(bytes, { columns: itemColumns, maxRows: 2000 });
  const where = (key: string, header: string) => `${columnLetters.get(key) ?? ''} 列（${header}）`;
  const byRow = new Map<number, string[]>();
  for (const i of issues) if (i.row) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i.message]);
  const fileIssue = issues.find((i) => !i.row);
  if (fileIssue) throw new AppError('VALIDATION', fileIssue.message, [fileIssue]);
  if (!rows.length) throw new AppError('VALIDATION', '文件：没有试题行', [{ field: 'file', message: '没有数据' }]);
  return rows.map((r) => {
    const v = r.values as Record<string, string | undefined>;
    const s = (k: string) => (v[k] ?? '').trim();
    const options = OPTION_KEYS.filter((k) => s(`option${k}`)).map((k) => ({
      key: k,
      text: s(`option${k}`),
      image: null,
    }));
    const skillFilled = ['timeLimit', 'overtimeRule', 'materials', 'equipment', 'steps'].some((k) => s(k));
    return {
      number: r.rowNumber,
      label: `第 ${r.rowNumber} 行`,
      typeText: s('type') || null,
      stem: s('stem'),
      stemImages: [],
      options,
      answerText: s('answer') || null,
      difficultyText: s('difficulty') || null,
      pointCode: s('point') || null,
      explanation: s('explanation') || null,
      noShuffle: s('noShuffle') === '是',
      enemyKey: s('enemyKey') || null,
      skill: skillFilled
        ? {
            timeLimit: s('timeLimit'),
            overtimeRule: s('overtimeRule'),
            materials: s('materials'),
            equipment: s('equipment'),
            steps: s('steps'),
          }
        : undefined,
      issues: (byRow.get(r.rowNumber) ?? []).map((m) => m.replace(/^第 \d+ 行 /, '')),
      where: {
        type: where('type', '题型'),
        stem: where('stem', '题干'),
        options: where('optionA', '选项A'),
        answer: where('answer', '答案'),
        difficulty: where('difficulty', '难度'),
        point: where('point', '鉴定点'),
        skill: where('steps', '评分表'),
      },
    };
  });
}

/**
 * R-BANK-01: an import (Excel or Word) previews what it would create; confirmed, it creates every question as a
 * draft authored by the importer in one transaction, or refuses the whole file while any question is bad.
 */
export async function importItems(
  db: Db,
  files: FileStore,
  opts: { actor: Actor | null; blueprintId: string; confirm: boolean; format: 'xlsx' | 'docx'; bytes: Buffer },
): Promise<ItemImportResult> {
  const scope = await bankScope(db, opts.actor, 'itembank.author');
  const actor = opts.actor!;
  const bp = await blueprintAndPoint(db, scope, opts.blueprintId);
  const drafts = opts.format === 'docx' ? await readWordQuestions(opts.bytes) : await readItemSheet(opts.bytes);
  const nodes = await db
    .select()
    .from(blueprintNodes)
    .where(and(eq(blueprintNodes.blueprintId, bp.id), eq(blueprintNodes.kind, 'point')));
  const points = new Map(nodes.map((n) => [n.code, n.id]));
  const checked = drafts.map((d) => {
    const c = checkDraft(d, points);
    if (c.ready && (c.ready.type === 'skill') !== (bp.part === 'skill')) {
      c.preview.issues.push(bp.part === 'skill' ? '操作技能细目表只收操作技能试题' : '理论知识细目表不收操作技能试题');
      delete c.ready;
    }
    return c;
  });
  const bad = checked.filter((c) => c.preview.issues.length);
  const result = {
    questions: checked.map((c) => c.preview),
    good: checked.length - bad.length,
    bad: bad.length,
  };
  if (!opts.confirm) return { ...result, confirmed: false, created: 0 };
  if (bad.length) {
    const lines = bad.map((c) => `${c.preview.label}：${c.preview.issues.join('，')}`);
    throw new AppError(
      'VALIDATION',
      `文件有 ${bad.length} 道题有错误，未导入任何试题。${lines.slice(0, 5).join('；')}${lines.length > 5 ? '……' : ''}`,
      bad.map((c) => ({
        row: c.preview.number,
        field: 'file',
        message: `${c.preview.label}：${c.preview.issues.join('，')}`,
      })),
    );
  }
  return db.transaction(async (tx) => {
    const codes = await codesOf(tx, bp.id);
    const created: string[] = [];
    for (const d of drafts) {
      // Images of the Word file become bank files (purpose item.image: bank roles only).
      const images = [...d.stemImages, ...d.options.flatMap((o) => (o.image ? [o.image] : []))];
      const ids: string[] = [];
      for (const [i, img] of images.entries()) {
        const f = await files.record(tx, {
          bytes: img.bytes,
          name: `${d.label}-图${i + 1}.${img.mime.split('/')[1] ?? 'png'}`,
          mime: img.mime,
          ownerId: actor.userId,
          purpose: 'item.image',
        });
        ids.push(f.id);
      }
      const ready = checkDraft(d, points, ids).ready!;
      const { item } = await insertItem(
        tx,
        actor,
        { ...ready, blueprintId: bp.id, noShuffle: d.noShuffle, enemyKey: d.enemyKey },
        codes,
      );
      created.push(item.id);
    }
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'item',
      entityId: bp.id,
      after: { format: opts.format, blueprintId: bp.id, count: created.length, itemIds: created },
    });
    return { ...result, confirmed: true, created: created.length };
  });
}
