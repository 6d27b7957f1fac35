import mammoth from 'mammoth';
import { AppError } from '../../http/errors.js';
import type { DraftQuestion, ImportedImage } from './items.rules.js';

/**
 * R-BANK-01: reads a Word (.docx) file in the layout question writers use: numbered stems (`1.`, `1、`, `（1）`),
 * options `A.`…`H.` (also `A、`, several on one line), lines `答案：`, `难度：`, `鉴定点：`, `解析：`, `题型：`, and
 * section headings (`一、单项选择题`). mammoth turns the document into paragraphs; images stay with the stem or
 * option they sit in.
 */

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

interface Paragraph {
  text: string;
  images: ImportedImage[];
  listItem: boolean;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

async function paragraphsOf(bytes: Buffer): Promise<Paragraph[]> {
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC))
    throw new AppError('VALIDATION', '文件：不是 Word（.docx）文件；旧版 .doc 请在 Word 中“另存为” .docx 后再上传', [
      { field: 'file', message: '不是 .docx 文件' },
    ]);
  const images: ImportedImage[] = [];
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        convertImage: mammoth.images.imgElement(async (image) => {
          images.push({ bytes: Buffer.from(await image.read('base64'), 'base64'), mime: image.contentType });
          return { src: `img:${images.length - 1}` };
        }),
      },
    );
    html = result.value;
  } catch {
    throw new AppError('VALIDATION', '文件：Word 文件已损坏或无法读取', [{ field: 'file', message: '无法读取' }]);
  }
  const out: Paragraph[] = [];
  for (const m of html.matchAll(/<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const inner = m[2];
    const imgs = [...inner.matchAll(/<img[^>]*src="img:(\d+)"/g)].map((x) => images[Number(x[1])]);
    const text = decodeEntities(inner.replace(/<br\s*\/?>/g, '\n').replace(/<[^>]+>/g, '')).trim();
    for (const [i, line] of text.split('\n').entries())
      out.push({ text: line.trim(), images: i === 0 ? imgs : [], listItem: m[1] === 'li' });
    if (!text && imgs.length) out[out.length - 1].images = imgs;
  }
  return out;
}

const HEADING = /^[一二三四五六七八九十]+\s*[、.．]\s*(.+?)(?:[（(].*)?$/;
const QUESTION = /^(?:(\d{1,4})\s*[.．、](?!\d)|[（(](\d{1,4})[）)])\s*(.*)$/;
const OPTION_START = /^([A-H])\s*[.．、:：]\s*/;
const OPTION_SPLIT = /(?:^|\s+)([A-H])\s*[.．、]\s*/g;
const FIELD = /^(答案|正确答案|难度|鉴定点|解析|题型)\s*[：:]\s*(.*)$/;

/** Splits `A.电阻 B.电容  C.电感` into options. */
function splitOptions(line: string): { key: string; text: string }[] {
  const marks = [...line.matchAll(OPTION_SPLIT)];
  return marks.map((m, i) => ({
    key: m[1],
    text: line.slice(m.index! + m[0].length, i + 1 < marks.length ? marks[i + 1].index : undefined).trim(),
  }));
}

/** The questions of a Word file, in order, with what could not be read listed on each. */
export async function readWordQuestions(bytes: Buffer): Promise<DraftQuestion[]> {
  const paragraphs = await paragraphsOf(bytes);
  const questions: DraftQuestion[] = [];
  let sectionType: string | null = null;
  let q: DraftQuestion | null = null;
  const start = (number: number, stem: string, images: ImportedImage[]) => {
    q = {
      number,
      label: `第 ${number} 题`,
      typeText: sectionType,
      stem,
      stemImages: images,
      options: [],
      answerText: null,
      difficultyText: null,
      pointCode: null,
      explanation: null,
      noShuffle: false,
      enemyKey: null,
      issues: [],
    };
    questions.push(q);
  };
  for (const p of paragraphs) {
    if (!p.text && !p.images.length) continue;
    const heading = HEADING.exec(p.text);
    if (heading && /题/.test(heading[1]) && !FIELD.test(p.text)) {
      sectionType = heading[1].trim();
      q = null;
      continue;
    }
    const question = QUESTION.exec(p.text);
    if (question) {
      start(Number(question[1] ?? question[2]), question[3], p.images);
      continue;
    }
    const cur = q as DraftQuestion | null;
    const field = FIELD.exec(p.text);
    if (field && cur) {
      const value = field[2].trim();
      if (field[1] === '答案' || field[1] === '正确答案') cur.answerText = value;
      else if (field[1] === '难度') cur.difficultyText = value;
      else if (field[1] === '鉴定点') cur.pointCode = value;
      else if (field[1] === '解析') cur.explanation = value;
      else cur.typeText = value;
      continue;
    }
    if (OPTION_START.test(p.text) && cur) {
      const opts = splitOptions(p.text);
      opts.forEach((o, i) =>
        cur.options.push({ key: o.key, text: o.text, image: i === opts.length - 1 ? (p.images[0] ?? null) : null }),
      );
      continue;
    }
    // Word's own list numbering drops the number from the text: a list item that is nothing else starts a question.
    if (p.listItem && !cur?.options.length && (!cur || cur.answerText !== null)) {
      start((questions.at(-1)?.number ?? 0) + 1, p.text, p.images);
      continue;
    }
    if (!cur) continue; // a title or note above the first question
    if (cur.options.length) {
      const last = cur.options[cur.options.length - 1];
      last.text = `${last.text}${p.text ? `\n${p.text}` : ''}`;
      if (p.images.length && !last.image) last.image = p.images[0];
    } else {
      cur.stem = cur.stem ? `${cur.stem}\n${p.text}` : p.text;
      cur.stemImages.push(...p.images);
    }
  }
  if (!questions.length)
    throw new AppError('VALIDATION', '文件：没有找到试题（题干应以“1.”“1、”或“（1）”开头）', [
      { field: 'file', message: '没有试题' },
    ]);
  return questions;
}
