import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import {
  blueprintNodes,
  blueprints,
  custodyDuties,
  documentTransfers,
  itemVersions,
  items,
  occupations,
  users,
} from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import { chinaToday, addDays } from '../../../shared/dates.js';
import {
  itemContent,
  type BankPart,
  type Difficulty,
  type ItemContent,
  type ItemState,
} from '../../../shared/itembank.js';
import { recordAudit } from '../audit/audit.service.js';
import { insertDemoExpertTerms } from '../people/staff.demo.js';
import { batchChoices } from '../plans/plans.reads.js';
import { demoCncSkillRanges, demoCncSkillTasks, demoCncTheoryRanges } from './demo-cnc.data.js';
import { demoSkillRanges, demoSkillTasks } from './demo-skill.data.js';
import { demoNurseryRanges, demoProgrammerRanges } from './demo-small.data.js';
import { demoTheoryRanges, type DemoPoint, type DemoRange } from './demo-theory.data.js';
import { contentHash } from './items.rules.js';
import { seedDemoPapers } from './papers.demo.js';

/**
 * The demo centre's item bank (demo mode, first start only): 电工 (2022 edition, 6-31-01-03, the demo batches'
 * occupation) level 4 — a 理论知识 blueprint of 8 鉴定范围 and 60 鉴定点 with 14 active items each (840, written by
 * 高振华 `zhuanjia`, reviewed by 林雅琴 `zhuanjia2`), a few drafts, a retired item and a pair of enemy items; an
 * 操作技能 blueprint with three skill tasks; two duty records and two hand-overs. Then 数控机床装调维修工 (6-20-03-01)
 * level 4, the exam-tomorrow batch's occupation: its experts' terms (the same two logins) and a 理论知识 blueprint of
 * 8 鉴定范围 and 43 鉴定点 with 14 active items each (602), an 操作技能 blueprint with two skill tasks. Then the plans
 * and the published papers (`papers.demo.ts`). And small 理论知识 banks of drafts for the other demo batches'
 * occupations (`demo-small.data.ts`).
 */
export const DEMO_BANK = { edition: '2022', code: '6-31-01-03', level: 4 } as const;
/** The exam-tomorrow batch's occupation and level (`seedDemoExamTomorrow`). */
export const DEMO_CNC_BANK = { edition: '2022', code: '6-20-03-01', level: 4 } as const;

export async function seedDemoItemBank(db: Db) {
  const [existing] = await db.select({ id: blueprints.id }).from(blueprints).limit(1);
  if (existing) return;
  const people = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, ['zhuanjia', 'zhuanjia2', 'kaowu', 'tiku']));
  const idOf = (u: string) => people.find((p) => p.username === u)?.id;
  const authorId = idOf('zhuanjia');
  const reviewerId = idOf('zhuanjia2');
  if (!authorId || !reviewerId) return; // not the demo centre
  await db.transaction(async (tx) => {
    await insertDemoBank(tx, { authorId, reviewerId });
    await insertDemoCustody(tx, idOf('kaowu') ?? null);
    await insertDemoCncBank(tx, { authorId, reviewerId });
    const tiku = idOf('tiku');
    if (tiku) await insertDemoSmallBanks(tx, tiku);
  });
  await seedDemoPapers(db);
}

interface NewItem {
  pointCode: string;
  type: ItemContent['type'];
  state: ItemState;
  difficulty: Difficulty;
  content: ItemContent;
  enemyKey?: string;
}

/** Inserts both blueprints with their nodes and items (batch inserts, one `seed` audit row per blueprint). */
export async function insertDemoBank(
  tx: DbOrTx,
  opts: { authorId: string; reviewerId: string },
): Promise<{ theoryId: string; skillId: string; occupationId: string }> {
  const [occupation] = await tx
    .select({ id: occupations.id })
    .from(occupations)
    .where(and(eq(occupations.edition, DEMO_BANK.edition), eq(occupations.code, DEMO_BANK.code)));
  if (!occupation) throw new Error(`demo bank: occupation ${DEMO_BANK.code} (${DEMO_BANK.edition}) missing`);
  seedCounter = 0;
  const enemies = (code: string, i: number) =>
    // Two items that give each other away (the Y-Δ starting current and the Y-Δ phase voltage) never share a form.
    (code === 'D06' && i === 1) || (code === 'E11' && i === 3) ? '星三角降压启动电流与电压' : undefined;
  const theory = [...demoTheoryRanges.flatMap((r) => theoryItems(r, enemies)), ...extraTheoryItems()];
  const bank = { level: DEMO_BANK.level, source: '电工国家职业技能标准（2018 年版）四级/中级工' };
  const theoryId = await insertBlueprint(tx, occupation.id, bank, 'theory', demoTheoryRanges, theory, opts);
  const skillId = await insertBlueprint(
    tx,
    occupation.id,
    bank,
    'skill',
    demoSkillRanges,
    skillItems(demoSkillTasks),
    opts,
  );
  return { theoryId, skillId, occupationId: occupation.id };
}

/**
 * The exam-tomorrow batch's bank: 数控机床装调维修工 四级, 14 active items on each of the 43 鉴定点 and two skill
 * tasks, written by the first expert and reviewed by the second — so both are first made experts of the occupation
 * (R-PPL-07; demo server only, the test template keeps them experts of 电工 alone).
 */
export async function insertDemoCncBank(
  tx: DbOrTx,
  opts: { authorId: string; reviewerId: string },
): Promise<{ theoryId: string; skillId: string; occupationId: string } | null> {
  const [occupation] = await tx
    .select({ id: occupations.id, name: occupations.name })
    .from(occupations)
    .where(and(eq(occupations.edition, DEMO_CNC_BANK.edition), eq(occupations.code, DEMO_CNC_BANK.code)));
  if (!occupation) return null;
  const { edition, code } = DEMO_CNC_BANK;
  await insertDemoExpertTerms(tx, ['zhuanjia', 'zhuanjia2'], { edition, code, name: occupation.name }, chinaToday());
  seedCounter = 0;
  const theory = demoCncTheoryRanges.flatMap((r) => theoryItems(r, () => undefined));
  const bank = {
    level: DEMO_CNC_BANK.level,
    source: '机床装调维修工国家职业技能标准（数控机床装调维修工）四级/中级工',
  };
  const theoryId = await insertBlueprint(tx, occupation.id, bank, 'theory', demoCncTheoryRanges, theory, opts);
  const skill = skillItems(demoCncSkillTasks);
  const skillId = await insertBlueprint(tx, occupation.id, bank, 'skill', demoCncSkillRanges, skill, opts);
  return { theoryId, skillId, occupationId: occupation.id };
}

/** The items a small bank takes from each point: 2 single choice, 2 multiple choice, 2 true/false. */
const SMALL_BANK_ITEMS = [0, 1, 8, 9, 11, 12];

/**
 * Small 理论知识 banks of 计算机程序设计员 and 保育师 level 4: 20 鉴定点 with 6 items each, all drafts written by the
 * bank's administrator — the demo centre has no expert of these occupations to author or review them (R-PPL-07).
 */
export async function insertDemoSmallBanks(tx: DbOrTx, authorId: string) {
  const banks = [
    { code: '4-04-05-01', ranges: demoProgrammerRanges, source: '计算机程序设计员国家职业技能标准 四级/中级工' },
    { code: '4-10-01-03', ranges: demoNurseryRanges, source: '保育师国家职业技能标准 四级/中级工' },
  ];
  const ids: string[] = [];
  for (const b of banks) {
    const [occupation] = await tx
      .select({ id: occupations.id })
      .from(occupations)
      .where(and(eq(occupations.edition, '2022'), eq(occupations.code, b.code)));
    if (!occupation) continue;
    seedCounter = 0;
    const drafts = b.ranges.flatMap((r) =>
      r.points.flatMap((_, i) =>
        pointItems(r, i, () => undefined)
          .filter((_, k) => SMALL_BANK_ITEMS.includes(k))
          .map((it): NewItem => ({ ...it, state: 'draft' })),
      ),
    );
    const bank = { level: 4, source: b.source };
    ids.push(
      await insertBlueprint(tx, occupation.id, bank, 'theory', b.ranges, drafts, { authorId, reviewerId: authorId }),
    );
  }
  return ids;
}

const skillItems = (tasks: { point: string; difficulty: Difficulty; content: ItemContent }[]): NewItem[] =>
  tasks.map((t) => ({
    pointCode: t.point,
    type: 'skill',
    state: 'active',
    difficulty: t.difficulty,
    content: t.content,
  }));

async function insertBlueprint(
  tx: DbOrTx,
  occupationId: string,
  bank: { level: number; source: string },
  part: BankPart,
  ranges: DemoRange[],
  list: NewItem[],
  opts: { authorId: string; reviewerId: string },
) {
  const [bp] = await tx
    .insert(blueprints)
    .values({
      occupationId,
      level: bank.level,
      part,
      source: bank.source,
      createdBy: opts.authorId,
    })
    .returning();
  const nodes: (typeof blueprintNodes.$inferInsert)[] = [];
  const pointIds = new Map<string, string>();
  ranges.forEach((r, i) => {
    const rangeId = randomUUID();
    nodes.push({
      id: rangeId,
      blueprintId: bp.id,
      kind: 'range',
      code: r.code,
      name: r.name,
      weight: r.weight,
      sortOrder: i + 1,
    });
    r.points.forEach((pt, j) => {
      const id = randomUUID();
      pointIds.set(pt.code, id);
      nodes.push({
        id,
        blueprintId: bp.id,
        parentId: rangeId,
        kind: 'point',
        code: pt.code,
        name: pt.name,
        importance: pt.importance,
        sortOrder: j + 1,
      });
    });
  });
  await tx.insert(blueprintNodes).values(nodes);
  const now = new Date();
  const itemRows: (typeof items.$inferInsert)[] = [];
  const versionRows: (typeof itemVersions.$inferInsert)[] = [];
  const prefix = part === 'skill' ? 'S' : 'T';
  list.forEach((it, i) => {
    const id = randomUUID();
    const versionId = randomUUID();
    const content = itemContent.parse(it.content);
    const reviewed = it.state !== 'draft';
    itemRows.push({
      id,
      blueprintId: bp.id,
      pointId: pointIds.get(it.pointCode)!,
      type: it.type,
      state: it.state,
      code: `${prefix}-${String(i + 1).padStart(4, '0')}`,
      currentVersionId: versionId,
      authorId: opts.authorId,
      reviewerId: reviewed ? opts.reviewerId : null,
      reviewedAt: reviewed ? now : null,
      reviewNote: it.state === 'retired' ? '与现行标准表述不一致，停用' : null,
      enemyKey: it.enemyKey ?? null,
    });
    versionRows.push({
      id: versionId,
      itemId: id,
      version: 1,
      difficulty: it.difficulty,
      noShuffle: false,
      content,
      contentHash: contentHash(content, it.difficulty, false),
      createdBy: opts.authorId,
    });
  });
  for (let i = 0; i < itemRows.length; i += 400) await tx.insert(items).values(itemRows.slice(i, i + 400));
  for (let i = 0; i < versionRows.length; i += 400) await tx.insert(itemVersions).values(versionRows.slice(i, i + 400));
  await recordAudit(tx, systemActor, {
    action: 'seed',
    entity: 'blueprint',
    entityId: bp.id,
    after: {
      part,
      level: bank.level,
      ranges: ranges.length,
      points: pointIds.size,
      items: list.length,
      active: list.filter((x) => x.state === 'active').length,
    },
  });
  return bp.id;
}

// ——— theory items from the facts of each 鉴定点 ———

interface Facts {
  singles: { stem: string; right: string; wrong: string[] }[];
  multiple: { stem: string; options: { text: string; right: boolean }[] };
  trues: string[];
  falses: string[];
}

function factsOf(pt: DemoPoint): Facts {
  const lines = pt.facts
    .trim()
    .split('\n')
    .map((l) => l.trim());
  const choice = lines.filter((l) => !/^[+-]/.test(l)).map((l) => l.split('|'));
  const bare = (s: string) => s.slice(1).replace(/。$/, '');
  const [m, ...mOptions] = choice[2];
  return {
    singles: choice.slice(0, 2).map(([stem, right, ...wrong]) => ({ stem, right, wrong })),
    multiple: {
      stem: m,
      options: mOptions.map((o) => ({ text: o.replace(/^#/, ''), right: !o.startsWith('#') })),
    },
    trues: lines.filter((l) => l.startsWith('+')).map(bare),
    falses: lines.filter((l) => l.startsWith('-')).map(bare),
  };
}

const LETTERS = 'ABCDEFGH';
/** A fixed arrangement of `xs` by `seed` (rotation, and reversal on odd seeds): the key is not always A. */
function arrange<T>(xs: T[], seed: number): T[] {
  const k = seed % xs.length;
  const rotated = [...xs.slice(k), ...xs.slice(0, k)];
  return seed % 2 ? rotated.reverse() : rotated;
}

function single(stem: string, right: string, wrong: string[], seed: number): ItemContent {
  const options = arrange(
    [{ text: right, right: true }, ...wrong.slice(0, 3).map((text) => ({ text, right: false }))],
    seed,
  );
  return {
    type: 'single',
    stem,
    stemImageFileIds: [],
    options: options.map((o, i) => ({ key: LETTERS[i], text: o.text })),
    answer: [LETTERS[options.findIndex((o) => o.right)]],
  };
}

function multiple(stem: string, given: { text: string; right: boolean }[], seed: number): ItemContent {
  const options = arrange(given, seed);
  return {
    type: 'multiple',
    stem,
    stemImageFileIds: [],
    options: options.map((o, i) => ({ key: LETTERS[i], text: o.text })),
    answer: options.flatMap((o, i) => (o.right ? [LETTERS[i]] : [])),
  };
}

const judge = (statement: string, answer: boolean): ItemContent => ({
  type: 'truefalse',
  stem: `${statement}。`,
  stemImageFileIds: [],
  answer,
});

let seedCounter = 0;

/** 14 items of one 鉴定点: 8 single choice, 3 multiple choice, 3 true/false; difficulty 易 4, 中 7, 难 3. */
function pointItems(range: DemoRange, index: number, enemyKey: EnemyKey): NewItem[] {
  const pt = range.points[index];
  const f = factsOf(pt);
  const sib = [1, 2, 3].map((d) => factsOf(range.points[(index + d) % range.points.length]));
  const s = () => ++seedCounter;
  const right = (t: string) => ({ text: t, right: true });
  const wrong = (t: string) => ({ text: t, right: false });
  const list: [ItemContent, Difficulty][] = [
    [single(f.singles[0].stem, f.singles[0].right, f.singles[0].wrong, s()), 1],
    [single(f.singles[1].stem, f.singles[1].right, f.singles[1].wrong, s()), 2],
    [single('下列说法中，正确的是（ ）。', f.trues[0], [sib[0].falses[0], sib[1].falses[0], sib[2].falses[1]], s()), 1],
    [single('下列说法中，正确的是（ ）。', f.trues[1], [sib[0].falses[1], sib[2].falses[0], sib[1].falses[1]], s()), 2],
    [single('下列说法中，错误的是（ ）。', f.falses[0], [sib[0].trues[0], sib[1].trues[1], sib[2].trues[0]], s()), 2],
    [single('下列说法中，错误的是（ ）。', f.falses[1], [sib[0].trues[1], sib[1].trues[0], sib[2].trues[1]], s()), 2],
    [
      single(`关于${pt.name}，下列说法正确的是（ ）。`, f.trues[0], [f.falses[0], f.falses[1], sib[0].falses[0]], s()),
      3,
    ],
    [single(`关于${pt.name}，下列说法错误的是（ ）。`, f.falses[1], [f.trues[0], f.trues[1], sib[1].trues[0]], s()), 3],
    [multiple(f.multiple.stem, f.multiple.options, s()), 2],
    [
      multiple(
        `关于${pt.name}，下列说法正确的有（ ）。`,
        [right(f.trues[0]), right(f.trues[1]), wrong(f.falses[0]), wrong(f.falses[1])],
        s(),
      ),
      2,
    ],
    [
      multiple(
        '下列说法中，错误的有（ ）。',
        [wrong(f.trues[1]), right(f.falses[0]), wrong(sib[0].trues[0]), right(f.falses[1])],
        s(),
      ),
      3,
    ],
    [judge(f.trues[0], true), 1],
    [judge(f.falses[0], false), 1],
    [index % 2 ? judge(f.trues[1], true) : judge(f.falses[1], false), 2],
  ];
  return list.map(([content, difficulty], i) => ({
    pointCode: pt.code,
    type: content.type,
    state: 'active',
    difficulty,
    content,
    enemyKey: enemyKey(pt.code, i),
  }));
}

/** The enemy key of a point's i-th item, if it has one. */
type EnemyKey = (pointCode: string, i: number) => string | undefined;

function theoryItems(range: DemoRange, enemyKey: EnemyKey): NewItem[] {
  return range.points.flatMap((_, i) => pointItems(range, i, enemyKey));
}

/** Three drafts by 高振华 waiting for review, and one retired item. */
function extraTheoryItems(): NewItem[] {
  return [
    {
      pointCode: 'E06',
      type: 'single',
      state: 'draft',
      difficulty: 1,
      content: single('热继电器动作后的复位方式有手动复位和（ ）复位两种。', '自动', ['延时', '电磁', '远程'], 2),
    },
    {
      pointCode: 'H04',
      type: 'truefalse',
      state: 'draft',
      difficulty: 1,
      content: judge('剩余电流动作保护器的试验按钮用于模拟漏电，检查保护器能否可靠动作', true),
    },
    {
      pointCode: 'F03',
      type: 'multiple',
      state: 'draft',
      difficulty: 2,
      content: multiple(
        '用兆欧表测量电动机绕组对地绝缘电阻时，接线正确的是（ ）。',
        [
          { text: 'L 端接电动机绕组', right: true },
          { text: 'E 端接电动机外壳', right: true },
          { text: 'L 端接电动机外壳', right: false },
          { text: 'G 端接电动机绕组', right: false },
        ],
        0,
      ),
    },
    {
      pointCode: 'B07',
      type: 'single',
      state: 'retired',
      difficulty: 1,
      content: single('我国工频交流电的周期为（ ）。', '0.02 s', ['0.2 s', '0.01 s', '2 s'], 3),
    },
  ];
}

// ——— custody registers ———

/** Two duty records (a day shift and a night shift of the same papers) and two hand-overs (R-BANK-03). */
export async function insertDemoCustody(tx: DbOrTx, recordedBy: string | null) {
  const batch = (await batchChoices(tx)).find((b) => b.title.includes('电工')) ?? null;
  const today = chinaToday();
  const yesterday = addDays(today, -1);
  const at = (day: string, time: string) => new Date(`${day}T${time}:00+08:00`);
  const subject = '电工 四级理论知识试卷（A、B 卷）';
  const duties = await tx
    .insert(custodyDuties)
    .values([
      {
        subject,
        batchId: batch?.id ?? null,
        startsAt: at(yesterday, '08:00'),
        endsAt: at(yesterday, '20:00'),
        keeper1: '陈立新',
        keeper2: '马晓燕',
        sealIntact: true,
        count: 6,
        note: '试卷入库，清点 6 袋，封条完好',
        recordedBy,
      },
      {
        subject,
        batchId: batch?.id ?? null,
        startsAt: at(yesterday, '20:00'),
        endsAt: at(today, '08:00'),
        keeper1: '赵国强',
        keeper2: '孙丽',
        sealIntact: true,
        count: 6,
        note: '夜班无异常',
        recordedBy,
      },
    ])
    .returning({ id: custodyDuties.id });
  const transfers = await tx
    .insert(documentTransfers)
    .values([
      {
        documentName: subject,
        batchId: batch?.id ?? null,
        transferredAt: at(yesterday, '07:40'),
        place: '认定中心试卷保密室',
        keeper: '刘考务',
        receiver: '陈立新',
        leader: '张主任',
        count: 6,
        sealIntact: true,
        note: '印制完成后入库',
        recordedBy,
      },
      {
        documentName: '电工 四级操作技能试题及评分记录表',
        batchId: batch?.id ?? null,
        transferredAt: at(today, '07:30'),
        place: '实训楼一楼考务办公室',
        keeper: '赵国强',
        receiver: '王考评（主考）',
        leader: '张主任',
        count: 2,
        sealIntact: true,
        note: null,
        recordedBy,
      },
    ])
    .returning({ id: documentTransfers.id });
  for (const d of duties)
    await recordAudit(tx, systemActor, { action: 'seed', entity: 'custody_duty', entityId: d.id });
  for (const t of transfers)
    await recordAudit(tx, systemActor, { action: 'seed', entity: 'document_transfer', entityId: t.id });
}
