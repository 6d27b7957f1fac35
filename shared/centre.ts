import { z } from 'zod';
import { text, isoDay } from './common.js';
import { checkCreditCode, checkFilingCode } from './centre.rules.js';

/** Schemas of the centre module's requests and responses: profile, regulations, venues, equipment, self-assessment. */

const optText = (max: number) => text().trim().max(max).nullish();
export const isoDate = isoDay;

const custom = (check: (v: string) => string | null) => (v: string, ctx: z.RefinementCtx) => {
  const reason = check(v);
  if (reason) ctx.addIssue({ code: 'custom', message: reason });
};

export const filingCodeSchema = z.string().trim().toUpperCase().superRefine(custom(checkFilingCode));
export const creditCodeSchema = z.string().trim().toUpperCase().superRefine(custom(checkCreditCode));

/** R-ORG-01: the centre's profile and the parent school's legal data. */
export const centreBody = z.object({
  name: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .refine((v) => v.endsWith('职业技能等级认定中心'), '须以“职业技能等级认定中心”结尾'),
  shortName: text().trim().min(2, '至少 2 个字').max(30),
  filingCode: filingCodeSchema.nullish(),
  filingDate: isoDate.nullish(),
  contact: optText(30),
  contactTitle: optText(30),
  phone: optText(30),
  mobile: text()
    .trim()
    .regex(/^1\d{10}$/, '应为 11 位手机号码')
    .nullish()
    .or(z.literal('')),
  email: text().trim().email('邮箱格式不正确').nullish().or(z.literal('')),
  website: optText(200),
  address: optText(200),
  previousCode: optText(30),
  schoolName: optText(60),
  schoolAddress: optText(200),
  registrationAuthority: optText(60),
  creditCode: creditCodeSchema.nullish(),
  schoolNature: z.enum(['公办', '民办'], { message: '应为“公办”或“民办”' }).nullish(),
  supervisingAuthority: optText(60),
  legalRepresentative: optText(30),
  legalRepresentativeTitle: optText(30),
  legalRepresentativePhone: optText(30),
  organisationStrengths: optText(2000),
  professionalStrengths: optText(2000),
  itSituation: optText(2000),
  filingWarnDays: z.number().int().min(1, '至少 1 天').max(365, '最多 365 天').optional(),
  assessmentPassMark: z.number().int().min(1).max(100).optional(),
});
export type CentreBody = z.infer<typeof centreBody>;

export const filingState = z.object({
  status: z.enum(['none', 'valid', 'expiring', 'expired']),
  validUntil: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
});

const n = z.string().nullable();
export const centreProfile = z.object({
  id: z.string(),
  name: z.string(),
  shortName: z.string(),
  type: z.string(),
  filingCode: n,
  filingDate: n,
  contact: n,
  contactTitle: n,
  phone: n,
  mobile: n,
  email: n,
  website: n,
  address: n,
  previousCode: n,
  schoolName: n,
  schoolAddress: n,
  registrationAuthority: n,
  creditCode: n,
  schoolNature: n,
  supervisingAuthority: n,
  legalRepresentative: n,
  legalRepresentativeTitle: n,
  legalRepresentativePhone: n,
  organisationStrengths: n,
  professionalStrengths: n,
  itSituation: n,
  filingWarnDays: z.number().int(),
  assessmentPassMark: z.number().int(),
  filing: filingState,
  updatedAt: z.string(),
});
export type CentreProfile = z.infer<typeof centreProfile>;

/** 文件、规章制度清单 (R-ORG-05). */
export const regulationItem = z.object({
  name: text().trim().min(2, '至少 2 个字').max(100),
  issuedOn: isoDate.nullish(),
  issuer: optText(100),
});
export const regulationsBody = z.object({ items: z.array(regulationItem).max(200) });
export const regulation = regulationItem.extend({ id: z.string(), issuedOn: n, issuer: n });
export type Regulation = z.infer<typeof regulation>;

export const venueItem = z.object({
  kind: z.enum(['office', 'theory', 'skill']),
  occupationId: text().uuid('职业编号格式不正确').nullish(),
  place: text().trim().min(1, '请填写地点').max(100),
  area: z.number().positive('面积应大于 0').max(100000).nullish(),
  count: z.number().int().min(1, '至少 1 个').max(1000),
  note: optText(200),
});
export const venuesBody = z.object({ items: z.array(venueItem).max(500) });
export const venue = venueItem.extend({
  id: z.string(),
  occupationId: n,
  occupationName: n,
  area: z.number().nullable(),
  note: n,
});
export type Venue = z.infer<typeof venue>;

/** R-ORG-05: an equipment line of the filing application, read from the equipment ledger (server/modules/equipment). */
export const equipment = z.object({
  id: z.string(),
  occupationId: z.string(),
  occupationName: z.string(),
  occupationCode: z.string(),
  location: z.string(),
  name: z.string(),
  model: n,
  quantity: z.number(),
  unit: n,
  ownership: z.enum(['owned', 'leased']),
});
export type Equipment = z.infer<typeof equipment>;
export const ownershipNames = { owned: '自有', leased: '租赁' } as const;

/** R-ORG-06: the score sheet (评估评分表) and a self-assessment against it. */
export const assessmentItem = z.object({
  id: z.string(),
  seq: z.number().int(),
  project: z.string(),
  subItem: z.string(),
  content: z.string(),
  standard: z.string(),
  kind: z.enum(['points', 'veto', 'bonus']),
  maxPoints: z.number().int(),
  method: z.string().nullable(),
});
export type AssessmentItem = z.infer<typeof assessmentItem>;
export const assessmentSheet = z.object({
  items: z.array(assessmentItem),
  maxTotal: z.number(),
  passMark: z.number().int(),
});

export const assessmentScore = z.object({
  itemId: z.string().min(1),
  points: z.number().min(0, '得分不能为负').nullish(),
  ok: z.boolean().nullish(),
  note: optText(500),
});
export const assessmentBody = z.object({
  title: text().trim().min(2, '至少 2 个字').max(100),
  scores: z.array(assessmentScore).max(200),
});
export type AssessmentBody = z.infer<typeof assessmentBody>;
export const assessmentResult = z.object({
  total: z.number(),
  points: z.number(),
  bonus: z.number(),
  maxTotal: z.number(),
  vetoFailures: z.array(z.string()),
  unanswered: z.array(z.string()),
  passed: z.boolean(),
  passMark: z.number().int(),
});
export const assessment = z.object({
  id: z.string(),
  title: z.string(),
  scores: z.array(assessmentScore.extend({ points: z.number().nullable(), ok: z.boolean().nullable(), note: n })),
  result: assessmentResult,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Assessment = z.infer<typeof assessment>;
