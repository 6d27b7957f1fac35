/** A unique constraint refused the write (PostgreSQL 23505; drizzle wraps the driver's error in `cause`). */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
}
