import { z } from 'zod';
import path from 'node:path';

/** Every setting of the process, read once from the environment; a bad value stops the process. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.string().url().optional()),
  /** demo: loads the demo centre on an empty database; production: only a system admin. DATABASE_URL forces production. */
  SKILLCERT_MODE: z.enum(['demo', 'production']).default('demo'),
  /**
   * Issue 9, a quiet terminal: `warn` keeps warnings and errors (every 5xx) and leaves out the line per request;
   * `info` logs every request (JSON, one line each).
   */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** 32-byte key (hex or base64) for ID-number encryption; generated into DATA_DIR when absent (embedded only). */
  PII_KEY: z.string().optional(),
  /** Secure cookies need HTTPS; set to true behind a TLS-terminating proxy. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Largest accepted upload, in megabytes. */
  UPLOAD_MAX_MB: z.coerce.number().positive().default(10),
  /** Login attempts allowed per client address per minute (the per-account lockout is separate). */
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().positive().default(20),
  /** Requests per client address per minute on every other route. */
  RATE_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** CJK font (.ttf/.otf) for generated PDFs; the default comes with `npm ci` (Noto Serif SC, a 宋体-style face). */
  PDF_FONT_PATH: z
    .string()
    .default('node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
  /** R-ARR-11: the address printed in tickets' QR codes (the door check opens the page `<PUBLIC_URL>/ticket-check`). */
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** 32-byte key (hex or base64) signing tickets' QR codes; derived from the PII key when absent. */
  TICKET_QR_KEY: z.string().optional(),
  /**
   * R-AUD-01: Ed25519 key signing the audit trail's checkpoints (PEM, or a 32-byte seed as 64 hex characters); when
   * absent, DATA_DIR/audit-signing.key is generated and used. Never stored in the database.
   */
  AUDIT_SIGNING_KEY: z.string().optional(),
  /** R-AUD-01: minutes between signed checkpoints of the audit chain's head (also written at shutdown). */
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().positive().default(5),
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export type Config = z.infer<typeof schema> & { mode: 'demo' | 'production'; dataDir: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    ...c,
    mode: c.DATABASE_URL ? 'production' : c.SKILLCERT_MODE,
    dataDir: path.resolve(c.DATA_DIR),
  };
}
