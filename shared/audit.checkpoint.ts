import { z } from 'zod';

/** R-AUD-01: the last signed checkpoint of the audit chain's head, as the audit page shows it. */
export const auditCheckpointStatus = z.object({
  checkpoint: z
    .object({
      seq: z.number().int(),
      at: z.string(),
      keyId: z.string(),
      verified: z.boolean(),
      /** Why it does not verify (Chinese), when it does not. */
      problem: z.string().nullable(),
    })
    .nullable(),
  /** The trail's last seq now (0 when empty). */
  headSeq: z.number().int(),
});
export type AuditCheckpointStatus = z.infer<typeof auditCheckpointStatus>;
