import type { Db } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import { recordAudit } from '../audit/audit.service.js';
import { assembleFiling } from './filing-application.service.js';
import { renderFilingPdf } from './filing.pdf.js';
import { downloadName } from '../../http/download.js';

/** R-ORG-05: the printable 备案申请表; the export is audited like every other. */
export async function exportFilingPdf(db: Db, opts: { actor: Actor | null; id: string; fontPath: string }) {
  authorize(opts.actor, 'filing.read');
  const d = await assembleFiling(db, opts);
  const bytes = await renderFilingPdf(d, opts.fontPath);
  await db.transaction((tx) =>
    recordAudit(tx, opts.actor!, {
      action: 'export',
      entity: 'filing',
      entityId: opts.id,
      after: { pdf: bytes.length },
    }),
  );
  return { bytes, name: downloadName(d.application.filing.title, '备案申请表', 'pdf') };
}
