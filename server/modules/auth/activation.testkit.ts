import ExcelJS from 'exceljs';
import type { TestClient } from '../../test/harness.js';
import type { CandidateAccount, CandidateAccountList } from '../../../shared/activation.js';

/** Issue 8 item 4 (tests): the code of a student as the college prints it, from the class's Excel sheet. */
export async function activationSheetRows(c: TestClient, batchId: string, className: string) {
  const res = await c.get(
    `/api/v1/batches/${batchId}/candidate-accounts/sheet?className=${encodeURIComponent(className)}&format=xlsx`,
  );
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

/** Every class's accounts of a batch, as the screen reads them (a class at a time). */
export async function allCandidateAccounts(c: TestClient, batchId: string): Promise<CandidateAccount[]> {
  const first = (await c.get(`/api/v1/batches/${batchId}/candidate-accounts`)).json() as CandidateAccountList;
  const out: CandidateAccount[] = [];
  for (const k of first.classes) {
    const l = (
      await c.get(`/api/v1/batches/${batchId}/candidate-accounts?className=${encodeURIComponent(k.className)}`)
    ).json() as CandidateAccountList;
    out.push(...l.items);
  }
  return out;
}

export async function activationCodeOf(c: TestClient, batchId: string, studentNumber: string): Promise<string> {
  const a = (await allCandidateAccounts(c, batchId)).find((i) => i.studentNumber === studentNumber);
  if (!a) throw new Error(`no account for ${studentNumber}`);
  const rows = await activationSheetRows(c, batchId, a.className);
  const code = rows.find((r) => r['学号'] === studentNumber)?.['激活码'];
  if (!code) throw new Error(`no code for ${studentNumber}`);
  return code;
}
