import { createHash, randomUUID } from 'node:crypto';
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { applications, colleges, occupationJobs, occupations } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, type Actor } from '../../http/access.js';
import { AppError, type FieldIssue } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { assertClean, readSheet } from '../../http/sheet.js';
import {
  birthYearOf,
  genderOf,
  idNumberProblem,
  maskIdNumber,
  normalizeIdNumber,
  type IdType,
} from '../../../shared/idcard.js';
import { genderNames } from '../../../shared/people.js';
import { levelNames } from '../../../shared/eligibility.js';
import { batchStateNames } from '../../../shared/plans.js';
import { INITIAL_PASSWORD_NOTE, type RosterImportResult } from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import { createCandidateAccounts } from '../auth/activation.service.js';
import { activeScopeOfOccupations } from '../centre/centre.reads.js';
import { registeringBatchesOfOccupations } from '../plans/plans.reads.js';
import type { FileStore } from '../files/files.service.js';
import { candidatesByIdHashes, candidatesByStudentNumbers, type CandidatePerson } from '../people/people.reads.js';
import { writeRosterPersons } from '../people/roster.service.js';
import { eligibilityContextFor, factNotes, judgeEligibility, loadFacts } from './facts.service.js';
import { checkRowApplication, levelNoRuleGrants } from './roster.rules.js';
import { rosterColumns, rosterTemplateBytes, type RosterRow } from './roster.xlsx.js';
import { downloadName } from '../../http/download.js';

/**
 * R-REG-01: a college's roster (花名册) becomes applications. Every row is checked first (cells, ID numbers,
 * duplicates, college scope, existing records) and the whole file is refused while any problem remains; then one
 * transaction writes persons, candidate accounts, applications and their decision rows in multi-row INSERTs of
 * CHUNK rows (no query per row). Rows the engine finds not eligible are imported too, with its verdict stored:
 * eligibility is decided at review (R-REG-02, Z 二(三) 资格审核), where reviewers filter by it.
 */

/** Issue 8 item 11: a clerk's row whose ID number belongs to a record outside the college's scope. */
const OUT_OF_SCOPE = '该证件号码不能由本学院导入，请核对；确为本学院学生的，请联系认定中心处理';

const CHUNK = 1000;
const chunked = <T>(xs: T[], n = CHUNK) =>
  Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, (i + 1) * n));

/**
 * Multi-row INSERT of many rows as one JSON parameter (`json_to_recordset`): a handful of parameters per statement
 * instead of one per cell, which keeps the statement cheap to build and parse (PGlite and PostgreSQL alike).
 */
async function insertRows(tx: DbOrTx, table: string, columns: Record<string, string>, rows: Record<string, unknown>[]) {
  const names = sql.raw(Object.keys(columns).join(', '));
  const defs = sql.raw(
    Object.entries(columns)
      .map(([c, t]) => `${c} ${t}`)
      .join(', '),
  );
  for (const part of chunked(rows, 5000))
    await tx.execute(
      sql`insert into ${sql.identifier(table)} (${names}) select ${names} from json_to_recordset(${JSON.stringify(part)}::json) as x(${defs})`,
    );
}

type PersonRow = CandidatePerson;

interface Planned {
  row: RosterRow;
  idType: IdType;
  idNumber: string;
  idHash: string;
  collegeId: string;
  level: number;
  graduating: boolean | null;
  existing: PersonRow | null;
  personId: string;
}

async function loadBatchFor(db: DbOrTx, actor: Actor, batchId: string) {
  const ctx = await eligibilityContextFor(db, batchId);
  assertCollegeScope(actor, ctx.batch.collegeId, '认定批次'); // R-ORG-07: another college's batch reads as missing
  return ctx;
}

/** The school year's graduating class of a day: a batch on 2026-10-12 is in 2026–2027, whose class leaves in 2027. */
const graduatingYearOf = (day: string) => Number(day.slice(0, 4)) + (Number(day.slice(5, 7)) >= 9 ? 1 : 0);

export async function rosterTemplate(db: Db, opts: { actor: Actor | null; batchId: string }) {
  authorize(opts.actor, 'applications.import');
  const ctx = await loadBatchFor(db, opts.actor, opts.batchId);
  return { bytes: await rosterTemplateBytes(ctx.batch), fileName: downloadName(ctx.batch.title, '花名册模板', 'xlsx') };
}

/** R-REG-01: checks the whole roster, then imports it in one transaction (nothing while any row is wrong). */
export async function importRoster(
  db: Db,
  store: FileStore,
  opts: { actor: Actor | null; pii: PiiCipher; batchId: string; bytes: Buffer; fileName: string },
): Promise<RosterImportResult> {
  authorize(opts.actor, 'applications.import');
  const actor = opts.actor;
  const ctx = await loadBatchFor(db, actor, opts.batchId);
  const batch = ctx.batch;
  if (batch.state !== 'registering')
    throw new AppError(
      'CONFLICT',
      `认定批次当前状态为“${batchStateNames[batch.state]}”，只有“报名中”的批次可以导入花名册`,
    );

  const sheet = await readSheet(opts.bytes, { columns: rosterColumns, maxRows: 50_000 });
  const issues: FieldIssue[] = [...sheet.issues];
  const bad = new Set(sheet.issues.map((i) => i.row));
  const at = (row: number, key: string, message: string) => {
    const c = rosterColumns.find((x) => x.key === key)!;
    const l = sheet.columnLetters.get(key);
    issues.push({
      row,
      column: l,
      field: key,
      message: `第 ${row} 行${l ? ` ${l} 列` : ''}（${c.headers[0]}）：${message}`,
    });
    bad.add(row);
  };

  const collegeRows = await db.select({ id: colleges.id, code: colleges.code, name: colleges.name }).from(colleges);
  const collegeName = (id: string | null) => collegeRows.find((c) => c.id === id)?.name ?? '';
  const clerkCollege = actor.role === 'college_clerk' ? actor.collegeId : null;
  const gradYear = graduatingYearOf(ctx.batchDate);

  // Cells → planned rows; what can be judged without the database.
  const planned: Planned[] = [];
  const byId = new Map<string, number>();
  const byNumber = new Map<string, number>();
  for (const r of sheet.rows) {
    if (bad.has(r.rowNumber)) continue;
    const v = { ...(r.values as Omit<RosterRow, 'rowNumber'>), rowNumber: r.rowNumber } as RosterRow;
    const n = r.rowNumber;
    const idType = v.idType ?? 'resident';
    const idNumber = normalizeIdNumber(idType, v.idNumber);
    const problem = idNumberProblem(idType, idNumber);
    if (problem) at(n, 'idNumber', problem);
    else if (v.gender && (idType === 'resident' || idType === 'hmt_residence') && genderOf(idNumber) !== v.gender)
      at(n, 'gender', `与身份证号码不符（号码显示为${genderNames[genderOf(idNumber)]}）`);
    const key = `${idType}|${idNumber}`;
    if (byId.has(key)) {
      const first = byId.get(key)!;
      at(first, 'idNumber', `与第 ${n} 行的证件号码重复`);
      at(n, 'idNumber', `与第 ${first} 行的证件号码重复`);
    } else byId.set(key, n);
    if (v.studentNumber) {
      if (byNumber.has(v.studentNumber)) {
        const first = byNumber.get(v.studentNumber)!;
        at(first, 'studentNumber', `学号 ${v.studentNumber} 与第 ${n} 行重复`);
        at(n, 'studentNumber', `学号 ${v.studentNumber} 与第 ${first} 行重复`);
      } else byNumber.set(v.studentNumber, n);
    }
    // R-REG-01: one level of those the batch opens (a single-level batch needs no column; a level outside the
    // batch's is refused with the occupation below, naming the batch it belongs to).
    const level = v.level ?? (batch.levels.length === 1 ? batch.levels[0] : null);
    if (level === null)
      at(n, 'level', `本批次开放 ${batch.levels.map((l) => levelNames[l as 1]).join('、')}，请填写申报等级`);
    let collegeId: string | null = null;
    if (v.college) {
      const c = collegeRows.find((x) => x.name === v.college || x.code === v.college);
      if (!c) at(n, 'college', `找不到学院“${v.college}”`);
      else collegeId = c.id;
    }
    // R-ORG-07: a clerk imports its own college's students only.
    if (clerkCollege && collegeId && collegeId !== clerkCollege)
      at(n, 'college', `只能导入本学院（${collegeName(clerkCollege)}）的学生`);
    const graduating = v.graduating ?? (v.graduationYear ? v.graduationYear <= gradYear : null);
    planned.push({
      row: v,
      idType,
      idNumber,
      idHash: problem ? '' : opts.pii.lookupHash(idType, idNumber),
      collegeId: collegeId ?? '',
      level: level ?? 0,
      graduating,
      existing: null,
      personId: '',
    });
  }

  await checkOccupations(db, ctx, planned, at, clerkCollege);

  // What the database already holds: persons by ID hash and by 学号, live applications to this batch (set queries).
  const ok = planned.filter((p) => !bad.has(p.row.rowNumber));
  const found = new Map<string, PersonRow>();
  for (const part of chunked(ok, 5000))
    for (const p of await candidatesByIdHashes(
      db,
      part.map((x) => x.idHash),
    ))
      found.set(`${p.idType}|${p.idHash}`, p);
  const numbered = new Map<string, PersonRow>();
  const numbers = ok.map((p) => p.row.studentNumber).filter(Boolean);
  for (const part of chunked(numbers, 5000))
    for (const p of await candidatesByStudentNumbers(db, part)) numbered.set(p.studentNumber!, p);
  const applied = new Set(
    (
      await db
        .select({ personId: applications.personId })
        .from(applications)
        .where(and(eq(applications.batchId, batch.id), ne(applications.status, 'withdrawn')))
    ).map((a) => a.personId),
  );

  for (const p of ok) {
    const n = p.row.rowNumber;
    const e = found.get(`${p.idType}|${p.idHash}`) ?? null;
    const owner = p.row.studentNumber ? numbered.get(p.row.studentNumber) : undefined;
    if (owner && owner.id !== e?.id) at(n, 'studentNumber', `学号 ${p.row.studentNumber} 已被系统中的其他人员使用`);
    if (e) {
      // Issue 8 item 11, R-ORG-07: a record outside the clerk's scope (another college's student, a staff member, a
      // social learner) gets one answer that names nothing about it: no kind, no college, no stored name.
      if (clerkCollege && (e.collegeId !== clerkCollege || e.kind !== 'student')) {
        at(n, 'idNumber', OUT_OF_SCOPE);
        continue;
      }
      if (e.kind === 'staff') at(n, 'idNumber', '该证件号码已登记为教职工，教职工请通过报名系统个人申报');
      if (e.name !== p.row.name) at(n, 'name', `与系统中该证件号码登记的姓名“${e.name}”不一致`);
      if (applied.has(e.id)) at(n, 'idNumber', '该考生已报名本批次，不能重复报名');
    }
    // R-ELIG-00…03: a level no rule can ever grant a student under the batch's method is refused here; any other
    // verdict is the reviewers' (stored with the application below).
    const never = p.level ? levelNoRuleGrants(e?.kind ?? 'student', batch.method, p.level) : null;
    if (never) at(n, 'level', never);
    p.existing = e;
    p.personId = e?.id ?? randomUUID();
    p.collegeId = p.collegeId || e?.collegeId || clerkCollege || batch.collegeId;
  }
  issues.sort((x, y) => (x.row ?? 0) - (y.row ?? 0)); // the clerk reads them top to bottom
  assertClean(issues);
  return writeRoster(db, store, { actor, pii: opts.pii, ctx, planned, bytes: opts.bytes, fileName: opts.fileName });
}

type Ctx = Awaited<ReturnType<typeof eligibilityContextFor>>;

/**
 * R-REG-01, R-REG-03, R-ORG-02: each row's occupation, job, level and method against the batch, the catalogue and the
 * centre's active scope (`roster.rules.ts`). The catalogue rows, jobs, scope rows and open batches the file names
 * are loaded once each, whatever the number of rows.
 */
async function checkOccupations(
  db: DbOrTx,
  ctx: Ctx,
  planned: Planned[],
  at: (row: number, key: string, message: string) => void,
  clerkCollege: string | null,
) {
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];
  const codes = uniq(planned.map((p) => p.row.occupationCode));
  const names = uniq(planned.filter((p) => !p.row.occupationCode).map((p) => p.row.occupationName));
  const catalogue =
    codes.length || names.length
      ? await db
          .select({ id: occupations.id, edition: occupations.edition, code: occupations.code, name: occupations.name })
          .from(occupations)
          .where(
            or(
              codes.length ? inArray(occupations.code, codes) : undefined,
              names.length ? inArray(occupations.name, names) : undefined,
            ),
          )
      : [];
  const ids = uniq([ctx.batch.occupationId, ...catalogue.map((o) => o.id)]);
  const [jobRows, scope, open] = await Promise.all([
    db
      .select({ occupationId: occupationJobs.occupationId, name: occupationJobs.name })
      .from(occupationJobs)
      .where(inArray(occupationJobs.occupationId, ids)),
    activeScopeOfOccupations(db, ids),
    registeringBatchesOfOccupations(db, ids),
  ]);
  // R-ORG-07: a clerk is pointed to its own college's batches only (another college's batches are not its to read).
  const openBatches = open.filter((b) => !clerkCollege || b.collegeId === clerkCollege);
  const jobs = new Map<string, string[]>();
  for (const j of jobRows) jobs.set(j.occupationId, [...(jobs.get(j.occupationId) ?? []), j.name]);
  for (const p of planned) {
    const r = p.row;
    const issues = checkRowApplication(
      {
        rowNumber: r.rowNumber,
        occupationCode: r.occupationCode ?? '',
        occupationName: r.occupationName ?? '',
        jobName: r.jobName ?? '',
        level: p.level || null,
        method: r.method ?? null,
      },
      { batch: ctx.batch, catalogue, jobs, scope, openBatches },
    );
    for (const i of issues) at(i.row, i.field, i.message);
  }
}

async function writeRoster(
  db: Db,
  store: FileStore,
  o: { actor: Actor; pii: PiiCipher; ctx: Ctx; planned: Planned[]; bytes: Buffer; fileName: string },
) {
  const { actor, ctx, planned } = o;
  const now = new Date();
  return db.transaction(async (tx) => {
    // The file as imported, kept for the record; it holds ID numbers, so it is sealed with the PII key (R-PPL-02).
    const file = await store.record(tx, {
      bytes: o.pii.sealBytes(o.bytes),
      name: `${o.fileName || '花名册.xlsx'}.sealed`,
      mime: 'application/octet-stream',
      ownerId: actor.userId,
      purpose: 'roster',
    });

    // Candidate accounts (one person, one account): issue 8 item 4, a random one-time activation code each, sealed
    // with the PII key (no hashing here: AES-GCM costs microseconds a row, scrypt tens of milliseconds).
    const needAccount = planned.filter((p) => !p.existing?.userId);
    const accountOf = new Map(needAccount.map((p) => [p.personId, randomUUID()]));
    await createCandidateAccounts(
      tx,
      o.pii,
      actor.userId,
      needAccount.map((p) => ({
        id: accountOf.get(p.personId)!,
        username: `c${p.personId.replace(/-/g, '')}`,
        displayName: p.row.name,
      })),
    );

    const fresh = planned.filter((p) => !p.existing);
    const known = planned.filter((p) => p.existing);
    const isResident = (p: Planned) => p.idType === 'resident' || p.idType === 'hmt_residence';
    await writeRosterPersons(tx, {
      fresh: fresh.map((p) => ({
        id: p.personId,
        name: p.row.name,
        gender: p.row.gender ?? (isResident(p) ? genderOf(p.idNumber) : 'male'),
        idType: p.idType,
        idCipher: o.pii.encrypt(p.idNumber),
        idHash: p.idHash,
        idMasked: maskIdNumber(p.idNumber),
        birthYear: birthYearOf(p.idType, p.idNumber), // R-PPL-02: the year only in clear
        phone: p.row.phone || null,
        collegeId: p.collegeId,
        major: p.row.major || null,
        className: p.row.className || null,
        enrolmentYear: p.row.enrolmentYear,
        educationLevel: p.row.educationLevel,
        graduating: p.graduating ?? false,
        studentNumber: p.row.studentNumber || null,
        userId: accountOf.get(p.personId)!,
      })),
      known: known.map((p) => ({
        id: p.personId,
        studentNumber: p.row.studentNumber || null,
        collegeId: p.collegeId,
        major: p.row.major || null,
        className: p.row.className || null,
        enrolmentYear: p.row.enrolmentYear,
        educationLevel: p.row.educationLevel,
        graduating: p.graduating,
        phone: p.row.phone || null,
        userId: accountOf.get(p.personId) ?? null,
      })),
    });

    // R-ELIG-00: the engine's verdict on the facts as they stand after this roster, stored with each application.
    const facts = await loadFacts(
      tx,
      planned.map((p) => p.personId),
      { edition: ctx.occupation.edition },
    );
    const at = now.toISOString();
    const apps = planned.map((p) => {
      const f = facts.get(p.personId)!;
      const result = judgeEligibility(f, ctx);
      const decision = result.levels.find((l) => l.level === p.level);
      // The verdict on the level applied for, with its reasons (the other four levels would add 20 kB a row).
      // A complete EligibilityOut (with `at`, the time the engine ran): the application detail's schema requires it.
      const snapshot = {
        levels: decision ? [decision] : [],
        highest: result.highest,
        reasons: result.reasons,
        notes: [...ctx.notes, ...factNotes(f)],
        at,
      };
      // null: no rule of the documents decides (R-ELIG-00), the reviewers judge by hand.
      const eligible = decision?.eligible ? true : decision?.manual ? null : false;
      return { p, id: randomUUID(), eligible, snapshot };
    });
    // Rows with the same facts get the same verdict: each distinct snapshot is sent (and parsed) once.
    const snapshots = new Map<string, number>();
    const rows = apps.map((a) => {
      const key = JSON.stringify(a.snapshot);
      if (!snapshots.has(key)) snapshots.set(key, snapshots.size + 1);
      return {
        id: a.id,
        person_id: a.p.personId,
        college_id: a.p.collegeId,
        level: a.p.level,
        form: {
          roster: { row: a.p.row.rowNumber, major: a.p.row.major || null, className: a.p.row.className || null },
        },
        eligible: a.eligible,
        snap: snapshots.get(key)!,
      };
    });
    const distinct = `[${[...snapshots.keys()].join(',')}]`;
    for (const part of chunked(rows, 5000))
      await tx.execute(sql`
        insert into applications (id, batch_id, person_id, college_id, level, status, source, form, eligibility, eligible, eligibility_at, submitted_at, created_by)
        select x.id, ${ctx.batch.id}::uuid, x.person_id, x.college_id, x.level, 'pending_college', 'import', x.form, s.value, x.eligible, ${at}::timestamptz, ${at}::timestamptz, ${actor.userId}::uuid
        from json_to_recordset(${JSON.stringify(part)}::json) as x(id uuid, person_id uuid, college_id uuid, level int, form jsonb, eligible boolean, snap int)
        join jsonb_array_elements(${distinct}::jsonb) with ordinality as s(value, n) on s.n = x.snap`);
    await insertRows(
      tx,
      'application_decisions',
      {
        application_id: 'uuid',
        stage: 'text',
        action: 'text',
        reason: 'text',
        actor_id: 'uuid',
        actor_name: 'text',
        at: 'timestamptz',
      },
      apps.map((a) => ({
        application_id: a.id,
        stage: 'college',
        action: 'import',
        reason: `花名册第 ${a.p.row.rowNumber} 行`,
        actor_id: actor.userId,
        actor_name: actor.displayName,
        at,
      })),
    );

    const eligible = apps.filter((a) => a.eligible).length;
    const result: RosterImportResult = {
      batchId: ctx.batch.id,
      rows: planned.length,
      personsCreated: fresh.length,
      personsUpdated: known.length,
      accountsCreated: needAccount.length,
      applicationsCreated: apps.length,
      eligible,
      notEligible: apps.filter((a) => a.eligible === false).length,
      fileId: file.id,
      initialPasswordNote: INITIAL_PASSWORD_NOTE,
    };
    // One audit row for the import: the stored file (and its SHA-256) says what came in; each application has its
    // own 'import' decision row naming the clerk and the roster row.
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'roster',
      entityId: ctx.batch.id,
      after: {
        ...result,
        initialPasswordNote: undefined,
        fileName: o.fileName,
        sha256: createHash('sha256').update(o.bytes).digest('hex'),
      },
    });
    return result;
  });
}
