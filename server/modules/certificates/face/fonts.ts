import fs from 'node:fs';
import path from 'node:path';
import * as fontkit from 'fontkit';

/**
 * R-CERT-02: the face's fonts. Chinese is set in a 楷体-style face, English in a Times-like serif (H 证书样式).
 *
 * The default Chinese face is LXGW WenKai (霞鹜文楷, SIL OFL 1.1) from the npm package `lxgw-wenkai-webfont`, which
 * ships the font as WOFF2 pieces, each covering the characters its CSS file's `unicode-range` names. A CSS path as
 * the font setting loads such a split font (each piece parsed only when a character needs it); a .ttf/.otf/.woff/
 * .woff2 path loads one whole font. Characters the Chinese face lacks (rare characters in names) are drawn with the
 * fallback face, the Noto Serif SC that the other PDFs use. English is PDFKit's standard Times-Roman (no file, not
 * embedded: every PDF reader has it) or a font file.
 */

export interface FaceFontSetting {
  /** 楷体-style face for Chinese: a font file, or the CSS of a split web font. */
  chinese?: string;
  /** The same face's bold, for the title (default: LXGW WenKai Bold; the regular face when a file is given). */
  chineseTitle?: string;
  /** Times-like face for English: a standard PDF font name (`Times-Roman`) or a font file. */
  english?: string;
  /** English title face (default `Times-Bold` with the standard font, else the English face). */
  englishTitle?: string;
  /** For characters the Chinese face lacks. */
  fallback?: string;
}

const WENKAI = 'node_modules/lxgw-wenkai-webfont';
export const DEFAULT_FACE_FONTS: Required<FaceFontSetting> = {
  chinese: `${WENKAI}/lxgwwenkai-regular.css`,
  chineseTitle: `${WENKAI}/lxgwwenkai-bold.css`,
  english: 'Times-Roman',
  englishTitle: 'Times-Bold',
  fallback: 'node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
};

const STANDARD_FONTS = new Set([
  'Times-Roman',
  'Times-Bold',
  'Times-Italic',
  'Times-BoldItalic',
  'Helvetica',
  'Helvetica-Bold',
  'Courier',
]);

/** The part of fontkit's font this module uses (fontkit ships no types). */
interface KitFont {
  hasGlyphForCodePoint(cp: number): boolean;
}

/** One face: answers which registered font draws a code point. */
interface Face {
  /** The PDFKit font key (and its source) for a code point, or null when this face lacks it. */
  pick(cp: number): { key: string; src: string | KitFont } | null;
}

function readFont(file: string): KitFont {
  if (!fs.existsSync(file)) throw new Error(`证书字体文件不存在: ${file}`);
  const bytes = fs.readFileSync(file);
  const font = fontkit.create(bytes) as unknown as KitFont;
  if (bytes.subarray(0, 4).toString('latin1') === 'wOF2') embeddableWoff2(font as unknown as Woff2Font);
  return font;
}

/** fontkit's internals that the WOFF2 repair below touches (fontkit 2.0.4, pinned in package.json). */
interface Woff2Font {
  createSubset(): Woff2Subset;
  getGlyph(gid: number): {
    path: { commands: PathCommand[] };
    advanceWidth: number;
    _getMetrics(): { leftBearing: number };
  };
}
interface Woff2Subset {
  font: Woff2Font;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  _addGlyph(gid: number): number;
}

/**
 * PDFKit embeds a TrueType font by copying each used glyph's bytes out of the `glyf` table at its `loca` offset.
 * A WOFF2 file stores `glyf` transformed, so those bytes are not glyphs and the text prints invisible (it still
 * extracts as text). The repair: the subset re-encodes each glyph from its decoded outline (components flattened,
 * no hinting, which a PDF does not use). fontkit has such an encoder for variable fonts, but it fails in 2.0.4.
 */
function embeddableWoff2(font: Woff2Font) {
  const create = font.createSubset.bind(font);
  font.createSubset = () => {
    const sub = create();
    sub._addGlyph = function (this: Woff2Subset, gid: number) {
      const glyph = this.font.getGlyph(gid);
      const path = glyph.path;
      const bytes = encodeSimpleGlyph(path.commands);
      this.glyf.push(bytes);
      this.loca.offsets.push(this.offset);
      this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
      this.offset += bytes.length;
      return this.glyf.length - 1;
    };
    return sub;
  };
}

/** A whole font file. */
function fileFace(file: string): Face {
  const font = readFont(file);
  const key = `face:${file}`;
  return { pick: (cp) => (font.hasGlyphForCodePoint(cp) ? { key, src: font } : null) };
}

/** A split web font: @font-face rules with `src: url(...)` and `unicode-range`, each piece loaded when first needed. */
function splitFace(cssFile: string): Face {
  if (!fs.existsSync(cssFile)) throw new Error(`证书字体文件不存在: ${cssFile}`);
  const css = fs.readFileSync(cssFile, 'utf8');
  const dir = path.dirname(cssFile);
  const pieces: string[] = [];
  const byCodePoint = new Map<number, number>();
  for (const rule of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const url = /src:\s*url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(rule[1])?.[1];
    const range = /unicode-range:\s*([^;]+)/.exec(rule[1])?.[1];
    if (!url || !range) continue;
    const index = pieces.push(path.resolve(dir, url)) - 1;
    for (const part of range.split(',')) {
      const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
      if (!m) continue;
      const start = parseInt(m[1].replace(/\?/g, '0'), 16);
      const end = m[2] ? parseInt(m[2], 16) : m[1].includes('?') ? parseInt(m[1].replace(/\?/g, 'f'), 16) : start;
      for (let cp = start; cp <= end; cp++) if (!byCodePoint.has(cp)) byCodePoint.set(cp, index);
    }
  }
  if (pieces.length === 0) throw new Error(`证书字体 ${cssFile} 中没有 @font-face 规则`);
  const loaded = new Map<number, KitFont>();
  return {
    pick(cp) {
      const i = byCodePoint.get(cp);
      if (i === undefined) return null;
      let font = loaded.get(i);
      if (!font) loaded.set(i, (font = readFont(pieces[i])));
      // Each piece is its own font to PDFKit (same PostScript name, different glyphs): its own key.
      return { key: `face:${pieces[i]}`, src: font };
    },
  };
}

/** WinAnsi, what PDFKit's standard fonts can draw. */
const winAnsi = (cp: number) => (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff);

function standardFace(name: string): Face {
  return { pick: (cp) => (winAnsi(cp) ? { key: name, src: name } : null) };
}

const faces = new Map<string, Face>();
/** A face by its setting, parsed once per process (the pieces as they are needed). */
function face(setting: string): Face {
  let f = faces.get(setting);
  if (!f) {
    if (STANDARD_FONTS.has(setting)) f = standardFace(setting);
    else {
      const abs = path.resolve(setting);
      f = abs.toLowerCase().endsWith('.css') ? splitFace(abs) : fileFace(abs);
    }
    faces.set(setting, f);
  }
  return f;
}

export type Script = 'zh' | 'en';
export type Weight = 'regular' | 'title';

/** The face chains of one setting: Chinese → fallback; English → Chinese → fallback (for a Chinese name in it). */
export class FaceFonts {
  private readonly chains: Record<Script, Record<Weight, Face[]>>;

  constructor(setting: FaceFontSetting = {}) {
    const s = { ...DEFAULT_FACE_FONTS, ...setting };
    // A Chinese face given without its bold: the title uses the same face.
    const zhTitle = setting.chinese && !setting.chineseTitle ? s.chinese : s.chineseTitle;
    const enTitle = setting.english && !setting.englishTitle ? s.english : s.englishTitle;
    const zh = [face(s.chinese), face(s.fallback)];
    const zhBold = [face(zhTitle), face(s.chinese), face(s.fallback)];
    this.chains = {
      zh: { regular: zh, title: zhBold },
      en: { regular: [face(s.english), ...zh], title: [face(enTitle), ...zhBold] },
    };
  }

  /** Splits text into runs each drawn with one font. */
  runs(text: string, script: Script, weight: Weight): { text: string; key: string; src: string | KitFont }[] {
    const chain = this.chains[script][weight];
    const out: { text: string; key: string; src: string | KitFont }[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      let hit: { key: string; src: string | KitFont } | null = null;
      for (const f of chain) if ((hit = f.pick(cp))) break;
      // A character no face has: the first face's empty box, so the gap shows rather than vanishes.
      hit ??= chain[0].pick(0x4e00) ?? chain[1].pick(0x4e00) ?? { key: 'Times-Roman', src: 'Times-Roman' };
      const last = out[out.length - 1];
      if (last && last.key === hit.key) last.text += ch;
      else out.push({ text: ch, key: hit.key, src: hit.src });
    }
    return out;
  }
}

interface PathCommand {
  command: string;
  args: number[];
}

/**
 * A TrueType simple glyph from an outline (moveTo / lineTo / quadraticCurveTo / closePath in font units): every
 * point with plain 16-bit deltas and no instructions. An empty outline is an empty glyph (a space).
 */
export function encodeSimpleGlyph(commands: PathCommand[]): Uint8Array {
  const xs: number[] = [];
  const ys: number[] = [];
  const on: boolean[] = [];
  const ends: number[] = [];
  const close = () => {
    if (xs.length > 0 && (ends.length === 0 || ends[ends.length - 1] !== xs.length - 1)) ends.push(xs.length - 1);
  };
  const point = (x: number, y: number, onCurve: boolean) => {
    xs.push(Math.round(x));
    ys.push(Math.round(y));
    on.push(onCurve);
  };
  for (const c of commands) {
    const a = c.args;
    if (c.command === 'moveTo') {
      close();
      point(a[0], a[1], true);
    } else if (c.command === 'lineTo') point(a[0], a[1], true);
    else if (c.command === 'quadraticCurveTo') {
      point(a[0], a[1], false);
      point(a[2], a[3], true);
    } else if (c.command === 'bezierCurveTo') {
      // Not in TrueType outlines; approximated by one quadratic through the mean of the two control points.
      point((a[0] + a[2]) / 2, (a[1] + a[3]) / 2, false);
      point(a[4], a[5], true);
    } else if (c.command === 'closePath') close();
  }
  close();
  const n = xs.length;
  if (n === 0) return new Uint8Array(0);
  const size = 10 + 2 * ends.length + 2 + n + 4 * n;
  const buf = Buffer.alloc(size + ((4 - (size % 4)) % 4));
  let o = 0;
  buf.writeInt16BE(ends.length, o);
  buf.writeInt16BE(Math.min(...xs), (o += 2));
  buf.writeInt16BE(Math.min(...ys), (o += 2));
  buf.writeInt16BE(Math.max(...xs), (o += 2));
  buf.writeInt16BE(Math.max(...ys), (o += 2));
  o += 2;
  for (const e of ends) {
    buf.writeUInt16BE(e, o);
    o += 2;
  }
  buf.writeUInt16BE(0, o); // no instructions
  o += 2;
  for (let i = 0; i < n; i++) buf[o++] = on[i] ? 1 : 0;
  let last = 0;
  for (let i = 0; i < n; i++) {
    buf.writeInt16BE(xs[i] - last, o);
    last = xs[i];
    o += 2;
  }
  last = 0;
  for (let i = 0; i < n; i++) {
    buf.writeInt16BE(ys[i] - last, o);
    last = ys[i];
    o += 2;
  }
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
}
