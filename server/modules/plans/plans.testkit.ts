import type { TestClient } from '../../test/harness.js';

/** Request bodies of the plans module's tests: a batch of 电工 (6-31-01-03, owned by JD, levels 4 and 3). */

export function batchBodyFor(
  collegeId: string,
  opts: { examDay?: string; skillDay?: string; title?: string; levels?: number[]; code?: string } = {},
) {
  const examDay = opts.examDay ?? '2026-10-12';
  return {
    title: opts.title ?? `电工 ${examDay} 批次`,
    collegeId,
    edition: '2022',
    code: opts.code ?? '6-31-01-03',
    jobName: null as string | null,
    levels: opts.levels ?? [4],
    method: 'exam',
    sittings: [
      { kind: 'theory', day: examDay, startsAt: '09:00', endsAt: '10:30', place: '信息楼 201' },
      {
        kind: 'skill',
        day: opts.skillDay ?? examDay,
        startsAt: '14:00',
        endsAt: '17:00',
        place: '实训楼 A 区 电工实训室',
      },
    ],
    registrationOpensOn: '2025-09-01',
    registrationClosesOn: `${examDay.slice(0, 4)}-01-05`,
    registrationPlace: '行政楼 305',
    applicants: '机电工程学院在校学生',
    conditions: '取得相关专业毕业证书或在校学习满一年',
    standard: '电工国家职业技能标准（2018 年版）',
    fee: 150,
    capacity: 60,
    zhoukouCourseVariant: false,
  };
}

type Res = Awaited<ReturnType<TestClient['post']>>;

/** The JSON body of a 200 answer (any other status fails the test with the body). */
export async function okJson(p: Promise<Res>): Promise<ReturnType<Res['json']>> {
  const res = await p;
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json();
}

/** A batch taken to 已报备 (submitted on time) and, with `approve`, with the authority's approval recorded. */
export async function filedBatch(
  admin: TestClient,
  head: TestClient,
  collegeId: string,
  approve = false,
): Promise<string> {
  const b = await okJson(admin.post('/api/v1/batches', batchBodyFor(collegeId)));
  await okJson(admin.post(`/api/v1/batches/${b.id}/submit`, { submittedOn: '2026-09-01' }));
  if (approve)
    await okJson(
      head.post(`/api/v1/batches/${b.id}/approval`, { approvalNumber: '豫鉴〔2026〕1号', approvalDate: '2026-09-10' }),
    );
  return b.id;
}
