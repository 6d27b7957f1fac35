// R-CERT-03: the issuance register (证书核发名册) of a batch, as PDF (for signatures on collection) and Excel. It
// shows what the certificates show: the ID number masked (R-PPL-02).
import type { Db } from '../../db/client.js';
import type { Config } from '../../config.js';
import { authorize, type Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import { downloadName } from '../../http/download.js';
import { writeWorkbook } from '../../http/sheet.js';
import type { CertificateItem } from '../../../shared/certificates.js';
import { recordAudit } from '../audit/audit.service.js';
import { createExamDocument, FlowSheet, toBytes } from '../arrangement/documents/draw.js';
import { getCertificateBatch } from './certificates.service.js';

type RegisterConfig = Pick<Config, 'PUBLIC_URL' | 'dataDir' | 'PDF_FONT_PATH'>;

const W = [0.05, 0.09, 0.16, 0.14, 0.1, 0.12, 0.2, 0.1, 0.04];
const HEAD = ['序号', '姓名', '证件号码', '职业', '工种', '等级', '证书编号', '发证日期', '状态'];

const stateShort = (c: CertificateItem) => (c.state === 'valid' ? '有效' : c.state === 'revoked' ? '撤销' : '已补发');

export async function certificateRegisterPdf(config: RegisterConfig, title: string, items: readonly CertificateItem[]) {
  const doc = createExamDocument(config.PDF_FONT_PATH, {
    title: `证书核发名册 ${title}`,
    author: items[0]?.centre ?? '',
  });
  const s = new FlowSheet(doc);
  s.title(`职业技能等级证书核发名册 ${title} （共 ${items.length} 本）`);
  s.row(
    HEAD.map((text, i) => ({ text, w: W[i], bold: true, shade: true, align: 'center' as const })),
    20,
  );
  items.forEach((c, i) =>
    s.row(
      [String(i + 1), c.name, c.idMasked, c.occupation, c.job, c.levelName, c.number, c.issueDate, stateShort(c)].map(
        (text, k) => ({ text, w: W[k] }),
      ),
    ),
  );
  s.need(60);
  s.y += 16;
  doc.font('regular').fontSize(10).fillColor('#000');
  doc.text('经办人（签字）：________________　　审核人（签字）：________________　　（认定中心盖章）', 36, s.y);
  return toBytes(doc);
}

export async function certificateRegisterXlsx(title: string, items: readonly CertificateItem[]) {
  return writeWorkbook([
    {
      name: '证书核发名册',
      title: `${title} 职业技能等级证书核发名册`,
      columns: [
        { header: '序号', key: 'no', width: 6 },
        { header: '姓名', key: 'name', width: 12 },
        { header: '证件类型', key: 'idType', width: 14 },
        { header: '证件号码', key: 'idMasked', width: 22 },
        { header: '职业', key: 'occupation', width: 18 },
        { header: '工种', key: 'job', width: 14 },
        { header: '等级', key: 'level', width: 14 },
        { header: '证书编号', key: 'number', width: 26 },
        { header: '发证日期', key: 'issueDate', width: 12 },
        { header: '状态', key: 'state', width: 20 },
        { header: '领取人签字', key: 'sign', width: 14 },
      ],
      rows: items.map((c, i) => ({
        no: i + 1,
        name: c.name,
        idType: c.idTypeName,
        idMasked: c.idMasked,
        occupation: c.occupation,
        job: c.job,
        level: c.levelName,
        number: c.number,
        issueDate: c.issueDate,
        state: c.stateName,
        sign: '',
      })),
    },
  ]);
}

/** R-CERT-03: the register of a batch as a download; audited. */
export async function downloadCertificateRegister(
  db: Db,
  config: RegisterConfig,
  opts: { actor: Actor | null; batchId: string; format: 'pdf' | 'xlsx' },
) {
  authorize(opts.actor, 'certificates.read');
  const actor = opts.actor;
  const d = await getCertificateBatch(db, config, { actor, batchId: opts.batchId });
  if (!d) throw notFound('认定批次');
  const bytes =
    opts.format === 'pdf'
      ? await certificateRegisterPdf(config, d.title, d.certificates)
      : await certificateRegisterXlsx(d.title, d.certificates);
  await db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'certificate.register',
      entity: 'certificate',
      entityId: opts.batchId,
      after: { format: opts.format, count: d.certificates.length },
    }),
  );
  return { bytes, name: downloadName(d.title, '证书核发名册', opts.format) };
}
