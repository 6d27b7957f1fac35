import type { Db } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { can } from '../../../shared/access.js';
import { listExamStaff, listExaminers, listExperts, listSupervisors } from '../people/staff.service.js';

/**
 * R-ORG-05: the people sections of the 备案申请表 (工作人员, 专家队伍, 考评人员队伍, 内部质量监督人员队伍), read only
 * through the people module's service functions. ID numbers stay masked here (R-PPL-02): the printed form is
 * completed with full numbers by hand or after an audited reveal in the people module.
 */
export interface FilingPerson {
  name: string;
  detail: string;
  idMasked: string;
  title: string;
  ownStaff: boolean;
}
export interface FilingPeople {
  available: boolean;
  staff: FilingPerson[];
  experts: (FilingPerson & { occupation: string })[];
  examiners: (FilingPerson & { occupation: string; occupationCodes: string[]; certificateNumber: string })[];
  supervisors: FilingPerson[];
}

const titleOf = (p: { titleName: string | null; skillLevel: number | null }) =>
  [p.titleName, p.skillLevel ? `${p.skillLevel}级` : null].filter(Boolean).join('/') || '—';

export async function peopleForFiling(db: Db, actor: Actor): Promise<FilingPeople> {
  if (!can(actor.role, 'staff.read'))
    return { available: false, staff: [], experts: [], examiners: [], supervisors: [] };
  const [staff, experts, examiners, supervisors] = await Promise.all([
    listExamStaff(db, { actor }),
    listExperts(db, { actor }),
    listExaminers(db, { actor }),
    listSupervisors(db, { actor }),
  ]);
  const base = (p: {
    name: string;
    idMasked: string;
    titleName: string | null;
    skillLevel: number | null;
    ownStaff: boolean;
  }) => ({
    name: p.name,
    idMasked: p.idMasked,
    title: titleOf(p),
    ownStaff: p.ownStaff,
  });
  return {
    available: true,
    staff: staff.items
      .filter((s) => s.active)
      .map((s) => ({ ...base(s), detail: s.role === 'proctor' ? '监考人员' : '考务人员' })),
    experts: experts.items
      .filter((x) => !x.revoked && x.validity !== 'expired')
      .map((x) => ({ ...base(x), occupation: x.occupation.name, detail: x.leader ? '专家组组长' : '专家' })),
    examiners: examiners.items
      .filter((x) => !x.dismissed && x.validity !== 'expired')
      .map((x) => ({
        ...base(x),
        occupation: x.occupations.map((o) => o.name).join('、'),
        occupationCodes: x.occupations.map((o) => o.code),
        certificateNumber: x.certificateNumber,
        detail: x.grade === 'senior' ? '高级考评员' : '考评员',
      })),
    supervisors: supervisors.items
      .filter((x) => !x.disqualified && x.validity !== 'expired')
      .map((x) => ({ ...base(x), detail: x.basis === 'examiner' ? '考评员推荐' : '相关管理人员' })),
  };
}
