import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { FaceFonts, type FaceFontSetting, type Script, type Weight } from './fonts.js';
import {
  DEFAULT_FACE_LAYOUT,
  FACE_CAPTIONS,
  FACE_FIELDS,
  type FaceBox,
  type FaceField,
  type FaceLayout,
  type FaceOffset,
  type FaceSlot,
} from './layout.js';

/**
 * R-CERT-02: the printed face of a 职业技能等级证书, one A4 page per certificate, as the handbook's 参考样式 (H 六(二))
 * and the 2022 style notice have it: title 职业技能等级证书 / Certificate of Occupational Skill Level, the statement
 * in Chinese and English, the fields with Chinese and English captions, the 1-inch photo, the centre's seal over the
 * issuing centre and the date, the national query addresses, and the certificate's own QR code (H 工作规则 §20(二)).
 * The job is written `--` when there is none and the level as `三级/高级工` (2022 notice).
 *
 * Two modes: `full` draws the whole face on plain paper; `overlay` (套打) draws only the variable parts at the
 * layout's positions, shifted by the printer's offset, onto the centre's pre-printed blank certificates. `trial`
 * prints one sheet with a light frame, a millimetre ruler and the field boxes, to line a printer up with the stock.
 *
 * A certificate without a photo is listed (`withoutPhoto`), not printed: the renderer refuses the whole run with
 * `CertificateFaceError` naming the numbers, so a caller cannot print a face with an empty photo box by mistake.
 * This module only draws: no data access, so a batch job and a benchmark call it the same way.
 */

export type CertificateLevel = 1 | 2 | 3 | 4 | 5;

/** The level as the 2022 notice writes it on the face (`三级/高级工`). */
export const LEVEL_LABELS: Record<CertificateLevel, string> = {
  1: '一级/高级技师',
  2: '二级/技师',
  3: '三级/高级工',
  4: '四级/中级工',
  5: '五级/初级工',
};

export function levelLabel(level: number): string {
  const label = LEVEL_LABELS[level as CertificateLevel];
  if (!label) throw new CertificateFaceError(`职业技能等级应为 1–5，而不是 ${level}`, []);
  return label;
}

/** What the face shows of one certificate. */
export interface CertificateFace {
  /** 22 characters (R-CERT-01), e.g. `Y000041019001221000001`. */
  number: string;
  name: string;
  /** 证件类型; default 居民身份证. */
  idType?: string;
  /** Printed as given: the caller masks it (R-PPL-02). */
  idNumberMasked: string;
  /** Not on the face (the handbook's sample has no 性别); carried for the caller's lists. */
  gender?: string | null;
  occupationName: string;
  /** 工种/职业方向; null or empty prints `--`. */
  jobName: string | null;
  level: CertificateLevel;
  /** `YYYY-MM-DD`, printed `2021年12月28日`. */
  issueDate: string;
  /** 评价机构 / 发证机构: `xxx职业技能等级认定中心`. */
  centreName: string;
  /** 1-inch colour photo on white (JPEG or PNG); null: the certificate is listed, not printed. */
  photo: Buffer | null;
  /** What the QR code says (the public verification link with the signature). */
  qrPayload: string;
  /** The English values where the centre has them: the centre's English name ends the English statement. */
  english?: { centreName?: string; name?: string; occupationName?: string; jobName?: string };
  /** 印制流水码 (optional, 2022 notice): printed `No.` + serial at the foot of a full face. */
  printSerial?: string | null;
}

/** The national query addresses (H 证书样式); a centre setting. H writes the second `pjig`, the national site is `pjjg`. */
export interface FaceQueryAddresses {
  /** 证书信息查询网址 (Certificate Information). */
  certificate: string;
  /** 机构信息查询网址 (Assessment Information). */
  assessment: string;
  /** 省级查询网址 (optional, 2022 notice). */
  provincial?: string | null;
}

export const DEFAULT_QUERY_ADDRESSES: FaceQueryAddresses = {
  certificate: 'http://jndj.osta.org.cn/',
  assessment: 'http://pjjg.osta.org.cn/',
};

export interface FaceOptions {
  /** `full`: the whole face on plain paper; `overlay`: 套打, only the variable parts on the pre-printed stock. */
  mode: 'full' | 'overlay';
  /** Positions in mm; default `DEFAULT_FACE_LAYOUT`. */
  layout?: FaceLayout;
  /** The printer's correction in mm, applied to everything drawn in `overlay` mode (plain paper needs none). */
  offset?: FaceOffset;
  /** One sheet only (the first certificate, or a sample when none is given) with frame, ruler and field boxes. */
  trial?: boolean;
  /** Which fonts (default LXGW WenKai + Times-Roman, fallback Noto Serif SC). */
  fonts?: FaceFontSetting;
  /** The centre's seal image (PNG with transparency), laid over the issuer and the date; null: none. */
  seal?: Buffer | null;
  queryAddresses?: FaceQueryAddresses;
}

/** The refusal of a print run: missing photos, an impossible level or number, an unreadable image. */
export class CertificateFaceError extends Error {
  constructor(
    message: string,
    /** The certificates concerned. */
    readonly numbers: string[],
  ) {
    super(message);
    this.name = 'CertificateFaceError';
  }
}

/** The certificates that cannot be printed yet because they have no photo (the batch print lists them). */
export function withoutPhoto<T extends Pick<CertificateFace, 'number' | 'photo'>>(certs: readonly T[]): T[] {
  return certs.filter((c) => !c.photo || c.photo.length === 0);
}

/** A made-up certificate for a trial print without data (the handbook's example number). */
export const SAMPLE_CERTIFICATE_FACE: CertificateFace = {
  number: 'Y000041019001221000001',
  name: '张三',
  idType: '居民身份证',
  idNumberMasked: '**************1234',
  occupationName: '电工',
  jobName: null,
  level: 3,
  issueDate: '2022-12-28',
  centreName: '×××职业技能等级认定中心',
  photo: null,
  qrPayload: 'Y000041019001221000001',
};

const PT_PER_MM = 72 / 25.4;
const pt = (mm: number) => mm * PT_PER_MM;

const FRAME = '#9a7b3a';
const INK = '#111111';
const GUIDE = '#5b8fd6';

function issueDateText(date: string, number: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new CertificateFaceError(`证书 ${number} 的发证日期应为 YYYY-MM-DD，而不是 ${date}`, [number]);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

function check(certs: readonly CertificateFace[]) {
  const missing = withoutPhoto(certs);
  if (missing.length > 0) {
    const numbers = missing.map((c) => c.number);
    const shown = numbers.slice(0, 10).join('、') + (numbers.length > 10 ? ` 等 ${numbers.length} 本` : '');
    throw new CertificateFaceError(`以下证书没有照片，不能打印（补齐照片后再印）：${shown}`, numbers);
  }
  for (const c of certs) {
    if (!/^[A-Z]\d{21}$/.test(c.number))
      throw new CertificateFaceError(`证书编号应为 1 位字母和 21 位数字：${c.number}`, [c.number]);
    if (!LEVEL_LABELS[c.level])
      throw new CertificateFaceError(`证书 ${c.number} 的职业技能等级应为 1–5，而不是 ${c.level}`, [c.number]);
    issueDateText(c.issueDate, c.number);
  }
}

/** A segment of a line: its text in one script (Chinese → 楷体, English → Times). */
interface Seg {
  text: string;
  script: Script;
  weight?: Weight;
  size?: number;
  underline?: boolean;
}

/** Punctuation a line may not start with (it hangs into the margin instead). */
const NO_START = new Set([...'，。、；：？！）》」』”’,.;:?!)]']);
/** Punctuation a line may not end with. */
const NO_END = new Set([...'（《「『“‘([']);

interface Token {
  text: string;
  script: Script;
  space: boolean;
  underline: boolean;
  width: number;
}

/** Draws text on one PDFKit document: runs per font, baselines aligned across fonts, mm coordinates. */
class Painter {
  private readonly registered = new Set<string>();
  /** Added to every x / y (mm): the printer's offset in overlay mode. */
  dx = 0;
  dy = 0;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FaceFonts,
  ) {}

  private use(key: string, src: unknown, size: number) {
    if (!this.registered.has(key)) {
      this.doc.registerFont(key, src as string);
      this.registered.add(key);
    }
    this.doc.font(key).fontSize(size);
  }

  /** Width in pt of a segment list at its sizes. */
  width(segs: Seg[], size: number, spacing = 0): number {
    let w = 0;
    for (const s of segs)
      for (const r of this.fonts.runs(s.text, s.script, s.weight ?? 'regular')) {
        this.use(r.key, r.src, s.size ?? size);
        w += this.doc.widthOfString(r.text, { characterSpacing: spacing });
      }
    return w;
  }

  /** Draws segments from x (pt, offset not applied) on the baseline; returns the x after them. */
  private drawAt(segs: Seg[], x: number, baseline: number, size: number, spacing = 0, color = INK): number {
    this.doc.fillColor(color);
    for (const s of segs) {
      const start = x;
      for (const r of this.fonts.runs(s.text, s.script, s.weight ?? 'regular')) {
        this.use(r.key, r.src, s.size ?? size);
        this.doc.text(r.text, x, baseline, { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing });
        x += this.doc.widthOfString(r.text, { characterSpacing: spacing });
      }
      if (s.underline) this.underline(start, x, baseline, s.size ?? size);
    }
    return x;
  }

  private underline(x1: number, x2: number, baseline: number, size: number) {
    const y = baseline + size * 0.18;
    this.doc.save().lineWidth(0.5).strokeColor(INK).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  /**
   * One line in a slot (mm): aligned in its width; shrunk (to 70 %, then no further) when it would not fit.
   * Returns the drawn extent in mm (for the trial boxes and tests).
   */
  line(segs: Seg[], slot: FaceSlot, o: { size: number; spacing?: number; color?: string; align?: FaceSlot['align'] }) {
    const base = slot.size ?? o.size;
    const spacing = o.spacing ?? 0;
    const maxW = pt(slot.w);
    let w = this.width(segs, base, spacing);
    let size = base;
    if (w > maxW) {
      // Too long for its slot: smaller type, down to 70 %, rather than running over the next part of the face.
      const k = Math.max(0.7, maxW / w);
      size = base * k;
      segs = segs.map((s) => (s.size ? { ...s, size: s.size * k } : s));
      w = this.width(segs, size, spacing);
    }
    const align = o.align ?? slot.align ?? 'left';
    const x0 = pt(slot.x + this.dx) + (align === 'center' ? (maxW - w) / 2 : align === 'right' ? maxW - w : 0);
    this.drawAt(segs, x0, pt(slot.y + this.dy), size, spacing, o.color);
    return { x: x0 / PT_PER_MM, w: w / PT_PER_MM };
  }

  /**
   * A wrapped paragraph from the baseline `slot.y` in `slot.w` (mm): Chinese breaks between characters, English
   * between words; closing punctuation may hang, opening punctuation never ends a line; lines but the last are
   * justified. Returns the last baseline (mm).
   */
  paragraph(segs: Seg[], slot: FaceSlot, o: { size: number; leading: number; indent?: number }): number {
    const size = slot.size ?? o.size;
    const tokens: Token[] = [];
    for (const s of segs) {
      const parts = s.text.match(/\s+|[^\s\u2e80-\uff60\uffe0-\u{10ffff}]+|[\s\S]/gu) ?? [];
      for (const p of parts) {
        const space = /^\s+$/.test(p);
        tokens.push({
          text: space ? ' ' : p,
          script: s.script,
          space,
          underline: !!s.underline,
          width: this.width([{ text: space ? ' ' : p, script: s.script }], size),
        });
      }
    }
    const maxW = pt(slot.w);
    const indent = (o.indent ?? 0) * size;
    const lines: Token[][] = [];
    let cur: Token[] = [];
    let w = indent;
    for (const t of tokens) {
      if (t.space && cur.length === 0) continue;
      const hangs = NO_START.has(t.text);
      if (!t.space && cur.length > 0 && w + t.width > maxW && !hangs) {
        // Opening punctuation moves down with the word it opens.
        const carry: Token[] = [];
        while (cur.length > 1 && NO_END.has(cur[cur.length - 1].text)) carry.unshift(cur.pop()!);
        while (cur.length > 0 && cur[cur.length - 1].space) cur.pop();
        lines.push(cur);
        cur = carry;
        w = carry.reduce((a, c) => a + c.width, 0);
      }
      cur.push(t);
      w += t.width;
    }
    while (cur.length > 0 && cur[cur.length - 1].space) cur.pop();
    if (cur.length > 0) lines.push(cur);

    const lead = pt(o.leading);
    let baseline = pt(slot.y + this.dy);
    lines.forEach((ln, i) => {
      const first = i === 0;
      const natural = ln.reduce((a, t) => a + t.width, 0) + (first ? indent : 0);
      const last = i === lines.length - 1;
      const spaces = ln.filter((t) => t.space).length;
      const gaps = spaces > 0 ? spaces : ln.length - 1;
      const extra = !last && gaps > 0 ? Math.max(0, maxW - natural) / gaps : 0;
      let x = pt(slot.x + this.dx) + (first ? indent : 0);
      let uStart: number | null = null;
      ln.forEach((t, j) => {
        if (t.underline && uStart === null) uStart = x;
        if (!t.space) this.drawAt([{ text: t.text, script: t.script }], x, baseline, size);
        x += t.width;
        const endU = uStart !== null && (!ln[j + 1]?.underline || j === ln.length - 1);
        if (endU) {
          this.underline(uStart!, x, baseline, size);
          uStart = null;
        }
        if (j < ln.length - 1 && (spaces > 0 ? t.space : true)) x += extra;
      });
      if (!last) baseline += lead;
    });
    return baseline / PT_PER_MM - this.dy;
  }

  /** A light dashed rectangle with a small label (trial print). */
  guide(b: FaceBox, label: string) {
    const d = this.doc;
    const x = pt(b.x + this.dx);
    const y = pt(b.y + this.dy);
    d.save().lineWidth(0.4).strokeColor(GUIDE).dash(2, { space: 1.5 }).rect(x, y, pt(b.w), pt(b.h)).stroke().undash();
    d.restore();
    this.drawAt([{ text: label, script: 'zh', size: 6.5 }], x + 1, y - 1.2, 6.5, 0, GUIDE);
  }
}

/** A text slot's box for the trial print: from the ascender to the descender of its line. */
function slotBox(s: FaceSlot, size: number): FaceBox {
  const sz = (s.size ?? size) / PT_PER_MM;
  return { x: s.x, y: s.y - sz * 0.92, w: s.w, h: sz * 1.22 };
}

function drawQr(doc: PDFKit.PDFDocument, payload: string, b: FaceBox, dx: number, dy: number) {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const side = Math.min(b.w, b.h);
  // A 2-module quiet zone inside the box: the face around it is white paper.
  const cell = pt(side) / (n + 4);
  const ox = pt(b.x + dx) + 2 * cell + (pt(b.w) - pt(side)) / 2;
  const oy = pt(b.y + dy) + 2 * cell;
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && qr.modules.get(r, c)) c++;
      doc.rect(ox + start * cell, oy + r * cell, (c - start) * cell, cell + 0.05);
    }
  }
  doc.fill(INK);
}

function drawImage(
  doc: PDFKit.PDFDocument,
  bytes: Buffer,
  b: FaceBox,
  dx: number,
  dy: number,
  what: string,
  n: string,
) {
  try {
    doc.image(bytes, pt(b.x + dx), pt(b.y + dy), { fit: [pt(b.w), pt(b.h)], align: 'center', valign: 'center' });
  } catch (e) {
    throw new CertificateFaceError(`${what}无法读取（应为 JPEG 或 PNG）：${(e as Error).message}`, [n]);
  }
}

/** The value printed in each field. */
function values(c: CertificateFace): Record<FaceField, Seg[]> {
  const zh = (text: string): Seg[] => [{ text, script: 'zh' }];
  return {
    name: zh(c.name),
    idType: zh(c.idType?.trim() || '居民身份证'),
    idNumber: [{ text: c.idNumberMasked, script: 'en' }],
    occupation: zh(c.occupationName),
    job: c.jobName?.trim() ? zh(c.jobName.trim()) : [{ text: '--', script: 'en' }],
    level: zh(LEVEL_LABELS[c.level]),
    number: [{ text: c.number, script: 'en' }],
  };
}

const ENGLISH_VALUE: Partial<Record<FaceField, keyof NonNullable<CertificateFace['english']>>> = {
  name: 'name',
  occupation: 'occupationName',
  job: 'jobName',
};

function drawTemplate(p: Painter, L: FaceLayout, c: CertificateFace, q: FaceQueryAddresses) {
  const d = p.doc;
  const T = L.template;
  const S = L.sizes;
  const W = pt(L.page.width);
  const H = pt(L.page.height);
  // The frame: a strong outer rule and a fine inner one, with small corner squares.
  const i1 = pt(T.frameInset);
  const i2 = i1 + pt(1.8);
  d.save()
    .strokeColor(FRAME)
    .lineWidth(1.6)
    .rect(i1, i1, W - 2 * i1, H - 2 * i1)
    .stroke();
  d.lineWidth(0.5)
    .rect(i2, i2, W - 2 * i2, H - 2 * i2)
    .stroke();
  const k = pt(3.2);
  for (const [x, y] of [
    [i2, i2],
    [W - i2 - k, i2],
    [i2, H - i2 - k],
    [W - i2 - k, H - i2 - k],
  ])
    d.rect(x, y, k, k).fill(FRAME);
  // A fine rule between the two halves.
  d.lineWidth(0.4)
    .moveTo(W / 2, pt(30))
    .lineTo(W / 2, H - pt(30))
    .stroke();
  d.restore();

  p.line([{ text: '职业技能等级证书', script: 'zh', weight: 'title' }], T.title, { size: S.title, spacing: 6 });
  p.line([{ text: 'Certificate of Occupational Skill Level', script: 'en', weight: 'title' }], T.titleEn, {
    size: S.titleEn,
    spacing: 0.4,
  });

  const zhEnd = p.paragraph(
    [
      { text: '本证书由', script: 'zh' },
      { text: c.centreName, script: 'zh', underline: true },
      { text: '颁发，表明持证人通过本机构组织的职业技能等级认定，具备该职业（工种）相应技能等级水平。', script: 'zh' },
    ],
    T.statement,
    { size: S.statement, leading: ((S.statement * 1.8) / 72) * 25.4, indent: 2 },
  );
  const enSize = T.statementEn.size ?? S.statement;
  p.paragraph(
    [
      {
        text:
          'This is to certify that the bearer has demonstrated corresponding competency in this occupation(job) ' +
          'for successful completion of the occupational skill level assessment organized by ',
        script: 'en',
      },
      { text: c.english?.centreName?.trim() || c.centreName, script: 'en', underline: true },
      { text: '.', script: 'en' },
    ],
    { ...T.statementEn, y: Math.max(T.statementEn.y, zhEnd + T.statementEn.gap + enSize / PT_PER_MM) },
    { size: S.statement, leading: ((enSize * 1.45) / 72) * 25.4 },
  );

  // The captions of the fields, Chinese with the English beneath.
  for (const f of FACE_FIELDS) {
    const v = L.fields[f];
    const cap = { x: T.captions.x, y: v.y, w: v.x - T.captions.x };
    p.line([{ text: `${FACE_CAPTIONS[f].zh}：`, script: 'zh' }], cap, { size: S.field });
    p.line([{ text: FACE_CAPTIONS[f].en, script: 'en' }], { ...cap, y: v.y + T.captions.enDy }, { size: S.caption });
  }

  // 发证日期： ends where the date begins; Issue date beneath it, as the field captions are.
  const dt = L.fields.issueDate;
  const dateCap: Seg[] = [{ text: '发证日期：', script: 'zh' }];
  const capW = p.width(dateCap, dt.size ?? S.field) / PT_PER_MM;
  p.line(dateCap, { x: dt.x - capW, y: dt.y, w: capW + 1 }, { size: S.field });
  p.line(
    [{ text: 'Issue date', script: 'en' }],
    { x: dt.x - capW, y: dt.y + T.issueDateCaption.enDy, w: 40 },
    { size: S.caption },
  );

  const lines: Seg[][] = [
    [
      { text: '证书信息查询网址', script: 'zh' },
      { text: '(Certificate Information): ', script: 'en' },
      { text: q.certificate, script: 'en' },
    ],
    [
      { text: '机构信息查询网址', script: 'zh' },
      { text: '(Assessment Information): ', script: 'en' },
      { text: q.assessment, script: 'en' },
    ],
  ];
  if (q.provincial?.trim())
    lines.push([
      { text: '省级查询网址', script: 'zh' },
      { text: '(Provincial Query): ', script: 'en' },
      { text: q.provincial.trim(), script: 'en' },
    ]);
  // A third address goes below the two, clear of the seal above them.
  lines.forEach((segs, i) => p.line(segs, { ...T.query, y: T.query.y + i * T.query.lineGap }, { size: S.small }));

  if (c.printSerial?.trim())
    p.line([{ text: `No.${c.printSerial.trim()}`, script: 'en' }], T.printSerial, { size: S.small });
}

function drawTrialGuides(p: Painter, L: FaceLayout, mode: FaceOptions['mode']) {
  const d = p.doc;
  const W = L.page.width;
  const H = L.page.height;
  // The sheet's edge as this printer places it, and a ruler every 10 mm along the top and the left.
  d.save().lineWidth(0.4).strokeColor('#b0b0b0');
  d.rect(pt(p.dx + 0.3), pt(p.dy + 0.3), pt(W - 0.6), pt(H - 0.6)).stroke();
  for (let x = 10; x < W; x += 10) {
    const long = x % 50 === 0 ? 4 : 2;
    d.moveTo(pt(p.dx + x), pt(p.dy))
      .lineTo(pt(p.dx + x), pt(p.dy + long))
      .stroke();
  }
  for (let y = 10; y < H; y += 10) {
    const long = y % 50 === 0 ? 4 : 2;
    d.moveTo(pt(p.dx), pt(p.dy + y))
      .lineTo(pt(p.dx + long), pt(p.dy + y))
      .stroke();
  }
  d.restore();
  const note = `试打印 · ${mode === 'overlay' ? '套打' : '整版'} · 偏移 X ${p.dx.toFixed(1)} mm, Y ${p.dy.toFixed(1)} mm`;
  p.line([{ text: note, script: 'zh', size: 7 }], { x: 6, y: H - 3, w: 120 }, { size: 7, color: GUIDE });
  const F = L.fields;
  const size = L.sizes.field;
  for (const f of FACE_FIELDS) p.guide(slotBox(F[f], size), FACE_CAPTIONS[f].zh);
  p.guide(slotBox(F.issueDate, size), '发证日期');
  if (mode === 'full' || L.overlay.issuer) p.guide(slotBox(F.issuer, size), '发证机构');
  if (mode === 'full' || L.overlay.photo) p.guide(F.photo, '照片 30×30 mm');
  if (mode === 'full' || L.overlay.qr) p.guide(F.qr, '二维码');
  if (mode === 'full' || L.overlay.seal) p.guide(F.seal, '印章');
}

function drawFace(p: Painter, L: FaceLayout, c: CertificateFace, o: FaceOptions, trial: boolean) {
  const full = o.mode === 'full';
  const F = L.fields;
  const S = L.sizes;
  if (full) drawTemplate(p, L, c, o.queryAddresses ?? DEFAULT_QUERY_ADDRESSES);

  const v = values(c);
  for (const f of FACE_FIELDS) {
    p.line(v[f], F[f], { size: S.field });
    const en = ENGLISH_VALUE[f] && c.english?.[ENGLISH_VALUE[f]!]?.trim();
    if (en)
      p.line([{ text: en, script: 'en' }], { ...F[f], y: F[f].y + L.template.captions.enDy }, { size: S.caption });
  }
  p.line([{ text: issueDateText(c.issueDate, c.number), script: 'zh' }], F.issueDate, { size: S.field });
  if (full || L.overlay.issuer) p.line([{ text: c.centreName, script: 'zh' }], F.issuer, { size: S.field });

  if (full || L.overlay.photo) {
    if (c.photo) drawImage(p.doc, c.photo, F.photo, p.dx, p.dy, `证书 ${c.number} 的照片`, c.number);
    else if (!trial) throw new CertificateFaceError(`证书 ${c.number} 没有照片，不能打印`, [c.number]);
  }
  if (full || L.overlay.qr) {
    drawQr(p.doc, c.qrPayload, F.qr, p.dx, p.dy);
    if (full)
      p.line(
        [
          { text: '扫码查验 ', script: 'zh', size: 7.5 },
          { text: 'Scan to verify', script: 'en', size: 7.5 },
        ],
        { x: F.qr.x - 5, y: F.qr.y + F.qr.h + 3.2, w: F.qr.w + 10, align: 'center' },
        { size: 7.5, color: '#444444' },
      );
  }
  // The seal goes on last: over the issuing centre's name and the date, as a stamp would.
  // Slightly translucent, as stamp ink lets the print beneath show through.
  if ((full || L.overlay.seal) && o.seal) {
    p.doc.save().opacity(0.85);
    drawImage(p.doc, o.seal, F.seal, p.dx, p.dy, '印章图片', c.number);
    p.doc.restore();
  }
}

/**
 * R-CERT-02: the faces of the given certificates, one A4 page each (one sheet for a trial print), as a PDF.
 * Refuses (CertificateFaceError, naming the numbers) when any certificate lacks a photo — see `withoutPhoto`.
 */
export async function renderCertificateFaces(certs: CertificateFace[], opts: FaceOptions): Promise<Buffer> {
  const layout = opts.layout ?? DEFAULT_FACE_LAYOUT;
  const trial = opts.trial === true;
  const list = trial ? [certs[0] ?? SAMPLE_CERTIFICATE_FACE] : certs;
  if (list.length === 0) throw new CertificateFaceError('没有要打印的证书', []);
  if (!trial) check(list);

  const doc = new PDFDocument({
    size: [pt(layout.page.width), pt(layout.page.height)],
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: trial ? '职业技能等级证书 试打印' : '职业技能等级证书',
      Author: list[0].centreName,
      Creator: '职业技能等级认定管理平台',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    const p = new Painter(doc, new FaceFonts(opts.fonts));
    if (opts.mode === 'overlay' && opts.offset) {
      p.dx = opts.offset.x;
      p.dy = opts.offset.y;
    }
    for (const c of list) {
      doc.addPage();
      if (trial) drawTrialGuides(p, layout, opts.mode);
      drawFace(p, layout, c, opts, trial);
    }
  } catch (e) {
    doc.end();
    await done.catch(() => undefined);
    throw e;
  }
  doc.end();
  return done;
}
