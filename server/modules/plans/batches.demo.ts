import type { DbOrTx } from '../../db/client.js';
import { batchSittings, batchTransitions, batches } from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import { addDays } from '../../../shared/dates.js';

/** A batch of the demo: its id and title. */
export interface DemoBatch {
  id: string;
  title: string;
}

/**
 * Demo data only: a level-4 batch in 审核完成 (registration closed `closedDaysAgo` days ago, the authority's approval
 * recorded), with a theory sitting at 09:00 in 信息楼 and a skill sitting at 14:00 on `day`, and its recorded
 * transitions; inside the caller's transaction.
 */
export async function insertReviewedDemoBatch(
  tx: DbOrTx,
  o: {
    centreId: string;
    collegeId: string;
    occupationId: string;
    jobName: string | null;
    title: string;
    today: string;
    day: string;
    closedDaysAgo: number;
    capacity: number;
    approvalNumber: string;
    skillPlace: string;
    skillModules: string[];
    /** `examining`: arranged and examined too (the scoring demo's batch, whose exams are over). */
    state?: 'reviewed' | 'examining';
  },
): Promise<DemoBatch> {
  const [b] = await tx
    .insert(batches)
    .values({
      centreId: o.centreId,
      collegeId: o.collegeId,
      title: o.title,
      occupationId: o.occupationId,
      jobName: o.jobName,
      levels: [4],
      method: 'exam',
      state: o.state ?? 'reviewed',
      registrationOpensOn: addDays(o.today, -(o.closedDaysAgo + 30)),
      registrationClosesOn: addDays(o.today, -o.closedDaysAgo),
      registrationPlace: '行政楼 305 认定中心办公室',
      fee: '150',
      capacity: o.capacity,
      submittedOn: addDays(o.today, -(o.closedDaysAgo + 40)),
      approvalNumber: o.approvalNumber,
      approvalDate: addDays(o.today, -(o.closedDaysAgo + 35)),
    })
    .returning({ id: batches.id, title: batches.title });
  await tx.insert(batchSittings).values([
    { batchId: b.id, seq: 1, kind: 'theory', day: o.day, startsAt: '09:00', endsAt: '10:30', place: '信息楼 201–204' },
    {
      batchId: b.id,
      seq: 2,
      kind: 'skill',
      day: o.day,
      startsAt: '14:00',
      endsAt: '17:00',
      place: o.skillPlace,
      modules: o.skillModules,
    },
  ]);
  for (const [from, to] of [
    ['draft', 'filed'],
    ['filed', 'registering'],
    ['registering', 'reviewed'],
    ...(o.state === 'examining'
      ? ([
          ['reviewed', 'arranged'],
          ['arranged', 'examining'],
        ] as const)
      : []),
  ] as const)
    await tx
      .insert(batchTransitions)
      .values({ batchId: b.id, fromState: from, toState: to, actorId: systemActor.userId, actorName: '演示数据' });
  return b;
}
