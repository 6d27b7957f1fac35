import type { colleges } from '../../db/schema/index.js';
import type { College } from '../../../shared/colleges.js';

export const presentCollege = (c: typeof colleges.$inferSelect): College => ({
  id: c.id,
  code: c.code,
  name: c.name,
  head: c.head,
  contact: c.contact,
  phone: c.phone,
  createdAt: c.createdAt.toISOString(),
});
