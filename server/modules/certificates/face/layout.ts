import { z } from 'zod';

/**
 * R-CERT-02: where each part of the certificate face goes, in millimetres from the sheet's top-left corner.
 *
 * The default follows the handbook's 参考样式 (H 六(二)): an A4 sheet laid landscape in two halves, the left one
 * with the title, the statement in Chinese and English, the issuing centre over its seal with the issue date, and the
 * national query addresses; the right one with the 1-inch photo, the certificate's own QR code (H 工作规则 §20(二))
 * and the seven fields, each with its Chinese caption and the English one beneath. (The handbook's sample is that
 * two-column table; the 2022 style notice asks for a single A4 page.)
 *
 * 套打 (overlay) prints only the variable parts onto the centre's pre-printed blank certificates, so the centre adjusts
 * the positions to its stock and sets an X/Y offset per printer (each printer feeds the sheet a little differently).
 * A text slot's `y` is its baseline: the line a pre-printed underline sits on.
 */

/** A line of text: starts at `x` (or is centred / right-aligned in `w`), sits on the baseline `y`; size in pt. */
export interface FaceSlot {
  x: number;
  y: number;
  w: number;
  size?: number;
  align?: 'left' | 'center' | 'right';
}

/** A rectangle (photo, QR code, seal image). */
export interface FaceBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The variable fields: what 套打 prints. */
export const FACE_FIELDS = ['name', 'idType', 'idNumber', 'occupation', 'job', 'level', 'number'] as const;
export type FaceField = (typeof FACE_FIELDS)[number];

/** The captions of the fields as the handbook's sample writes them (Chinese, then English beneath). */
export const FACE_CAPTIONS: Record<FaceField, { zh: string; en: string }> = {
  name: { zh: '姓名', en: 'Name' },
  idType: { zh: '证件类型', en: 'ID Type' },
  idNumber: { zh: '证件号码', en: 'ID No.' },
  occupation: { zh: '职业名称', en: 'Occupation' },
  job: { zh: '工种/职业方向', en: 'Job' },
  level: { zh: '职业技能等级', en: 'Skill Level' },
  number: { zh: '证书编号', en: 'Certificate No.' },
};

export interface FaceLayout {
  /** The sheet in mm (A4 landscape 297 × 210 by default). */
  page: { width: number; height: number };
  /** Type sizes in pt (H: title 30 pt 楷体, fields 12 pt; the 2022 notice suggests 小四 = 12 pt). */
  sizes: { title: number; titleEn: number; statement: number; field: number; caption: number; small: number };
  /** The variable parts (both modes). */
  fields: Record<FaceField, FaceSlot> & {
    /** The issuing centre's name over its seal (评价机构 / 发证机构). */
    issuer: FaceSlot;
    /** The date after 发证日期：. */
    issueDate: FaceSlot;
    photo: FaceBox;
    qr: FaceBox;
    /** Where the seal image is laid, over the issuer and the date. */
    seal: FaceBox;
  };
  /** What 套打 prints besides the seven fields and the date (the blank stock may carry some of these already). */
  overlay: { photo: boolean; qr: boolean; issuer: boolean; seal: boolean };
  /** The printed parts of the face: drawn only on plain paper (mode `full`). */
  template: {
    title: FaceSlot;
    titleEn: FaceSlot;
    /** The Chinese statement's block (top baseline, wrapped in `w`); the English one follows `gap` mm below it. */
    statement: FaceSlot;
    statementEn: FaceSlot & { gap: number };
    /** The x of the field captions (the values are at their slots' x); the English caption is `enDy` mm lower. */
    captions: { x: number; enDy: number };
    /** 发证日期： and Issue date: the Chinese caption ends where the date begins; `Issue date` is `enDy` lower. */
    issueDateCaption: { enDy: number };
    /** The two (or three) query addresses, one line each from this baseline down, `lineGap` mm apart. */
    query: FaceSlot & { lineGap: number };
    /** 印制流水码 (optional, 2022 notice): `No.` + serial. */
    printSerial: FaceSlot;
    /** The decorative frame: inset from the sheet's edge, mm. */
    frameInset: number;
  };
}

const mm = z.number().min(-50).max(500);
const slot = z.object({
  x: mm,
  y: mm,
  w: z.number().positive().max(500),
  size: z.number().min(4).max(72).optional(),
  align: z.enum(['left', 'center', 'right']).optional(),
});
const box = z.object({ x: mm, y: mm, w: z.number().positive().max(500), h: z.number().positive().max(500) });

export const faceLayoutSchema = z.object({
  page: z.object({ width: z.number().min(50).max(500), height: z.number().min(50).max(500) }),
  sizes: z.object({
    title: z.number().min(8).max(72),
    titleEn: z.number().min(6).max(40),
    statement: z.number().min(6).max(24),
    field: z.number().min(6).max(24),
    caption: z.number().min(6).max(24),
    small: z.number().min(5).max(24),
  }),
  fields: z.object({
    name: slot,
    idType: slot,
    idNumber: slot,
    occupation: slot,
    job: slot,
    level: slot,
    number: slot,
    issuer: slot,
    issueDate: slot,
    photo: box,
    qr: box,
    seal: box,
  }),
  overlay: z.object({ photo: z.boolean(), qr: z.boolean(), issuer: z.boolean(), seal: z.boolean() }),
  template: z.object({
    title: slot,
    titleEn: slot,
    statement: slot,
    statementEn: slot.extend({ gap: z.number().min(0).max(50) }),
    captions: z.object({ x: mm, enDy: z.number().min(0).max(20) }),
    issueDateCaption: z.object({ enDy: z.number().min(0).max(20) }),
    query: slot.extend({ lineGap: z.number().min(0).max(30) }),
    printSerial: slot,
    frameInset: z.number().min(0).max(50),
  }),
}) satisfies z.ZodType<FaceLayout>;

/** A printer's correction in mm: +x moves everything right, +y moves it down. */
export interface FaceOffset {
  x: number;
  y: number;
}
export const faceOffsetSchema = z.object({
  x: z.number().min(-30).max(30),
  y: z.number().min(-30).max(30),
}) satisfies z.ZodType<FaceOffset>;

/** What the centre stores (the certificates module's settings): its layout and one offset per printer. */
export interface FaceLayoutSetting {
  layout: FaceLayout;
  printers: { name: string; offset: FaceOffset }[];
}
export const faceLayoutSettingSchema = z
  .object({
    layout: faceLayoutSchema,
    printers: z.array(z.object({ name: z.string().trim().min(1).max(100), offset: faceOffsetSchema })).max(50),
  })
  .refine((s) => new Set(s.printers.map((p) => p.name)).size === s.printers.length, {
    message: '打印机名称重复',
    path: ['printers'],
  }) satisfies z.ZodType<FaceLayoutSetting>;

/** The offset stored for a printer; none (0, 0) for a printer without one. */
export function offsetFor(setting: FaceLayoutSetting, printer: string | null | undefined): FaceOffset {
  return setting.printers.find((p) => p.name === printer)?.offset ?? { x: 0, y: 0 };
}

/** Field rows on the right half: the first baseline and the distance between rows. */
const ROW0 = 76;
const ROW = 15.5;
const VALUE_X = 200;
const VALUE_W = 82;
const row = (i: number): FaceSlot => ({ x: VALUE_X, y: ROW0 + i * ROW, w: VALUE_W });

/** The default: A4 landscape, the handbook's sample in two halves. */
export const DEFAULT_FACE_LAYOUT: FaceLayout = {
  page: { width: 297, height: 210 },
  sizes: { title: 30, titleEn: 15, statement: 12, field: 12, caption: 11, small: 10 },
  fields: {
    name: row(0),
    idType: row(1),
    idNumber: row(2),
    occupation: row(3),
    job: row(4),
    level: row(5),
    number: row(6),
    issuer: { x: 50, y: 148, w: 92, align: 'center' },
    issueDate: { x: 91.5, y: 158, w: 48 },
    photo: { x: 164, y: 24, w: 30, h: 30 },
    qr: { x: 252, y: 24, w: 30, h: 30 },
    seal: { x: 76, y: 131, w: 40, h: 40 },
  },
  overlay: { photo: true, qr: true, issuer: false, seal: false },
  template: {
    title: { x: 18, y: 48, w: 128, align: 'center' },
    titleEn: { x: 18, y: 58, w: 128, align: 'center' },
    statement: { x: 26, y: 76, w: 112 },
    statementEn: { x: 26, y: 0, w: 112, gap: 5 },
    captions: { x: 164, enDy: 5.2 },
    issueDateCaption: { enDy: 5.2 },
    query: { x: 26, y: 180, w: 116, lineGap: 5.5 },
    printSerial: { x: 232, y: 194, w: 50, align: 'right' },
    frameInset: 8,
  },
};
