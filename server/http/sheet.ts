import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { AppError, type FieldIssue } from './errors.js';

/**
 * Spreadsheets in and out, as colleges really make them: a title row and stamp/date rows above the header, blank
 * and signature rows below the data; columns found by their Chinese header, not position. Every bad cell is
 * reported by row and column, and nothing is imported while any remains (see `assertClean`). CSV files saved by
 * Excel on Chinese Windows (GBK) are read too.
 */

export interface SheetColumn {
  key: string;
  /** Accepted header texts (first one is the canonical header used in templates and exports). */
  headers: string[];
  required?: boolean;
  /** Parses the cell's text (trimmed; '' when blank). Messages in Chinese. */
  schema: z.ZodTypeAny;
  /** Refuse cells Excel stored as numbers (long ID numbers lose digits that way). */
  textOnly?: boolean;
  width?: number;
}

export interface SheetRow {
  /** The 1-based row number the clerk sees in Excel. */
  rowNumber: number;
  values: Record<string, unknown>;
}

export interface SheetResult {
  rows: SheetRow[];
  issues: FieldIssue[];
  /** Column key → letter of its header (for issues found after reading, e.g. lookups). */
  columnLetters: Map<string, string>;
}

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const XLS_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

export function columnLetter(index1: number): string {
  let s = '';
  for (let n = index1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellText(cell: ExcelJS.Cell): { text: string; numeric: boolean } {
  const v = cell.value;
  if (v === null || v === undefined) return { text: '', numeric: false };
  if (typeof v === 'number') return { text: String(v), numeric: true };
  if (v instanceof Date) return { text: v.toISOString().slice(0, 10), numeric: false };
  if (typeof v === 'object' && 'richText' in v)
    return {
      text: v.richText
        .map((r) => r.text)
        .join('')
        .trim(),
      numeric: false,
    };
  if (typeof v === 'object' && 'result' in v)
    return { text: String(v.result ?? '').trim(), numeric: typeof v.result === 'number' };
  if (typeof v === 'object' && 'text' in v) return { text: String(v.text).trim(), numeric: false };
  return { text: String(v).trim(), numeric: false };
}

const SIGNATURE =
  /^(制表|填表|审核|负责人|经办|联系人|签字|签名|盖章|日期|填报日期|备注|说明)|[（(]?(签字|签名|盖章)[）)]?/;

const normalizeHeader = (s: string) => s.replace(/[\s*＊:：（）()]/g, '').replace(/\n/g, '');

/** A sheet as rows of cells, 1-based, whichever file it came from. */
interface Grid {
  rowCount: number;
  /** The non-empty cells of a row: column number (1-based) → text. */
  cells(r: number): Map<number, { text: string; numeric: boolean }>;
}

function gridOfWorksheet(ws: ExcelJS.Worksheet): Grid {
  return {
    rowCount: ws.rowCount,
    cells(r) {
      const out = new Map<number, { text: string; numeric: boolean }>();
      ws.getRow(r).eachCell({ includeEmpty: false }, (cell, c) => {
        const t = cellText(cell);
        if (t.text !== '') out.set(c, t);
      });
      return out;
    },
  };
}

/** UTF-8 (with or without BOM) or, failing that, GBK: what Excel on Chinese Windows saves as "CSV". */
export function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return utf8.decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

function gridOfCsv(bytes: Buffer): Grid {
  let records: string[][];
  try {
    records = parseCsv(decodeText(bytes), { relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch {
    throw new AppError('VALIDATION', '文件：CSV 文件格式不正确（引号未闭合等），请用 Excel 另存为 .xlsx 后再上传', [
      { field: 'file', message: 'CSV 格式不正确' },
    ]);
  }
  return {
    rowCount: records.length,
    cells(r) {
      const out = new Map<number, { text: string; numeric: boolean }>();
      (records[r - 1] ?? []).forEach((v, i) => {
        const text = v.trim();
        // Excel writes a long number it has already rounded as 4.10102E+17: the digits are gone.
        if (text !== '') out.set(i + 1, { text, numeric: /^\d(\.\d+)?E\+\d+$/i.test(text) });
      });
      return out;
    },
  };
}

/** A plain-text file that looks like comma-separated values (not binary). */
function looksLikeCsv(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  return !head.includes(0) && (head.includes(0x2c) || head.includes(0x0a));
}

/** Reads the first worksheet (or the named one) of an .xlsx file, or a CSV file (UTF-8 or GBK). */
export async function readSheet(
  bytes: Buffer,
  opts: { columns: SheetColumn[]; sheetName?: string; maxRows?: number },
): Promise<SheetResult> {
  let grid: Grid;
  if (bytes.subarray(0, 4).equals(XLS_MAGIC))
    throw new AppError('VALIDATION', '文件：这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 格式后再上传', [
      { field: 'file', message: '不支持 .xls' },
    ]);
  if (bytes.subarray(0, 4).equals(XLSX_MAGIC)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch {
      throw new AppError('VALIDATION', '文件：Excel 文件已损坏或无法读取', [{ field: 'file', message: '无法读取' }]);
    }
    const ws = opts.sheetName ? wb.getWorksheet(opts.sheetName) : wb.worksheets[0];
    if (!ws)
      throw new AppError('VALIDATION', `文件：找不到工作表“${opts.sheetName ?? ''}”`, [
        { field: 'file', message: '缺少工作表' },
      ]);
    grid = gridOfWorksheet(ws);
  } else if (looksLikeCsv(bytes)) grid = gridOfCsv(bytes);
  else
    throw new AppError('VALIDATION', '文件：不是 Excel（.xlsx）或 CSV 文件，请使用下载的模板填写', [
      { field: 'file', message: '不是 .xlsx 文件' },
    ]);
  return readGrid(grid, opts);
}

function readGrid(grid: Grid, opts: { columns: SheetColumn[]; maxRows?: number }): SheetResult {
  // The header row: the first of the top 15 rows that names every required column.
  let headerRow = 0;
  let colOf = new Map<string, number>();
  for (let r = 1; r <= Math.min(15, grid.rowCount); r++) {
    const found = new Map<string, number>();
    for (const [c, t] of grid.cells(r)) {
      const h = normalizeHeader(t.text);
      const col = opts.columns.find((k) => k.headers.some((x) => normalizeHeader(x) === h));
      if (col && !found.has(col.key)) found.set(col.key, c);
    }
    if (opts.columns.filter((c) => c.required).every((c) => found.has(c.key)) && found.size > 0) {
      headerRow = r;
      colOf = found;
      break;
    }
  }
  if (!headerRow) {
    const names = opts.columns
      .filter((c) => c.required)
      .map((c) => `“${c.headers[0]}”`)
      .join('、');
    throw new AppError('VALIDATION', `文件：找不到表头行，表头须包含 ${names} 列（请使用下载的模板）`, [
      { field: 'file', message: '找不到表头' },
    ]);
  }

  const rows: SheetRow[] = [];
  const issues: FieldIssue[] = [];
  const limit = opts.maxRows ?? 50_000;
  const empty = { text: '', numeric: false };
  for (let r = headerRow + 1; r <= grid.rowCount; r++) {
    const cells = grid.cells(r);
    if (cells.size === 0) continue; // blank row
    // Signature / note rows under the data ("制表人：…  审核人：…") are not data.
    if (cells.size <= 4 && [...cells.values()].some((x) => SIGNATURE.test(x.text))) continue;
    const texts = new Map<string, { text: string; numeric: boolean }>();
    for (const col of opts.columns) {
      const c = colOf.get(col.key);
      texts.set(col.key, (c && cells.get(c)) || empty);
    }
    if ([...texts.values()].every((t) => t.text === '')) continue; // only cells outside our columns
    if (rows.length >= limit) {
      issues.push({ row: r, field: 'file', message: `第 ${r} 行：超过单次导入上限 ${limit} 行，请分批导入` });
      break;
    }
    const values: Record<string, unknown> = {};
    for (const col of opts.columns) {
      const t = texts.get(col.key)!;
      const c = colOf.get(col.key);
      const column = c ? columnLetter(c) : undefined;
      const where = `第 ${r} 行 ${column ?? ''} 列（${col.headers[0]}）`;
      if (col.textOnly && t.numeric) {
        issues.push({
          row: r,
          column,
          field: col.key,
          message: `${where}：单元格是数字格式，长数字会丢失末位，请将该列设置为“文本”格式后重新填写`,
        });
        continue;
      }
      if (t.text === '' && col.required) {
        issues.push({ row: r, column, field: col.key, message: `${where}：不能为空` });
        continue;
      }
      const parsed = col.schema.safeParse(t.text);
      if (!parsed.success) {
        const msg = parsed.error.issues[0]?.message;
        issues.push({
          row: r,
          column,
          field: col.key,
          message: `${where}：${msg && /[\u4e00-\u9fa5]/.test(msg) ? msg : '格式不正确'}`,
        });
      } else values[col.key] = parsed.data;
    }
    rows.push({ rowNumber: r, values });
  }
  const columnLetters = new Map([...colOf].map(([key, c]) => [key, columnLetter(c)]));
  return { rows, issues, columnLetters };
}

/** Refuses the whole file while any issue remains: nothing is half-imported. */
export function assertClean(issues: FieldIssue[]) {
  if (issues.length === 0) return;
  const shown = issues
    .slice(0, 5)
    .map((i) => i.message)
    .join('；');
  throw new AppError(
    'VALIDATION',
    `文件有 ${issues.length} 处错误，未导入任何数据。${shown}${issues.length > 5 ? '……' : ''}`,
    issues,
  );
}

export interface SheetSpec {
  name: string;
  /** A merged title row above the header, as the authority's forms have. */
  title?: string;
  columns: { header: string; key: string; width?: number }[];
  rows: Record<string, unknown>[];
}

/** Writes sheets with a bold, bordered Chinese header row (and an optional merged title). */
export async function writeWorkbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    let headerAt = 1;
    if (s.title) {
      ws.addRow([s.title]);
      ws.mergeCells(1, 1, 1, s.columns.length);
      const t = ws.getCell(1, 1);
      t.font = { bold: true, size: 14 };
      t.alignment = { horizontal: 'center', vertical: 'middle' };
      ws.getRow(1).height = 28;
      headerAt = 2;
    }
    ws.addRow(s.columns.map((c) => c.header));
    s.columns.forEach((c, i) => {
      ws.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2);
      ws.getColumn(i + 1).numFmt = '@';
    });
    const header = ws.getRow(headerAt);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (const r of s.rows) ws.addRow(s.columns.map((c) => (r[c.key] ?? '') as ExcelJS.CellValue));
    ws.eachRow((row, n) => {
      if (n < headerAt) return;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = {
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        };
      });
    });
    ws.views = [{ state: 'frozen', ySplit: headerAt }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
