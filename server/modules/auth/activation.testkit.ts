import ExcelJS from 'exceljs';
import type { TestClient } from '../../test/harness.js';
import type { CandidateAccountList } from '../../../shared/activation.js';

/** Issue 8 item 4 (tests): the code of a student as the college prints it, from the class's Excel sheet. */
export async function activationSheetRows(c: TestClient, batchId: string, className: string) {
  const res = await c.get(`/api/v1/batches/${batchId}/candidate-accounts/sheet?className=${encodeURIComponent(className)}&format=xlsx`);
  if (res.statusCode !== 200) throw new Error(`sheet: ${res.statusCode} ${res.body}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const header = (ws.getRow(2).values as string[]).slice(1);
  const out: Record<string, string>[] = [];
  ws.eachRow((row, n) => {
    if (n <= 2) return;
    const v = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(header.map((h, i) => [h, String(v[i] ?? '')])));
  });
  return out;
}

export async function activationCodeOf(c: TestClient, batchId: string, studentNumber: string): Promise<string> {
  const list = (await c.get(`/api/v1/batches/${batchId}/candidate-accounts`)).json() as CandidateAccountList;
  const a = list.items.find((i) => i.studentNumber === studentNumber);
  if (!a) throw new Error(`no account for ${studentNumber}`);
  const rows = await activationSheetRows(c, batchId, a.className);
  const code = rows.find((r) => r['学号'] === studentNumber)?.['激活码'];
  if (!code) throw new Error(`no code for ${studentNumber}`);
  return code;
}
