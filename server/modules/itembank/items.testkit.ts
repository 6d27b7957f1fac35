import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { blueprintNodes, blueprints, occupations } from '../../db/schema/index.js';
import type { TestApp } from '../../test/harness.js';
import type { ItemContent } from '../../../shared/itembank.js';

/** Builders for the items tests: a blueprint with its 鉴定点 straight in the database, item bodies, a .docx. */

let n = 0;

/**
 * A blueprint of the occupation (found or created, as the demo may hold one) with one range and `points` new 鉴定点
 * of unique codes; returns the blueprint id, the points' ids and codes.
 */
export async function makeBlueprint(
  t: TestApp,
  opts: { occupationCode?: string; level?: number; part?: 'theory' | 'skill'; points?: number } = {},
) {
  const db = t.database.db;
  const [occ] = await db
    .select()
    .from(occupations)
    .where(and(eq(occupations.code, opts.occupationCode ?? '6-31-01-03'), eq(occupations.edition, '2022')));
  const level = opts.level ?? 4;
  const part = opts.part ?? 'theory';
  let [bp] = await db
    .select()
    .from(blueprints)
    .where(and(eq(blueprints.occupationId, occ.id), eq(blueprints.level, level), eq(blueprints.part, part)));
  if (!bp) [bp] = await db.insert(blueprints).values({ occupationId: occ.id, level, part, source: '测试' }).returning();
  const tag = `K${process.pid % 1000}${++n}`;
  const [range] = await db
    .insert(blueprintNodes)
    .values({ blueprintId: bp.id, kind: 'range', code: `${tag}`, name: '测试范围', weight: 100 })
    .returning();
  const points: { id: string; code: string }[] = [];
  for (let i = 1; i <= (opts.points ?? 3); i++) {
    const [p] = await db
      .insert(blueprintNodes)
      .values({
        blueprintId: bp.id,
        parentId: range.id,
        kind: 'point',
        code: `${tag}-${i}`,
        name: `测试鉴定点${i}`,
        importance: 'X',
        sortOrder: i,
      })
      .returning();
    points.push({ id: p.id, code: p.code });
  }
  return { blueprintId: bp.id, occupationId: occ.id, points };
}

export const singleContent = (stem = '万用表测量电阻前应先（　）。'): ItemContent => ({
  type: 'single',
  stem,
  stemImageFileIds: [],
  options: [
    { key: 'A', text: '调零' },
    { key: 'B', text: '通电' },
    { key: 'C', text: '接地' },
    { key: 'D', text: '短路' },
  ],
  answer: ['A'],
});

export const itemBody = (blueprintId: string, pointId: string, content: ItemContent = singleContent()) => ({
  blueprintId,
  pointId,
  difficulty: 2,
  noShuffle: false,
  content,
});

/** A 1×1 PNG. */
export const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A minimal .docx whose paragraphs are the given lines; a line `[图]` becomes an inline picture (the 1×1 PNG)
 * in its own paragraph, which Word's readers attach to the stem or option above.
 */
export async function makeDocx(lines: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`,
  );
  zip.file('word/media/image1.png', PNG_1x1);
  const picture = `<w:r><w:drawing><wp:inline><wp:extent cx="9525" cy="9525"/><wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
  const body = lines
    .map((l) =>
      l === '[图]' ? `<w:p>${picture}</w:p>` : `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`,
    )
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A Word file of items in the writers' layout: `bad` questions lack their answer. */
export function wordLines(codes: string[], opts: { bad?: number[] } = {}): string[] {
  const [c1, c2, c3] = [codes[0], codes[1] ?? codes[0], codes[2] ?? codes[0]];
  const q = (nr: number, lines: string[]) => (opts.bad?.includes(nr) ? lines.filter((l) => !/^答案/.test(l)) : lines);
  return [
    '电工（四级）理论知识试题',
    '一、单项选择题',
    ...q(1, [
      '1. 万用表测量电阻前应先（　）。',
      'A.调零  B.通电',
      'C.接地  D.短路',
      '答案：A',
      '难度：易',
      `鉴定点：${c1}`,
    ]),
    ...q(2, [
      '2、下图所示元件是（　）。',
      '[图]',
      'A、电阻',
      'B、电容',
      'C、电感',
      'D、二极管',
      '答案：B',
      '难度：2',
      `鉴定点：${c2}`,
    ]),
    '二、多项选择题',
    ...q(3, [
      '（3）下列属于安全用具的有（　）。',
      'A.绝缘手套 B.验电器 C.螺丝刀 D.绝缘靴',
      '答案：ABD',
      '难度：中',
      `鉴定点：${c3}`,
    ]),
    '三、判断题',
    ...q(4, ['4. 带电作业时可以单人操作。', '答案：×', '难度：难', `鉴定点：${c1}`]),
  ];
}
