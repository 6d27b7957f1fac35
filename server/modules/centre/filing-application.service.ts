import type { Db } from '../../db/client.js';
import { authorize, type Actor } from '../../http/access.js';
import type { CentreProfile, Equipment, Regulation, Venue } from '../../../shared/centre.js';
import type { FilingApplication, ScopeRow } from '../../../shared/scope.js';
import { loadCentre, listRegulations, listVenues } from './centre.service.js';
import { ledgerForFiling } from '../equipment/equipment.reads.js';
import { presentCentre } from './centre.present.js';
import { getFiling } from './filing.service.js';
import { peopleForFiling, type FilingPeople } from './filing-people.service.js';
import { chinaToday } from '../../../shared/dates.js';

/** Everything the 备案申请表 prints (R-ORG-05). */
export interface FilingDocument {
  centre: CentreProfile;
  application: FilingApplication;
  rows: ScopeRow[];
  regulations: Regulation[];
  venues: Venue[];
  equipment: Equipment[];
  people: FilingPeople;
  today: string;
}

/** Minimum examiners per occupation (R-ORG-05, H 备案申请表 “每一职业最少3名考评人员”). */
export const MIN_EXAMINERS_PER_OCCUPATION = 3;

const REQUIRED: [keyof CentreProfile, string][] = [
  ['schoolName', '申请学校全称'],
  ['schoolAddress', '学校地址'],
  ['registrationAuthority', '注册登记机构'],
  ['schoolNature', '学校性质'],
  ['creditCode', '统一社会信用代码'],
  ['supervisingAuthority', '主管部门'],
  ['legalRepresentative', '法定代表人'],
  ['contact', '联系人'],
  ['phone', '联系电话'],
  ['website', '技能等级认定工作网址'],
];

/**
 * R-ORG-05: the application assembled from the centre, the filing's scope rows, the regulations, venues and
 * equipment, and the people module; what is missing or short (fewer than 3 examiners for an occupation) becomes a
 * warning, shown on the screen and above the form — the form is still printable.
 */
export async function assembleFiling(db: Db, opts: { actor: Actor | null; id: string }): Promise<FilingDocument> {
  authorize(opts.actor, 'filing.read');
  const actor = opts.actor;
  const today = chinaToday();
  const [detail, centreRow, regulations, venues, equipment, people] = await Promise.all([
    getFiling(db, { actor, id: opts.id }),
    loadCentre(db),
    listRegulations(db, { actor }),
    listVenues(db, { actor }),
    ledgerForFiling(db), // R-ORG-05: the equipment ledger, not a separate list
    peopleForFiling(db, actor),
  ]);
  const centre = presentCentre(centreRow, today);
  const { rows, ...filing } = detail;
  const warnings: string[] = [];
  const missing = REQUIRED.filter(([k]) => !centre[k]).map(([, label]) => label);
  if (missing.length) warnings.push(`必填项未填写（中心信息）：${missing.join('、')}`);
  if (filing.category === 'incremental' && !centre.filingCode)
    warnings.push('增量备案须填写现有认定机构代码（备案号）');
  if (!rows.length) warnings.push('尚未添加申请开展认定的职业（工种）');
  const noMajor = rows.filter((r) => !r.major);
  if (noMajor.length) warnings.push(`${noMajor.length} 个职业（工种）未填写对应专业`);
  if (!regulations.length) warnings.push('尚未录入文件、规章制度清单');
  if (!venues.some((v) => v.kind === 'theory')) warnings.push('尚未录入理论知识考场');
  const occupations = [...new Map(rows.map((r) => [r.code, r.occupationName])).entries()];
  for (const [code, name] of occupations) {
    if (!equipment.some((e) => e.occupationCode === code)) warnings.push(`职业“${name}”尚未录入设施设备`);
    if (!venues.some((v) => v.kind === 'skill' && v.occupationName === name))
      warnings.push(`职业“${name}”尚未录入操作技能考核场所`);
  }
  const examinersPerOccupation = occupations.map(([code, name]) => ({
    code,
    name,
    count: people.examiners.filter((e) => e.occupationCodes.includes(code)).length,
  }));
  if (!people.available) warnings.push('人员队伍：暂无数据（人员模块未提供），无法核对每一职业至少 3 名考评人员');
  else
    for (const o of examinersPerOccupation)
      if (o.count < MIN_EXAMINERS_PER_OCCUPATION)
        warnings.push(
          `职业“${o.name}”（${o.code}）只有 ${o.count} 名有效考评人员，每一职业至少需要 ${MIN_EXAMINERS_PER_OCCUPATION} 名`,
        );
  if (people.available && people.supervisors.length === 0) warnings.push('尚无内部质量监督人员');
  const application: FilingApplication = {
    filing,
    warnings,
    peopleAvailable: people.available,
    staff: people.staff,
    experts: people.experts,
    examiners: people.examiners.map(({ occupationCodes: _c, ...e }) => e),
    supervisors: people.supervisors,
    examinersPerOccupation,
  };
  return { centre, application, rows, regulations, venues, equipment, people, today };
}

export async function getFilingApplication(db: Db, opts: { actor: Actor | null; id: string }) {
  return (await assembleFiling(db, opts)).application;
}
