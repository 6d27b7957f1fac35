import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { applications, colleges } from '../../db/schema/index.js';
import { assertCollegeScope, authorize, type Actor } from '../../http/access.js';
import { notFound } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { NO_CLASS, type CandidateAccount, type CandidateAccountList } from '../../../shared/activation.js';
import { recordAudit } from '../audit/audit.service.js';
import { activationOfAccounts, type ActivationOfAccount } from '../auth/activation.service.js';
import { presentCandidateAccount } from '../auth/activation.present.js';
import { candidatesByIds, type CandidatePerson } from '../people/people.reads.js';
import { eligibilityContextFor } from './facts.service.js';

/**
 * Issue 8 item 4: the candidate accounts of a batch's applicants with their one-time activation codes, per class.
 * A college's clerks see and print those of their own college's students (R-ORG-07), centre staff all.
 */

async function loadBatch(db: DbOrTx, actor: Actor, batchId: string) {
  const ctx = await eligibilityContextFor(db, batchId);
  assertCollegeScope(actor, ctx.batch.collegeId, '认定批次'); // R-ORG-07: another college's batch reads as missing
  return ctx.batch;
}

const classOf = (p: CandidatePerson) => p.className || NO_CLASS;
/** Ascending, a missing value last (PostgreSQL's order). */
const cmp = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);

interface Account {
  person: CandidatePerson;
  activation: ActivationOfAccount;
}

/**
 * The candidate accounts of the batch's live applicants, within the actor's college (R-ORG-07): applications here,
 * persons from people, account states (and codes, with `pii`) from auth.
 */
async function accountsOf(db: DbOrTx, actor: Actor, batchId: string, pii?: PiiCipher): Promise<Account[]> {
  const apps = await db
    .selectDistinct({ personId: applications.personId })
    .from(applications)
    .where(and(eq(applications.batchId, batchId), ne(applications.status, 'withdrawn')));
  const people = (
    await candidatesByIds(
      db,
      apps.map((a) => a.personId),
    )
  ).filter(
    (p) =>
      p.userId && (actor.role !== 'college_clerk' || (actor.collegeId !== null && p.collegeId === actor.collegeId)),
  );
  const activation = new Map(
    (
      await activationOfAccounts(
        db,
        people.map((p) => p.userId!),
        pii,
      )
    ).map((a) => [a.userId, a]),
  );
  return people.flatMap((person) => {
    const a = activation.get(person.userId!);
    return a ? [{ person, activation: a }] : [];
  });
}

async function presentAccounts(db: DbOrTx, accounts: Account[]): Promise<CandidateAccount[]> {
  const ids = [...new Set(accounts.map((a) => a.person.collegeId).filter((id): id is string => !!id))];
  const names = new Map(
    ids.length
      ? (await db.select({ id: colleges.id, name: colleges.name }).from(colleges).where(inArray(colleges.id, ids))).map(
          (c) => [c.id, c.name],
        )
      : [],
  );
  return accounts
    .sort(
      (x, y) =>
        cmp(x.person.className, y.person.className) ||
        cmp(x.person.studentNumber, y.person.studentNumber) ||
        cmp(x.person.name, y.person.name),
    )
    .map((a) =>
      presentCandidateAccount(
        a.person,
        a.person.collegeId ? (names.get(a.person.collegeId) ?? null) : null,
        a.activation,
      ),
    );
}

/**
 * The batch's classes with their counts, and the accounts of one class (the first when none is asked for): a batch
 * of 20,000 students is read a class at a time.
 */
export async function listCandidateAccounts(
  db: Db,
  opts: { actor: Actor | null; batchId: string; className?: string },
): Promise<CandidateAccountList> {
  authorize(opts.actor, 'applications.import');
  await loadBatch(db, opts.actor, opts.batchId);
  const accounts = await accountsOf(db, opts.actor, opts.batchId);
  const counts = new Map<string, { total: number; active: number }>();
  for (const a of accounts) {
    const c = counts.get(classOf(a.person)) ?? { total: 0, active: 0 };
    c.total += 1;
    if (a.activation.state === 'active') c.active += 1;
    counts.set(classOf(a.person), c);
  }
  const classes = [...counts]
    .map(([className, c]) => ({ className, ...c }))
    .sort((x, y) => cmp(x.className, y.className));
  const className = opts.className ?? classes[0]?.className ?? null;
  const items = className
    ? await presentAccounts(
        db,
        accounts.filter((a) => classOf(a.person) === className),
      )
    : [];
  return { classes, className, items };
}

/** The rows of a class sheet: every account of the class, with its code while it is unused. */
export async function activationSheetRows(
  db: Db,
  opts: { actor: Actor | null; pii: PiiCipher; batchId: string; className: string },
) {
  authorize(opts.actor, 'applications.import');
  const batch = await loadBatch(db, opts.actor, opts.batchId);
  const accounts = (await accountsOf(db, opts.actor, opts.batchId, opts.pii)).filter(
    (a) => classOf(a.person) === opts.className,
  );
  if (!accounts.length) throw notFound('该班级的考生账号');
  const code = new Map(accounts.map((a) => [a.activation.userId, a.activation.code ?? '']));
  const out = (await presentAccounts(db, accounts)).map((r) => ({ ...r, code: code.get(r.userId) ?? '' }));
  await db.transaction(async (tx) => {
    // Who printed which class's codes is on record (the codes themselves never are).
    await recordAudit(tx, opts.actor, {
      action: 'activation.print',
      entity: 'batch',
      entityId: batch.id,
      after: { className: opts.className, accounts: out.length, codes: out.filter((r) => r.code).length },
    });
  });
  return { batch, rows: out };
}
