// R-CERT-02: the centre's print settings of the certificate face: the layout in mm with an X/Y offset per printer,
// the seal image, the national query addresses and the Chinese face; and the one-sheet trial print per printer.
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { certificatePrintSettings } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import {
  faceFontChoices,
  faceFontNames,
  type FaceFontChoice,
  type PrintSettings,
  type PrintSettingsBody,
} from '../../../shared/certificates.print.js';
import { recordAudit } from '../audit/audit.service.js';
import { centreForCertificates } from '../centre/centre.reads.js';
import type { FileStore } from '../files/files.service.js';
import { imagesByIds } from '../files/files.reads.js';
import { DEFAULT_QUERY_ADDRESSES, renderCertificateFaces, SAMPLE_CERTIFICATE_FACE } from './face/face.pdf.js';
import type { FaceFontSetting } from './face/fonts.js';
import {
  DEFAULT_FACE_LAYOUT,
  faceLayoutSchema,
  faceLayoutSettingSchema,
  offsetFor,
  type FaceLayoutSetting,
} from './face/layout.js';

type Opts = { actor: Actor | null };

const WENKAI = 'node_modules/lxgw-wenkai-webfont';
const NOTO = 'node_modules/@expo-google-fonts/noto-serif-sc';
/** The Chinese faces shipped through npm (face/fonts.ts loads a split web font's CSS or a font file). */
export const FACE_FONT_FILES: Record<FaceFontChoice, FaceFontSetting> = {
  wenkai: {},
  wenkai_mono: { chinese: `${WENKAI}/lxgwwenkaimono-regular.css`, chineseTitle: `${WENKAI}/lxgwwenkaimono-bold.css` },
  noto_serif: {
    chinese: `${NOTO}/400Regular/NotoSerifSC_400Regular.ttf`,
    chineseTitle: `${NOTO}/700Bold/NotoSerifSC_700Bold.ttf`,
  },
};

const DEFAULT_SETTING: PrintSettingsBody = {
  face: { layout: DEFAULT_FACE_LAYOUT as unknown as Record<string, unknown>, printers: [] },
  sealFileId: null,
  queryAddresses: { ...DEFAULT_QUERY_ADDRESSES, provincial: null },
  chineseFont: 'wenkai',
};

async function storedSettings(db: DbOrTx): Promise<PrintSettingsBody & { updatedAt: string | null }> {
  const [row] = await db.select().from(certificatePrintSettings).where(eq(certificatePrintSettings.id, 1));
  if (!row) return { ...DEFAULT_SETTING, updatedAt: null };
  const face = faceLayoutSettingSchema.safeParse(row.face);
  return {
    face: face.success
      ? { layout: face.data.layout as unknown as Record<string, unknown>, printers: face.data.printers }
      : DEFAULT_SETTING.face,
    sealFileId: row.sealFileId,
    queryAddresses: row.queryAddresses ?? DEFAULT_SETTING.queryAddresses,
    chineseFont: (faceFontChoices as readonly string[]).includes(row.chineseFont)
      ? (row.chineseFont as FaceFontChoice)
      : 'wenkai',
    updatedAt: row.updatedAt.toISOString(),
  };
}

const present = (s: PrintSettingsBody & { updatedAt: string | null }): PrintSettings => ({
  ...s,
  fontChoices: faceFontChoices.map((value) => ({ value, label: faceFontNames[value] })),
});

export async function getPrintSettings(db: Db, opts: Opts): Promise<PrintSettings> {
  authorize(opts.actor, 'certificates.print');
  return present(await storedSettings(db));
}

/** Which part of the layout is wrong, in Chinese (the layout is edited as positions in mm). */
function layoutRefusal(layout: unknown): AppError | null {
  const r = faceLayoutSchema.safeParse(layout);
  if (r.success) return null;
  const issue = r.error.issues[0];
  const where = issue.path.join('.');
  const message = `版面位置：${where || '整体'} 的取值不正确（单位为毫米，字号为磅）`;
  return new AppError('VALIDATION', message, [{ field: `face.layout.${where}`, message }]);
}

/** R-CERT-02: saves the print settings; the seal must be a stored PNG image (transparency over the print). */
export async function putPrintSettings(db: Db, store: FileStore, opts: Opts & { data: PrintSettingsBody }) {
  authorize(opts.actor, 'certificates.settings');
  const actor = opts.actor;
  const d = opts.data;
  const bad = layoutRefusal(d.face.layout);
  if (bad) throw bad;
  const names = d.face.printers.map((p) => p.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup)
    throw new AppError('VALIDATION', `打印机名称：“${dup}”重复`, [
      { field: 'face.printers', message: `打印机名称：“${dup}”重复` },
    ]);
  if (d.sealFileId) {
    const seal = (await imagesByIds(db, store, [d.sealFileId])).get(d.sealFileId);
    if (!seal || seal.mime !== 'image/png')
      throw new AppError('VALIDATION', '印章图片：请上传 PNG 图片（透明背景）', [
        { field: 'sealFileId', message: '印章图片：请上传 PNG 图片（透明背景）' },
      ]);
  }
  await db.transaction(async (tx) => {
    const before = await storedSettings(tx);
    const values = {
      face: d.face,
      sealFileId: d.sealFileId,
      queryAddresses: { ...d.queryAddresses, provincial: d.queryAddresses.provincial || null },
      chineseFont: d.chineseFont,
      updatedAt: new Date(),
      updatedBy: actor.userId,
    };
    await tx
      .insert(certificatePrintSettings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: certificatePrintSettings.id, set: values });
    await recordAudit(tx, actor, {
      action: 'certificate.print_settings',
      entity: 'certificate_print',
      entityId: null,
      before: {
        printers: before.face.printers,
        sealFileId: before.sealFileId,
        queryAddresses: before.queryAddresses,
        chineseFont: before.chineseFont,
      },
      after: {
        printers: d.face.printers,
        sealFileId: d.sealFileId,
        queryAddresses: values.queryAddresses,
        chineseFont: d.chineseFont,
      },
    });
  });
  return getPrintSettings(db, { actor });
}

/** What the renderer needs of the settings: layout with printers, fonts, seal bytes and the query addresses. */
export interface FacePrintSetup {
  face: FaceLayoutSetting;
  fonts: FaceFontSetting;
  seal: Buffer | null;
  queryAddresses: { certificate: string; assessment: string; provincial: string | null };
}

export async function facePrintSetup(db: DbOrTx, store: FileStore): Promise<FacePrintSetup> {
  const s = await storedSettings(db);
  const seal = s.sealFileId ? ((await imagesByIds(db, store, [s.sealFileId])).get(s.sealFileId) ?? null) : null;
  return {
    face: faceLayoutSettingSchema.parse(s.face),
    fonts: FACE_FONT_FILES[s.chineseFont],
    seal: seal?.mime === 'image/png' ? seal.bytes : null,
    queryAddresses: s.queryAddresses,
  };
}

/** The printer named in a request, refused when the settings do not know it (an offset is per printer). */
export function printerOffset(setup: FacePrintSetup, printer: string | null | undefined) {
  if (printer && !setup.face.printers.some((p) => p.name === printer))
    throw new AppError('VALIDATION', `打印机：“${printer}”不在证书打印设置中`, [
      { field: 'printer', message: `打印机：“${printer}”不在证书打印设置中` },
    ]);
  return offsetFor(setup.face, printer);
}

/** R-CERT-02: one sheet in 套打 with guides and the printer's offset, to line the printer up with the blank stock. */
export async function trialPrint(db: Db, store: FileStore, opts: Opts & { printer?: string }) {
  authorize(opts.actor, 'certificates.print');
  const setup = await facePrintSetup(db, store);
  const offset = printerOffset(setup, opts.printer);
  const centre = await centreForCertificates(db);
  const bytes = await renderCertificateFaces(
    [{ ...SAMPLE_CERTIFICATE_FACE, centreName: centre?.name ?? SAMPLE_CERTIFICATE_FACE.centreName }],
    {
      mode: 'overlay',
      trial: true,
      layout: setup.face.layout,
      offset,
      fonts: setup.fonts,
      seal: setup.seal,
      queryAddresses: setup.queryAddresses,
    },
  );
  const name = `证书试打印${opts.printer ? `（${opts.printer}）` : ''}.pdf`.replace(/[\\/:*?"<>|]+/g, '_');
  return { bytes, name };
}
