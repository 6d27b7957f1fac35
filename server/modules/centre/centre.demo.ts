import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { centres, filings, regulations, scopeRows, venues } from '../../db/schema/index.js';
import { systemActor } from '../../http/access.js';
import { recordAudit } from '../audit/audit.service.js';
import { findOccupation } from './catalogue.service.js';

/**
 * The demo centre's filing data (demo mode only; invented school data with a valid-looking 统一社会信用代码): the
 * profile, an approved initial filing whose scope follows the Zhoukou notice (Z 四, including its 2015-era codes)
 * and the handbook's examples, the regulations list, venues (the equipment is the equipment module's ledger, equipment.demo.ts).
 */
const demoScope: {
  college: string;
  edition: '2015' | '2022';
  code: string;
  job: string | null;
  levels: number[];
  major: string;
}[] = [
  { college: 'JD', edition: '2022', code: '6-31-01-03', job: null, levels: [4, 3], major: '电气自动化技术' },
  {
    college: 'JD',
    edition: '2022',
    code: '4-12-01-01',
    job: '汽车机械维修',
    levels: [4, 3],
    major: '汽车检测与维修技术',
  },
  { college: 'JD', edition: '2022', code: '6-20-03-01', job: '数控机床装调维修工', levels: [4, 3], major: '数控技术' },
  { college: 'JD', edition: '2022', code: '6-18-01-01', job: '数控车床', levels: [4, 3, 2, 1], major: '数控技术' },
  { college: 'XX', edition: '2022', code: '4-04-05-01', job: null, levels: [4, 3], major: '软件技术' },
  { college: 'XX', edition: '2022', code: '4-08-08-08', job: null, levels: [3], major: '数字媒体艺术设计' },
  { college: 'SM', edition: '2015', code: '4-01-02-02', job: '网商', levels: [4, 3], major: '电子商务' },
  { college: 'SM', edition: '2015', code: '4-01-02-07', job: '直播销售员', levels: [4, 3], major: '网络直播与运营' },
  { college: 'SM', edition: '2022', code: '4-02-06-03', job: null, levels: [3], major: '现代物流管理' },
  { college: 'SM', edition: '2022', code: '4-10-01-03', job: null, levels: [4, 3], major: '婴幼儿托育服务与管理' },
];

export async function seedDemoCentre(tx: DbOrTx, centreId: string, collegeIds: Map<string, string>) {
  const actor = systemActor;
  const [centre] = await tx
    .update(centres)
    .set({
      filingDate: '2024-03-15',
      contact: '李敏',
      contactTitle: '认定中心办公室主任',
      phone: '0371-60000000',
      mobile: '13800000000',
      email: 'jnrd@example.edu.cn',
      website: 'https://jnrd.example.edu.cn',
      address: '河南省郑州市示例区学院路 1 号',
      schoolName: '示例职业技术学院',
      schoolAddress: '河南省郑州市示例区学院路 1 号',
      registrationAuthority: '河南省事业单位登记管理局',
      creditCode: '12410000MB1234567L',
      schoolNature: '公办',
      supervisingAuthority: '河南省教育厅',
      legalRepresentative: '王校长',
      legalRepresentativeTitle: '院长',
      legalRepresentativePhone: '0371-60000099',
      organisationStrengths:
        '学校成立职业技能等级认定工作领导小组，下设认定中心办公室，配备专职工作人员 4 名，内部质量督导组 3 人。',
      professionalStrengths: '开设机电、信息、商贸类专业 32 个，其中省级特色专业 6 个，校内实训基地 48 个。',
      itSituation:
        '使用河南省技能人才评价管理服务平台开展考务管理；建有智能化理论考场 3 个；考场全部安装视频监控，录像保存 5 年。',
      updatedAt: new Date(),
    })
    .where(eq(centres.id, centreId))
    .returning();
  const [filing] = await tx
    .insert(filings)
    .values({
      centreId,
      category: 'initial',
      title: '机构设置备案申请',
      status: 'approved',
      submittedAt: new Date('2024-02-20T02:00:00Z'),
      replyNumber: '豫人社函〔2024〕示例1号',
      replyDate: '2024-03-15',
      decidedAt: new Date('2024-03-15T02:00:00Z'),
    })
    .returning();
  const occ = new Map<string, string>();
  let seq = 0;
  for (const s of demoScope) {
    const o = await findOccupation(tx, { edition: s.edition, code: s.code });
    if (!o) throw new Error(`demo scope: ${s.edition} ${s.code} missing from the catalogue`);
    occ.set(s.code, o.id);
    await tx.insert(scopeRows).values({
      centreId,
      filingId: filing.id,
      occupationId: o.id,
      jobName: s.job,
      levels: s.levels,
      standardType: 'national',
      collegeId: collegeIds.get(s.college)!,
      major: s.major,
      status: 'active',
      activatedAt: new Date('2024-03-15T02:00:00Z'),
      seq: ++seq,
    });
  }
  await tx.insert(regulations).values([
    {
      centreId,
      seq: 1,
      name: '职业技能等级认定工作规则',
      issuedOn: '2024-01-10',
      issuer: '示例职业技术学院 示职院〔2024〕3号',
    },
    {
      centreId,
      seq: 2,
      name: '职业技能等级认定考场规则',
      issuedOn: '2024-01-10',
      issuer: '示例职业技术学院 示职院〔2024〕4号',
    },
    {
      centreId,
      seq: 3,
      name: '职业技能等级认定考生违纪违规处理规定',
      issuedOn: '2024-01-10',
      issuer: '示例职业技术学院 示职院〔2024〕5号',
    },
    {
      centreId,
      seq: 4,
      name: '考评人员管理办法',
      issuedOn: '2024-01-12',
      issuer: '示例职业技术学院 示职院〔2024〕6号',
    },
  ]);
  await tx.insert(venues).values([
    { centreId, kind: 'office', place: '行政楼 305 认定中心办公室', area: 60, count: 1 },
    { centreId, kind: 'office', place: '行政楼 306 档案室、保密室', area: 40, count: 2 },
    {
      centreId,
      kind: 'theory',
      place: '信息楼 201–203 智能化理论考场',
      area: 120,
      count: 3,
      note: '每室 60 个机位，视频监控',
    },
    {
      centreId,
      kind: 'skill',
      occupationId: occ.get('6-31-01-03'),
      place: '实训楼 A 区 电工实训室',
      area: 200,
      count: 2,
    },
    {
      centreId,
      kind: 'skill',
      occupationId: occ.get('6-18-01-01'),
      place: '实训楼 B 区 数控车工实训室',
      area: 300,
      count: 1,
    },
    { centreId, kind: 'skill', occupationId: occ.get('4-10-01-03'), place: '商贸楼 保育实训室', area: 90, count: 1 },
  ]);
  await recordAudit(tx, actor, {
    action: 'seed',
    entity: 'centre',
    entityId: centreId,
    after: { profile: centre.name, filing: filing.id, scopeRows: demoScope.length },
  });
}
