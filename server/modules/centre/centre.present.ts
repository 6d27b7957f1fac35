import type { centres, regulations } from '../../db/schema/index.js';
import type { CentreProfile, Regulation } from '../../../shared/centre.js';
import { chinaToday } from '../../../shared/dates.js';
import { filingStatus } from './centre.rules.js';

type CentreRow = typeof centres.$inferSelect;

export const presentCentre = (c: CentreRow, today = chinaToday()): CentreProfile => ({
  id: c.id,
  name: c.name,
  shortName: c.shortName,
  type: c.type,
  filingCode: c.filingCode,
  filingDate: c.filingDate,
  contact: c.contact,
  contactTitle: c.contactTitle,
  phone: c.phone,
  mobile: c.mobile,
  email: c.email,
  website: c.website,
  address: c.address,
  previousCode: c.previousCode,
  schoolName: c.schoolName,
  schoolAddress: c.schoolAddress,
  registrationAuthority: c.registrationAuthority,
  creditCode: c.creditCode,
  schoolNature: c.schoolNature,
  supervisingAuthority: c.supervisingAuthority,
  legalRepresentative: c.legalRepresentative,
  legalRepresentativeTitle: c.legalRepresentativeTitle,
  legalRepresentativePhone: c.legalRepresentativePhone,
  organisationStrengths: c.organisationStrengths,
  professionalStrengths: c.professionalStrengths,
  itSituation: c.itSituation,
  filingWarnDays: c.filingWarnDays,
  assessmentPassMark: c.assessmentPassMark,
  filing: filingStatus(c, today, c.filingWarnDays),
  updatedAt: c.updatedAt.toISOString(),
});

export const presentRegulation = (r: typeof regulations.$inferSelect): Regulation => ({
  id: r.id,
  name: r.name,
  issuedOn: r.issuedOn,
  issuer: r.issuer,
});
