// 考生投诉 (R-CMP-01/02) from outside the centre: the public form (no login, rate limited by the route) and the
// candidate's portal file a complaint and get a tracking code once; the public lookup by that code shows the state
// and the due days only.
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { complaints } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { chinaToday } from '../../../shared/dates.js';
import { complaintChannelNames, type AppealKind, type ComplaintStatus } from '../../../shared/complaints.js';
import { candidateOfUser } from '../people/people.reads.js';
import { insertComplaint } from './complaints.service.js';
import { checkAppeal, checkBatch, checkEvidence, presentStatus, trackingHash } from './complaints.store.js';

interface CoreData {
  complainantUnit?: string | null;
  complainantContact: string;
  complaintText: string;
  batchId?: string | null;
  respondentText?: string | null;
}

/** R-CMP-01: a complaint from the public page: channel 网上, received today. */
export async function filePublicComplaint(
  db: Db,
  opts: { ip: string | null; today?: string; data: CoreData & { complainantName: string } },
) {
  const d = opts.data;
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) =>
    insertComplaint(
      tx,
      null,
      {
        channel: 'online',
        source: 'public',
        complainantName: d.complainantName,
        complainantUnit: d.complainantUnit || null,
        complainantContact: d.complainantContact,
        content: d.complaintText,
        evidenceFileIds: [],
        batchId: await checkBatch(tx, d.batchId),
        respondentPersonIds: [],
        respondentUserIds: [],
        respondentText: d.respondentText || null,
        appealKind: null,
        appealId: null,
        receivedOn: today,
        handlerId: null,
        createdBy: null,
      },
      opts.ip,
    ),
  );
}

/** The public lookup: a wrong code answers 404; the answer carries the state and the due days, nothing else. */
export async function complaintStatusByCode(db: Db, opts: { trackingCode: string }): Promise<ComplaintStatus> {
  const [row] = await db
    .select()
    .from(complaints)
    .where(eq(complaints.trackingHash, trackingHash(opts.trackingCode)));
  if (!row) throw new AppError('NOT_FOUND', '查询码不正确，没有找到对应的投诉');
  return presentStatus(row);
}

async function candidateOf(db: Db, actor: Actor) {
  const person = await candidateOfUser(db, actor.userId);
  if (!person) throw new AppError('NOT_FOUND', '您的账号尚未关联考生信息，请联系认定中心');
  return person;
}

/** R-CMP-01: a candidate's complaint from the portal: its name from its record, evidence it uploaded itself. */
export async function filePortalComplaint(
  db: Db,
  opts: {
    actor: Actor | null;
    today?: string;
    data: CoreData & {
      evidenceFileIds?: string[] | null;
      appealKind?: AppealKind | null;
      appealId?: string | null;
    };
  },
) {
  authorize(opts.actor, 'complaints.own');
  const actor = opts.actor;
  const d = opts.data;
  const person = await candidateOf(db, actor);
  const today = opts.today ?? chinaToday();
  return db.transaction(async (tx) =>
    insertComplaint(tx, actor, {
      channel: 'online',
      source: 'portal',
      complainantName: person.name,
      complainantUnit: d.complainantUnit || null,
      complainantContact: d.complainantContact,
      content: d.complaintText,
      evidenceFileIds: await checkEvidence(tx, d.evidenceFileIds ?? [], actor.userId),
      batchId: await checkBatch(tx, d.batchId),
      respondentPersonIds: [],
      respondentUserIds: [],
      respondentText: d.respondentText || null,
      // R-VIOL: a candidate appeals its own violation ruling only.
      ...(await checkAppeal(tx, d.appealKind, d.appealId, person.id)),
      receivedOn: today,
      handlerId: null,
      createdBy: actor.userId,
    }),
  );
}

/** The candidate's own complaints (filed in the portal), newest first. */
export async function myComplaints(db: Db, opts: { actor: Actor | null }) {
  authorize(opts.actor, 'complaints.own');
  const rows = await db
    .select()
    .from(complaints)
    .where(eq(complaints.createdBy, opts.actor.userId))
    .orderBy(desc(complaints.createdAt));
  return {
    items: rows.map((r) => ({
      ...presentStatus(r),
      id: r.id,
      complaintText: r.content,
      channelName: complaintChannelNames[r.channel],
      decisionReason: r.decisionReason,
      result: r.result,
    })),
  };
}
