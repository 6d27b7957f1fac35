import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { bankSettings } from '../../db/schema/index.js';

export type BankSettingsRow = typeof bankSettings.$inferSelect;

/** The bank's settings (row 1), created with the defaults on first read; for every part of the bank (no actor). */
export async function readBankSettings(db: DbOrTx): Promise<BankSettingsRow> {
  const [row] = await db.select().from(bankSettings).where(eq(bankSettings.id, 1));
  if (row) return row;
  await db.insert(bankSettings).values({ id: 1 }).onConflictDoNothing();
  const [created] = await db.select().from(bankSettings).where(eq(bankSettings.id, 1));
  return created;
}
