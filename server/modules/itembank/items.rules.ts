import { createHash } from 'node:crypto';
import {
  difficultyNames,
  itemContent,
  itemTypeNames,
  type Difficulty,
  type ItemContent,
  type ItemType,
} from '../../../shared/itembank.js';
import type { ImportQuestion } from '../../../shared/itembank-items.js';

/** Pure rules of items (R-BANK-01): content checks beyond the schema, the version hash, 题号, and imported questions. */

/** Canonical JSON: object keys sorted at every depth, so equal content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** R-BANK-01: a version's hash covers what a candidate sees and how it is scored (content, difficulty, no-shuffle). */
export function contentHash(content: ItemContent, difficulty: number, noShuffle: boolean): string {
  return createHash('sha256').update(canonicalJson({ content, difficulty, noShuffle })).digest('hex');
}

/** R-BANK-01: what the schema cannot say about an item's content (Chinese messages, each naming its field). */
export function contentIssues(content: ItemContent): string[] {
  const issues: string[] = [];
  if (content.type === 'single' || content.type === 'multiple') {
    const keys = content.options.map((o) => o.key);
    const expected = keys.map((_, i) => String.fromCharCode(65 + i));
    if (keys.join() !== expected.join()) issues.push(`选项：应依次为 ${expected.join('、')}`);
    content.options.forEach((o) => {
      if (!o.text.trim() && !o.imageFileId) issues.push(`选项 ${o.key}：内容不能为空`);
    });
    if (new Set(content.answer).size !== content.answer.length) issues.push('答案：选项重复');
    for (const a of content.answer) if (!keys.includes(a)) issues.push(`答案：${a} 不在选项中`);
  }
  if (content.type === 'skill') {
    if (skillPointsTotal(content) <= 0) issues.push('评分表：配分合计应大于 0');
    content.steps.forEach((s, i) => {
      const deducted = s.deductions.reduce((sum, d) => sum + d.points, 0);
      if (!s.veto && deducted > s.points)
        issues.push(`评分表第 ${i + 1} 步：扣分合计 ${deducted} 超过配分 ${s.points}`);
    });
  }
  return issues;
}

/** A skill task's 配分 sum (veto items carry no points of their own). */
export function skillPointsTotal(content: ItemContent): number {
  return content.type === 'skill' ? content.steps.reduce((sum, s) => sum + s.points, 0) : 0;
}

/** The next 题号 of a blueprint: T-0001 for theory items, S-0001 for skill tasks, after the highest in use. */
export function nextItemCode(type: ItemType, existing: string[]): string {
  const prefix = type === 'skill' ? 'S' : 'T';
  const max = existing
    .filter((c) => c.startsWith(`${prefix}-`))
    .reduce((m, c) => Math.max(m, Number(c.slice(2)) || 0), 0);
  return `${prefix}-${String(max + 1).padStart(4, '0')}`;
}

/** A short stem for lists (no key). */
export const stemPreview = (stem: string) => (stem.length > 80 ? `${stem.slice(0, 80)}…` : stem);

// ---- imported questions (Excel rows and Word questions) ----

/** An image found in an imported file (Word); kept as a file of purpose `item.image` when the import is confirmed. */
export interface ImportedImage {
  bytes: Buffer;
  mime: string;
}

/** One question as read from a file, before it is checked. */
export interface DraftQuestion {
  number: number;
  /** `第 7 题` (Word) or `第 7 行` (Excel). */
  label: string;
  typeText: string | null;
  stem: string;
  stemImages: ImportedImage[];
  options: { key: string; text: string; image: ImportedImage | null }[];
  answerText: string | null;
  difficultyText: string | null;
  pointCode: string | null;
  explanation: string | null;
  noShuffle: boolean;
  enemyKey: string | null;
  /** A skill task's fields (Excel only). */
  skill?: { timeLimit: string; overtimeRule: string; materials: string; equipment: string; steps: string };
  /** Problems found while reading (e.g. an option line before any stem). */
  issues: string[];
  /** For Excel: field → column label (`C 列（答案）`), so an issue names the cell. */
  where?: Partial<Record<'type' | 'stem' | 'options' | 'answer' | 'difficulty' | 'point' | 'skill', string>>;
}

const TYPE_WORDS: [RegExp, ItemType][] = [
  [/多(项)?选/, 'multiple'],
  [/单(项)?选|选择/, 'single'],
  [/判断/, 'truefalse'],
  [/操作|技能/, 'skill'],
];

/** 题型 from its Chinese name (单项选择题, 单选, 判断题…) or the code itself. */
export function typeOfText(s: string | null): ItemType | null {
  if (!s) return null;
  const t = s.trim();
  if ((Object.keys(itemTypeNames) as ItemType[]).includes(t as ItemType)) return t as ItemType;
  return TYPE_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

const TRUE_WORDS = ['对', '正确', '√', '✓', 'T', 'TRUE', '是', 'Y'];
const FALSE_WORDS = ['错', '错误', '×', '✗', 'X', 'F', 'FALSE', '否', 'N'];

/** 难度 as 易/中/难, 容易/较难…, or 1–3. */
export function difficultyOfText(s: string | null): Difficulty | null {
  const t = (s ?? '').trim();
  if (['1', '易', '容易', '简单'].includes(t)) return 1;
  if (['2', '中', '中等', '一般'].includes(t)) return 2;
  if (['3', '难', '困难', '较难'].includes(t)) return 3;
  return null;
}

export interface CheckedQuestion {
  preview: ImportQuestion;
  /** Present when the question has no issue. */
  ready?: { type: ItemType; content: ItemContent; difficulty: Difficulty; pointId: string };
}

const at = (d: DraftQuestion, field: keyof NonNullable<DraftQuestion['where']>, msg: string) =>
  d.where?.[field] ? `${d.where[field]}：${msg}` : msg;

/** R-BANK-01: checks an imported question against the item rules and the blueprint's 鉴定点 (by code). */
export function checkDraft(d: DraftQuestion, points: Map<string, string>, imageIds: string[] = []): CheckedQuestion {
  const issues = [...d.issues];
  const explicit = typeOfText(d.typeText);
  if (d.typeText && !explicit) issues.push(at(d, 'type', `题型“${d.typeText}”无法识别`));
  const answer = (d.answerText ?? '').trim();
  const letters = answer.toUpperCase().replace(/[\s,，、;；]/g, '');
  let type = explicit;
  if (!type) {
    if (d.skill) type = 'skill';
    else if (d.options.length === 0 && answer) type = 'truefalse';
    else if (/^[A-H]{2,}$/.test(letters)) type = 'multiple';
    else if (d.options.length) type = 'single';
  }
  if (!d.stem.trim() && !d.stemImages.length) issues.push(at(d, 'stem', '缺少题干'));
  if (!type) issues.push(at(d, 'type', '题型无法判断，请写明“题型：”'));
  if (!answer && type !== 'skill') issues.push(at(d, 'answer', '缺少答案'));
  const difficulty = difficultyOfText(d.difficultyText);
  if (!d.difficultyText?.trim()) issues.push(at(d, 'difficulty', '缺少难度'));
  else if (!difficulty) issues.push(at(d, 'difficulty', `难度“${d.difficultyText}”应为易、中、难或 1–3`));
  const pointId = d.pointCode ? points.get(d.pointCode.trim()) : undefined;
  if (!d.pointCode?.trim()) issues.push(at(d, 'point', '缺少鉴定点'));
  else if (!pointId) issues.push(at(d, 'point', `鉴定点“${d.pointCode}”不在该细目表中`));

  let content: ItemContent | null = null;
  let img = 0;
  const nextImage = () => imageIds[img++] ?? '00000000-0000-4000-8000-000000000000';
  const stemImageFileIds = d.stemImages.map(() => nextImage());
  const base = { stem: d.stem.trim(), stemImageFileIds, explanation: d.explanation?.trim() || null };
  if (type === 'single' || type === 'multiple') {
    const chosen = [...letters];
    if (d.options.length < 2) issues.push(at(d, 'options', '选项少于 2 个'));
    if (!answer) {
      // 缺少答案 is already listed.
    } else if (!/^[A-H]+$/.test(letters)) issues.push(at(d, 'answer', `答案“${answer}”应为选项字母`));
    else if (type === 'single' && chosen.length !== 1) issues.push(at(d, 'answer', '单项选择题只能有一个答案'));
    else if (type === 'multiple' && chosen.length < 2) issues.push(at(d, 'answer', '多项选择题至少有两个答案'));
    const options = d.options.map((o) => ({
      key: o.key,
      text: o.text.trim(),
      imageFileId: o.image ? nextImage() : null,
    }));
    content = { type, ...base, options, answer: chosen } as ItemContent;
  } else if (type === 'truefalse') {
    const up = answer.toUpperCase();
    const value = TRUE_WORDS.includes(up) ? true : FALSE_WORDS.includes(up) ? false : null;
    if (answer && value === null) issues.push(at(d, 'answer', `判断题答案“${answer}”应为“对”或“错”`));
    if (d.options.length) issues.push(at(d, 'options', '判断题不应有选项'));
    content = { type, ...base, answer: value ?? true };
  } else if (type === 'skill') {
    const s = d.skill;
    if (!s) issues.push(at(d, 'skill', '操作技能试题请用 Excel 模板导入（含评分表）'));
    else {
      const steps = s.steps
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => {
          const [element = '', requirement = '', points = '', criteria = '', veto = ''] = l.split(/[|｜]/);
          return {
            element: element.trim(),
            requirement: requirement.trim(),
            points: Number(points.trim()),
            criteria: criteria.trim(),
            deductions: [],
            veto: /^(是|否决|√|Y)/.test(veto.trim()),
          };
        });
      const list = (v: string) =>
        v
          .split(/[\n,，、;；]/)
          .map((x) => x.trim())
          .filter(Boolean);
      content = {
        type,
        ...base,
        timeLimitMinutes: Number(s.timeLimit),
        overtimeRule: s.overtimeRule.trim(),
        materials: list(s.materials),
        equipment: list(s.equipment),
        steps,
      };
    }
  }
  if (content) {
    const parsed = itemContent.safeParse(content);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const path = first?.path.join('.') ?? '';
      const field = /^steps/.test(path)
        ? '评分表'
        : /^timeLimit/.test(path)
          ? '时限'
          : /^options/.test(path)
            ? '选项'
            : /^answer/.test(path)
              ? '答案'
              : '内容';
      if (!issues.length) issues.push(at(d, type === 'skill' ? 'skill' : 'stem', `${field}格式不正确`));
    } else {
      content = parsed.data;
      for (const m of contentIssues(content)) if (!issues.includes(m)) issues.push(m);
    }
  }
  const preview: ImportQuestion = {
    number: d.number,
    label: d.label,
    type: type ?? null,
    typeName: type ? itemTypeNames[type] : null,
    stem: stemPreview(d.stem.trim()),
    options: d.options.map((o) => `${o.key}. ${o.text.trim()}${o.image ? '［图］' : ''}`),
    answer,
    difficultyName: difficulty ? difficultyNames[difficulty] : null,
    pointCode: d.pointCode?.trim() || null,
    images: d.stemImages.length + d.options.filter((o) => o.image).length,
    issues,
  };
  if (issues.length || !content || !type || !difficulty || !pointId) return { preview };
  return { preview, ready: { type, content, difficulty, pointId } };
}
