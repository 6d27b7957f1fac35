import { z } from 'zod';

/** Issue 8 item 4: a candidate account made by a roster import, as the college sees it (never its code). */
export const activationStates = { pending: '未激活', active: '已激活', none: '未发放激活码' } as const;
export type ActivationState = keyof typeof activationStates;

export const candidateAccount = z.object({
  userId: z.string(),
  personId: z.string(),
  name: z.string(),
  studentNumber: z.string().nullable(),
  className: z.string(),
  collegeName: z.string().nullable(),
  state: z.enum(['pending', 'active', 'none']),
  issuedAt: z.string().nullable(),
  usedAt: z.string().nullable(),
});
export type CandidateAccount = z.infer<typeof candidateAccount>;

export const candidateAccountList = z.object({
  classes: z.array(z.object({ className: z.string(), total: z.number(), active: z.number() })),
  /** The class whose accounts `items` are (the first class when none was asked for). */
  className: z.string().nullable(),
  items: z.array(candidateAccount),
});
export type CandidateAccountList = z.infer<typeof candidateAccountList>;

/** The class a sheet or a list is for; '' lists every class. */
const plain = () => z.string().regex(/^[^\u0000-\u001f\u007f]*$/, '不能包含控制字符');
export const candidateAccountQuery = z.object({ className: plain().trim().max(100, '不能超过 100 个字符').optional() });
export const activationSheetQuery = z.object({
  className: plain().trim().min(1, '请选择班级').max(100, '不能超过 100 个字符'),
  format: z.enum(['pdf', 'xlsx'], { error: '只能是 pdf 或 xlsx' }),
});

/** A new code replaces the old one (which stops working at once); shown once here, printable on the class sheet. */
export const activationCodeIssued = z.object({ account: candidateAccount, code: z.string() });

/** The class of a student without one, on lists and sheets. */
export const NO_CLASS = '未分班';

export { INITIAL_PASSWORD_NOTE as ACTIVATION_NOTE } from './registration.js';

/**
 * R-PPL-02: a portal sign-up whose ID number is on record, waiting for staff (who compare it with the record: the
 * record's name and masked number are shown to them, never to the person signing up).
 */
export const signupRequest = z.object({
  id: z.string(),
  status: z.enum(['pending', 'confirmed', 'rejected']),
  createdAt: z.string(),
  givenName: z.string(),
  givenPhone: z.string(),
  personId: z.string(),
  recordName: z.string(),
  recordIdMasked: z.string(),
  recordKind: z.string(),
  recordCollegeName: z.string().nullable(),
  recordHasAccount: z.boolean(),
});
export type SignupRequest = z.infer<typeof signupRequest>;
export const signupRequestList = z.object({ items: z.array(signupRequest) });
export type SignupRequestList = z.infer<typeof signupRequestList>;
