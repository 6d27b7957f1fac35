// R-CERT-01: the sheet of certificate numbers assigned by the province's platform (姓名, 证件号码, 证书编号): its
// columns as `readSheet` reads them, and the template to download.
import { z } from 'zod';
import { writeWorkbook, type SheetColumn } from '../../http/sheet.js';

export const importColumns: SheetColumn[] = [
  {
    key: 'name',
    headers: ['姓名', '考生姓名'],
    required: true,
    schema: z.string().max(50, '不能超过 50 个字'),
    width: 12,
  },
  {
    key: 'idNumber',
    headers: ['证件号码', '身份证号', '身份证号码'],
    required: true,
    // R-PPL-02: Excel would round a long number stored as a number: refused with the reason.
    textOnly: true,
    schema: z.string().max(40, '不能超过 40 个字符'),
    width: 22,
  },
  {
    key: 'certificateNumber',
    headers: ['证书编号', '证书号', '证书号码'],
    required: true,
    textOnly: true,
    schema: z.string().max(40, '不能超过 40 个字符'),
    width: 26,
  },
];

/** The template: the three columns as text, the handbook's example number in the title (no example row to delete). */
export function importTemplateWorkbook(): Promise<Buffer> {
  return writeWorkbook([
    {
      name: '证书编号',
      title: '省平台证书编号导入表（证件号码、证书编号为文本格式；证书编号 22 位，如 Y000041019001221000001）',
      columns: importColumns.map((c) => ({ header: c.headers[0], key: c.key, width: c.width })),
      rows: [],
    },
  ]);
}
