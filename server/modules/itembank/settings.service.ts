import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { bankSettings } from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import type { BankSettings, bankSettingsBody } from '../../../shared/itembank-blueprint.js';
import { recordAudit } from '../audit/audit.service.js';
import { bankScope } from './bank.access.js';
import { readBankSettings, type BankSettingsRow } from './settings.store.js';

/** R-BANK-01: the bank's settings (题库设置): blueprint check thresholds and assembly defaults; 题库管理员 only. */

const present = (r: BankSettingsRow): BankSettings => ({
  minXShare: r.minXShare,
  maxZShare: r.maxZShare,
  minItemsPerPoint: r.minItemsPerPoint,
  multiplePartialCredit: r.multiplePartialCredit,
  maxOverlap: r.maxOverlap,
  maxExposure: r.maxExposure,
  onePerPoint: r.onePerPoint,
  updatedAt: r.updatedAt.toISOString(),
});

export async function getBankSettings(db: Db, opts: { actor: Actor | null }): Promise<BankSettings> {
  await bankScope(db, opts.actor, 'itembank.manage');
  return present(await readBankSettings(db));
}

export async function updateBankSettings(
  db: Db,
  opts: { actor: Actor | null; data: z.output<typeof bankSettingsBody> },
): Promise<BankSettings> {
  await bankScope(db, opts.actor, 'itembank.manage');
  const actor = opts.actor;
  const row = await db.transaction(async (tx) => {
    const before = await readBankSettings(tx);
    const [after] = await tx
      .update(bankSettings)
      .set({ ...opts.data, updatedAt: new Date() })
      .where(eq(bankSettings.id, 1))
      .returning();
    await recordAudit(tx, actor, { action: 'update', entity: 'bank_settings', entityId: '1', before, after });
    return after;
  });
  return present(row);
}
