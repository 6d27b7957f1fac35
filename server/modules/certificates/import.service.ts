// R-CERT-01: some provinces assign certificate numbers on their own platform. The centre imports them per batch from
// an Excel sheet (姓名, 证件号码, 证书编号): each row matched to a passed candidate of the batch's final results by name
// and ID number (through the ID number's keyed hash, R-PPL-02), refused row by row and column by column (a number
// twice in the file, a number already used, a malformed number, a candidate not found or without a final pass). A
// preview writes nothing; the confirmation writes every row in one transaction or nothing. Imported certificates are
// signed like issued ones (R-CERT-05).
import { createHash } from 'node:crypto';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { certificates, type CertificateData } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound, type FieldIssue } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { assertClean, readSheet, type SheetResult } from '../../http/sheet.js';
import type { CertificateImportResult, CertificateImportRow } from '../../../shared/certificates.js';
import { checkFilingCode } from '../../../shared/centre.rules.js';
import { chinaToday } from '../../../shared/dates.js';
import { idTypes, maskIdNumber, normalizeIdNumber, type IdType } from '../../../shared/idcard.js';
import { outcomeNames } from '../../../shared/scoring.js';
import { recordAudit } from '../audit/audit.service.js';
import { centreForCertificates } from '../centre/centre.reads.js';
import { candidatesByIdHashes } from '../people/people.reads.js';
import { batchOccupationsByIds } from '../plans/plans.reads.js';
import { finalResultsOfBatch, type FinalResult } from '../publicity/publicity.reads.js';
import { levelName, type UrlConfig } from './certificates.present.js';
import { parseCertificateNumber, yearOfIssue } from './certificates.rules.js';
import { nextStatusIndex } from './numbers.store.js';
import { loadCertificateKey, signCertificate } from './signing.service.js';
import { importColumns, importTemplateWorkbook } from './import.xlsx.js';

type Opts = { actor: Actor | null; today?: string };

/** The empty sheet to fill in (姓名, 证件号码, 证书编号 as text). */
export async function importTemplate(opts: Opts) {
  authorize(opts.actor, 'certificates.issue');
  return { bytes: await importTemplateWorkbook(), name: '省平台证书编号导入模板.xlsx' };
}

interface CheckedRow extends CertificateImportRow {
  result: FinalResult | null;
  idType: IdType;
}

/** R-CERT-01: why a number does not have the national form, or null (the level is checked against the candidate). */
export function numberProblem(n: string, issueDate: string): string | null {
  if (!/^[A-Z]\d{21}$/.test(n))
    return `应为 22 位：1 位字母（Y 或 S）加 21 位数字，如 Y000041019001221000001（现为 ${n.length} 位${/[^A-Z0-9]/.test(n) ? '，含其他字符' : ''}）`;
  const parts = parseCertificateNumber(n);
  const filing = checkFilingCode(n.slice(0, 13));
  if (!parts || filing) return `前 13 位备案号不正确：${filing ?? '第 1 位应为 Y 或 S'}`;
  if (parts.year !== yearOfIssue(issueDate)) return `第 14–15 位年份“${parts.year}”与发证日期 ${issueDate} 的年份不符`;
  if (parts.level < 1 || parts.level > 5) return `第 16 位等级“${parts.level}”应为 1–5`;
  if (parts.serial < 1) return '后 6 位流水号不能为 000000';
  return null;
}

/** Checks every row of the sheet against the batch's final results and the certificates on record. */
async function checkRows(
  tx: DbOrTx,
  pii: PiiCipher,
  opts: { batchId: string; sheet: SheetResult; issueDate: string; centreId: string },
): Promise<{ rows: CheckedRow[]; issues: FieldIssue[] }> {
  const results = await finalResultsOfBatch(tx, opts.batchId);
  if (!results) throw new AppError('CONFLICT', '本批次成绩尚未确定：公示期满并确定成绩后才能导入证书编号');
  const { sheet } = opts;
  const issues: FieldIssue[] = [...sheet.issues];
  const col = (key: string) => sheet.columnLetters.get(key) ?? '';
  const header = (key: string) => importColumns.find((c) => c.key === key)!.headers[0];
  const rows: CheckedRow[] = [];
  const add = (r: CheckedRow, key: string, message: string) => {
    const text = `第 ${r.row} 行 ${col(key)} 列（${header(key)}）：${message}`;
    r.issues.push(text);
    issues.push({ row: r.row, column: col(key) || undefined, field: key, message: text });
  };

  const raw = sheet.rows.map((r) => ({
    row: r.rowNumber,
    name: String(r.values.name ?? '').trim(),
    idNumber: String(r.values.idNumber ?? ''),
    number: String(r.values.certificateNumber ?? '')
      .replace(/\s+/g, '')
      .toUpperCase(),
  }));
  // R-PPL-02: candidates are found by the ID number's keyed hash under each type (the type is part of the hash).
  const hashOf = (t: IdType, n: string) => pii.lookupHash(t, normalizeIdNumber(t, n));
  const persons = await candidatesByIdHashes(
    tx,
    raw.filter((r) => r.idNumber).flatMap((r) => idTypes.map((t) => hashOf(t, r.idNumber))),
  );
  const byPerson = new Map(results.map((r) => [r.personId, r]));
  const numbers = [...new Set(raw.map((r) => r.number).filter(Boolean))];
  const parsed = numbers.map((n) => ({ n, p: parseCertificateNumber(n) })).filter((x) => x.p);
  const used = numbers.length
    ? await tx
        .select({
          number: certificates.number,
          applicationId: certificates.applicationId,
          year: certificates.year,
          level: certificates.level,
          serial: certificates.serial,
        })
        .from(certificates)
        .where(
          or(
            inArray(certificates.number, numbers),
            ...parsed.map(({ p }) =>
              and(
                eq(certificates.centreId, opts.centreId),
                eq(certificates.year, p!.year),
                eq(certificates.level, p!.level),
                eq(certificates.serial, p!.serial),
              ),
            ),
          ),
        )
    : [];
  const holders = await tx
    .select({ applicationId: certificates.applicationId, number: certificates.number })
    .from(certificates)
    .where(and(eq(certificates.batchId, opts.batchId), isNull(certificates.replacesId)));
  const holderOf = new Map(holders.map((h) => [h.applicationId, h.number]));

  const firstRowOfNumber = new Map<string, number>();
  const firstRowOfCandidate = new Map<string, number>();
  const badRows = new Set(sheet.issues.map((i) => i.row));
  for (const r of raw) {
    const c: CheckedRow = {
      row: r.row,
      name: r.name,
      idMasked: r.idNumber ? maskIdNumber(r.idNumber.replace(/\s+/g, '')) : '',
      certificateNumber: r.number,
      levelName: null,
      issues: sheet.issues.filter((i) => i.row === r.row).map((i) => i.message),
      result: null,
      idType: 'resident',
    };
    rows.push(c);
    if (badRows.has(r.row)) continue;
    // The number: its form (R-CERT-01), twice in the file, already on record.
    const problem = numberProblem(r.number, opts.issueDate);
    if (problem) add(c, 'certificateNumber', problem);
    const earlier = firstRowOfNumber.get(r.number);
    if (earlier !== undefined) add(c, 'certificateNumber', `证书编号 ${r.number} 与第 ${earlier} 行重复`);
    else firstRowOfNumber.set(r.number, r.row);
    const p = parseCertificateNumber(r.number);
    const taken = used.find(
      (u) => u.number === r.number || (p && u.year === p.year && u.level === p.level && u.serial === p.serial),
    );
    if (taken)
      add(
        c,
        'certificateNumber',
        taken.number === r.number
          ? `证书编号 ${r.number} 已被使用，不能重复登记`
          : `证书编号的年份、等级与流水号与已有证书 ${taken.number} 相同，不能重复登记`,
      );
    // The candidate: name + ID number, in this batch, with a final pass (R-PUB-01).
    const person = persons.find((x) => x.idHash === hashOf(x.idType as IdType, r.idNumber));
    if (!person) {
      add(c, 'idNumber', `找不到证件号码为 ${c.idMasked} 的考生`);
      continue;
    }
    if (person.name !== r.name) {
      add(c, 'name', `姓名“${r.name}”与该证件号码登记的姓名不一致`);
      continue;
    }
    c.idType = person.idType as IdType;
    const result = byPerson.get(person.id);
    if (!result) {
      add(c, 'name', `${r.name} 不在本批次成绩已确定的名单中`);
      continue;
    }
    c.levelName = levelName(result.level);
    if (result.outcome !== 'pass') {
      add(c, 'name', `${r.name} 本批次的确定成绩为“${outcomeNames[result.outcome]}”，不能登记证书`);
      continue;
    }
    const again = firstRowOfCandidate.get(person.id);
    if (again !== undefined) add(c, 'name', `与第 ${again} 行是同一考生，每人只能登记一个证书编号`);
    else firstRowOfCandidate.set(person.id, r.row);
    const has = holderOf.get(result.applicationId);
    if (has) add(c, 'name', `${r.name} 已有证书 ${has}，不能重复登记`);
    if (p && p.level !== result.level)
      add(c, 'certificateNumber', `第 16 位等级“${p.level}”与考生的认定等级（${levelName(result.level)}）不符`);
    c.result = result;
  }
  return { rows, issues };
}

const present = (rows: CheckedRow[], confirmed: boolean, imported: number): CertificateImportResult => {
  const bad = rows.filter((r) => r.issues.length).length;
  return {
    confirmed,
    rows: rows.map(({ result: _r, idType: _t, ...row }) => row),
    good: rows.length - bad,
    bad,
    imported,
  };
};

/**
 * R-CERT-01: previews (`confirm` false: nothing written) or imports (all rows in one transaction, refused whole
 * while any row has an error) the province's numbers of a batch's passed candidates.
 */
export async function importCertificateNumbers(
  db: Db,
  deps: { pii: PiiCipher; config: UrlConfig },
  opts: Opts & { batchId: string; bytes: Buffer; confirm: boolean; issueDate?: string },
): Promise<CertificateImportResult> {
  authorize(opts.actor, 'certificates.issue');
  const actor = opts.actor;
  const issueDate = opts.issueDate ?? opts.today ?? chinaToday();
  const [info] = await batchOccupationsByIds(db, [opts.batchId]);
  if (!info) throw notFound('认定批次');
  const centre = await centreForCertificates(db);
  if (!centre) throw new AppError('CONFLICT', '尚未设置认定中心');
  const sheet = await readSheet(opts.bytes, { columns: importColumns, maxRows: 5000 });
  if (!sheet.rows.length && !sheet.issues.length)
    throw new AppError('VALIDATION', '文件：表中没有数据行（姓名、证件号码、证书编号）', [
      { field: 'file', message: '没有数据行' },
    ]);
  const args = { batchId: opts.batchId, sheet, issueDate, centreId: centre.id };
  if (!opts.confirm) {
    const { rows } = await checkRows(db, deps.pii, args);
    return present(rows, false, 0);
  }
  return db.transaction(async (tx) => {
    // Serialised with issuing (certificates.service.ts): the checks hold until the rows are written.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`certificates:${opts.batchId}`}))`);
    const { rows, issues } = await checkRows(tx, deps.pii, args);
    assertClean(issues);
    const key = loadCertificateKey(deps.config.dataDir);
    for (const r of rows) {
      const result = r.result!;
      const p = parseCertificateNumber(r.certificateNumber)!;
      const data: CertificateData = {
        number: r.certificateNumber,
        name: result.name,
        idType: r.idType,
        idMasked: result.idMasked,
        occupation: info.occupationName,
        // R-CERT-02: the job is written `--` when there is none.
        job: info.jobName || '--',
        level: result.level,
        issueDate,
        centre: centre.name,
      };
      await tx.insert(certificates).values({
        number: r.certificateNumber,
        centreId: centre.id,
        batchId: opts.batchId,
        applicationId: result.applicationId,
        personId: result.personId,
        year: p.year,
        level: p.level,
        serial: p.serial,
        issueDate,
        data,
        signature: signCertificate(key, data),
        statusIndex: await nextStatusIndex(tx, centre.id),
        source: 'imported',
        issuedBy: actor.userId,
      });
      // A number of the centre's own filing code: the counter moves past it, so issuing never takes it again.
      if (centre.filingCode && r.certificateNumber.startsWith(centre.filingCode))
        await tx.execute(sql`
          insert into certificate_counters (centre_id, year, level, last_serial)
          values (${centre.id}, ${p.year}, ${p.level}, ${p.serial})
          on conflict (centre_id, year, level)
          do update set last_serial = greatest(certificate_counters.last_serial, excluded.last_serial)`);
    }
    await recordAudit(tx, actor, {
      action: 'certificate.import',
      entity: 'certificate',
      entityId: opts.batchId,
      after: {
        batchId: opts.batchId,
        issueDate,
        count: rows.length,
        numbers: rows.map((r) => r.certificateNumber),
        fileSha256: createHash('sha256').update(opts.bytes).digest('hex'),
      },
    });
    return present(rows, true, rows.length);
  });
}
