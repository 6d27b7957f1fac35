import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CertificateFaceError,
  levelLabel,
  renderCertificateFaces,
  withoutPhoto,
  type CertificateFace,
  type FaceOptions,
} from './face.pdf.js';
import { encodeSimpleGlyph } from './fonts.js';
import { DEFAULT_FACE_LAYOUT, faceLayoutSchema, faceLayoutSettingSchema, offsetFor } from './layout.js';

const POPPLER = fs.existsSync('/usr/bin/pdftotext') && fs.existsSync('/usr/bin/pdftoppm');
const withPoppler = POPPLER ? it : it.skip;
const MM = 72 / 25.4;

let photo: Buffer;
let seal: Buffer;
beforeAll(async () => {
  photo = await sharp({ create: { width: 250, height: 350, channels: 3, background: '#ffffff' } })
    .composite([
      {
        input: Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="250" height="350"><circle cx="125" cy="130" r="60" ' +
            'fill="#6b5a4e"/><ellipse cx="125" cy="330" rx="110" ry="95" fill="#2d3e5c"/></svg>',
        ),
      },
    ])
    .jpeg()
    .toBuffer();
  seal = await sharp(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><circle cx="150" cy="150" r="140" ' +
        'fill="none" stroke="#d0021b" stroke-width="10"/></svg>',
    ),
  )
    .png()
    .toBuffer();
});

function cert(over: Partial<CertificateFace> = {}): CertificateFace {
  return {
    number: 'Y000041019001221000001',
    name: '欧阳明轩',
    idType: '居民身份证',
    idNumberMasked: '**************1234',
    occupationName: '电工',
    jobName: null,
    level: 3,
    issueDate: '2022-12-28',
    centreName: '郑州工业职业技术学院职业技能等级认定中心',
    photo,
    qrPayload: 'https://cert.example.edu.cn/v?n=Y000041019001221000001&s=abcdefghijklmnop',
    ...over,
  };
}

function tmpPdf(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'face-')), 'face.pdf');
  fs.writeFileSync(file, pdf);
  return file;
}

/** The text in drawing order (`-raw`), so a wrapped paragraph reads through. */
function text(pdf: Buffer): string {
  return execFileSync('/usr/bin/pdftotext', ['-raw', tmpPdf(pdf), '-'], { encoding: 'utf8' });
}
/** Whitespace removed: pdftotext splits Chinese drawn in runs of several font pieces. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Words with their boxes in pt (pdftotext -bbox). */
function words(pdf: Buffer): { text: string; xMin: number; yMin: number; xMax: number; yMax: number }[] {
  const html = execFileSync('/usr/bin/pdftotext', ['-bbox', tmpPdf(pdf), '-'], { encoding: 'utf8' });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5] }));
}

/** Dark pixels in a rectangle (mm) of page 1, rendered in grey at 72 dpi: is anything visibly printed there? */
function darkPixels(pdf: Buffer, r: { x: number; y: number; w: number; h: number }): number {
  const dpi = 72;
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const out = execFileSync(
    '/usr/bin/pdftoppm',
    ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-x', String(px(r.x)), '-y', String(px(r.y))].concat([
      '-W',
      String(px(r.w)),
      '-H',
      String(px(r.h)),
      tmpPdf(pdf),
    ]),
  );
  // PGM: "P5\n<w> <h>\n255\n" then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(out.subarray(0, 40).toString('latin1'))!;
  const pixels = out.subarray(header[0].length);
  let n = 0;
  for (const v of pixels) if (v < 160) n++;
  return n;
}

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('R-CERT-02 certificate face', () => {
  it('R-CERT-02: one A4 page per certificate', async () => {
    const pdf = await renderCertificateFaces(
      [cert(), cert({ number: 'Y000041019001221000002', name: '李四' }), cert({ number: 'Y000041019001221000003' })],
      { mode: 'full', seal },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages(pdf)).toBe(3);
    // A4 landscape (297 × 210 mm) by default.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.8897\d* 595\.2755\d*\]/);
  });

  it('R-CERT-02: the level is written as the 2022 notice has it', () => {
    expect([1, 2, 3, 4, 5].map(levelLabel)).toEqual([
      '一级/高级技师',
      '二级/技师',
      '三级/高级工',
      '四级/中级工',
      '五级/初级工',
    ]);
    expect(() => levelLabel(6)).toThrow(CertificateFaceError);
  });

  withPoppler(
    'R-CERT-02: the full face carries the title, statement, fields, `--` for no job and the query addresses',
    async () => {
      const pdf = await renderCertificateFaces([cert()], {
        mode: 'full',
        seal,
        queryAddresses: { certificate: 'http://jndj.osta.org.cn/', assessment: 'http://pjig.osta.org.cn/' },
      });
      const t = text(pdf);
      const s = squeeze(t);
      expect(t).toContain('Certificate of Occupational Skill Level');
      expect(s).toContain('职业技能等级证书');
      expect(t).toContain('Y000041019001221000001');
      expect(s).toContain('欧阳明轩');
      expect(s).toContain('三级/高级工');
      expect(s).toContain('本证书由郑州工业职业技术学院职业技能等级认定中心颁发');
      expect(t).toContain('This is to certify that the bearer');
      expect(t).toContain('**************1234');
      expect(s).toContain('2022年12月28日');
      expect(t).toContain('http://pjig.osta.org.cn/');
      for (const caption of ['姓名', '证件类型', '证件号码', '职业名称', '工种/职业方向', '职业技能等级', '证书编号'])
        expect(s).toContain(caption);
      for (const en of [
        'Name',
        'ID Type',
        'ID No.',
        'Occupation',
        'Job',
        'Skill Level',
        'Certificate No.',
        'Issue date',
      ])
        expect(t).toContain(en);
      // The job: `--` when there is none, the name when there is one.
      const job = words(pdf).find((w) => w.text === '--');
      expect(job).toBeDefined();
      expect(job!.xMin).toBeCloseTo(DEFAULT_FACE_LAYOUT.fields.job.x * MM, 0);
      const withJob = squeeze(text(await renderCertificateFaces([cert({ jobName: '数控车工' })], { mode: 'full' })));
      expect(withJob).toContain('数控车工');
      expect(withJob).not.toContain('--');
    },
  );

  withPoppler('R-CERT-02: the Chinese face is really drawn (the WOFF2 font pieces embed visible glyphs)', async () => {
    // The title's area: 30 pt 楷体 on the left half.
    const titleArea = { x: 20, y: 36, w: 124, h: 14 };
    const full = await renderCertificateFaces([cert()], { mode: 'full' });
    expect(darkPixels(full, titleArea)).toBeGreaterThan(400);
    // The name's value, Chinese only: visible too.
    const f = DEFAULT_FACE_LAYOUT.fields.name;
    expect(darkPixels(full, { x: f.x, y: f.y - 5, w: 30, h: 6 })).toBeGreaterThan(40);
    const overlay = await renderCertificateFaces([cert()], { mode: 'overlay' });
    expect(darkPixels(overlay, titleArea)).toBe(0);
  });

  withPoppler('R-CERT-02: a character the 楷体 face lacks is drawn with the fallback face', async () => {
    const pdf = await renderCertificateFaces([cert({ name: '刘䶮' })], { mode: 'full' });
    expect(squeeze(text(pdf))).toContain('刘䶮');
    const fonts = execFileSync('/usr/bin/pdffonts', [tmpPdf(pdf)], { encoding: 'utf8' });
    expect(fonts).toContain('LXGWWenKai-Regular');
    expect(fonts).toContain('NotoSerifSC');
  });

  withPoppler('R-CERT-02: overlay (套打) prints the fields without the printed parts of the face', async () => {
    const pdf = await renderCertificateFaces([cert()], { mode: 'overlay', seal });
    const t = text(pdf);
    const s = squeeze(t);
    expect(t).not.toContain('Certificate of Occupational Skill Level');
    expect(s).not.toContain('职业技能等级证书');
    expect(s).not.toContain('姓名');
    expect(t).not.toContain('osta.org.cn');
    expect(t).toContain('Y000041019001221000001');
    expect(s).toContain('欧阳明轩');
    expect(s).toContain('三级/高级工');
    expect(s).toContain('2022年12月28日');
    expect(t).toContain('--');
  });

  withPoppler('R-CERT-02: a printer offset of +5 mm moves every field by 5 mm', async () => {
    const at = async (offset: FaceOptions['offset']) =>
      words(await renderCertificateFaces([cert()], { mode: 'overlay', offset }));
    const base = await at({ x: 0, y: 0 });
    const right = await at({ x: 5, y: 0 });
    const down = await at({ x: 0, y: 5 });
    const num = (ws: typeof base) => ws.find((w) => w.text === 'Y000041019001221000001')!;
    const id = (ws: typeof base) => ws.find((w) => w.text === '**************1234')!;
    expect(num(base).xMin).toBeCloseTo(DEFAULT_FACE_LAYOUT.fields.number.x * MM, 0);
    for (const pick of [num, id]) {
      expect(pick(right).xMin - pick(base).xMin).toBeCloseTo(5 * MM, 1);
      expect(pick(right).yMin - pick(base).yMin).toBeCloseTo(0, 1);
      expect(pick(down).yMin - pick(base).yMin).toBeCloseTo(5 * MM, 1);
      expect(pick(down).xMin - pick(base).xMin).toBeCloseTo(0, 1);
    }
    // Plain paper needs no correction: the full face ignores the offset.
    const full = words(await renderCertificateFaces([cert()], { mode: 'full', offset: { x: 5, y: 5 } }));
    expect(num(full).xMin).toBeCloseTo(num(base).xMin, 1);
  });

  withPoppler('R-CERT-02: a custom layout moves a field to its millimetres', async () => {
    const layout = structuredClone(DEFAULT_FACE_LAYOUT);
    layout.fields.number = { ...layout.fields.number, x: 120, y: 100 };
    const w = words(await renderCertificateFaces([cert()], { mode: 'overlay', layout })).find(
      (x) => x.text === 'Y000041019001221000001',
    )!;
    expect(w.xMin).toBeCloseTo(120 * MM, 0);
    // y is the baseline: the word's box lies above it, its descent just below.
    expect(w.yMin).toBeLessThan(100 * MM);
    expect(w.yMax).toBeGreaterThan(100 * MM - 2);
  });

  withPoppler('R-CERT-02: a trial print is one sheet with the guides, even for a batch and without data', async () => {
    const trial = await renderCertificateFaces([cert(), cert({ number: 'Y000041019001221000002' })], {
      mode: 'overlay',
      trial: true,
      offset: { x: 1.5, y: -2 },
    });
    expect(pages(trial)).toBe(1);
    const s = squeeze(text(trial));
    expect(s).toContain('试打印');
    expect(s).toContain('偏移X1.5mm,Y-2.0mm');
    expect(s).toContain('欧阳明轩');
    // Without certificates: the sample face, with an empty photo box rather than a refusal.
    const sample = await renderCertificateFaces([], { mode: 'overlay', trial: true });
    expect(pages(sample)).toBe(1);
    expect(text(sample)).toContain('Y000041019001221000001');
  });

  it('R-CERT-02: a certificate without a photo is listed, not printed', async () => {
    const certs = [
      cert(),
      cert({ number: 'Y000041019001221000002', photo: null }),
      cert({ number: 'Y000041019001221000003', photo: Buffer.alloc(0) }),
    ];
    expect(withoutPhoto(certs).map((c) => c.number)).toEqual(['Y000041019001221000002', 'Y000041019001221000003']);
    const err = await renderCertificateFaces(certs, { mode: 'full' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CertificateFaceError);
    expect((err as CertificateFaceError).message).toContain('Y000041019001221000002');
    expect((err as CertificateFaceError).numbers).toEqual(['Y000041019001221000002', 'Y000041019001221000003']);
    // The rest print once the listed ones are set aside.
    const rest = certs.filter((c) => !withoutPhoto(certs).includes(c));
    expect(pages(await renderCertificateFaces(rest, { mode: 'overlay' }))).toBe(1);
  });

  it('R-CERT-02: an impossible number, level, date or photo is refused with the number', async () => {
    await expect(renderCertificateFaces([cert({ number: 'Y00004101' })], { mode: 'full' })).rejects.toThrow(
      /Y00004101/,
    );
    await expect(renderCertificateFaces([cert({ level: 7 as 3 })], { mode: 'full' })).rejects.toThrow(/1–5/);
    await expect(renderCertificateFaces([cert({ issueDate: '28/12/2022' })], { mode: 'full' })).rejects.toThrow(
      /YYYY-MM-DD/,
    );
    const err = await renderCertificateFaces([cert({ photo: Buffer.from('not an image') })], { mode: 'full' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CertificateFaceError);
    expect((err as CertificateFaceError).numbers).toEqual(['Y000041019001221000001']);
  });

  it('R-CERT-02: the layout setting (layout + an offset per printer) is validated', () => {
    expect(faceLayoutSchema.parse(DEFAULT_FACE_LAYOUT)).toEqual(DEFAULT_FACE_LAYOUT);
    const setting = faceLayoutSettingSchema.parse({
      layout: DEFAULT_FACE_LAYOUT,
      printers: [{ name: '教务处 HP M404', offset: { x: 1.2, y: -0.8 } }],
    });
    expect(offsetFor(setting, '教务处 HP M404')).toEqual({ x: 1.2, y: -0.8 });
    expect(offsetFor(setting, '别的打印机')).toEqual({ x: 0, y: 0 });
    const dup = faceLayoutSettingSchema.safeParse({
      layout: DEFAULT_FACE_LAYOUT,
      printers: [
        { name: 'A', offset: { x: 0, y: 0 } },
        { name: 'A', offset: { x: 1, y: 0 } },
      ],
    });
    expect(dup.success).toBe(false);
    expect(
      faceLayoutSettingSchema.safeParse({
        layout: DEFAULT_FACE_LAYOUT,
        printers: [{ name: 'B', offset: { x: 90, y: 0 } }],
      }).success,
    ).toBe(false);
    expect(faceLayoutSchema.safeParse({ ...DEFAULT_FACE_LAYOUT, page: { width: 297 } }).success).toBe(false);
  });

  it('R-CERT-02: a glyph outline is re-encoded as a TrueType simple glyph', () => {
    const g = encodeSimpleGlyph([
      { command: 'moveTo', args: [0, 0] },
      { command: 'lineTo', args: [100, 0] },
      { command: 'quadraticCurveTo', args: [150, 50, 100, 100] },
      { command: 'closePath', args: [] },
    ]);
    const v = new DataView(g.buffer, g.byteOffset, g.byteLength);
    expect(v.getInt16(0)).toBe(1); // one contour
    expect([v.getInt16(2), v.getInt16(4), v.getInt16(6), v.getInt16(8)]).toEqual([0, 0, 150, 100]);
    expect(v.getUint16(10)).toBe(3); // four points, the last index 3
    expect(g.byteLength % 4).toBe(0);
    expect(encodeSimpleGlyph([]).byteLength).toBe(0);
  });
});
