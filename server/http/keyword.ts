/**
 * Issue 9: the keyword box of a list. Every space-separated term of the keyword must appear (ignoring case) in one of
 * the row's texts (title, occupation, college…); an empty keyword matches every row.
 */
export function matchesKeyword(keyword: string | undefined, texts: readonly (string | number | null | undefined)[]) {
  const terms = (keyword ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!terms.length) return true;
  const hay = texts
    .filter((t) => t !== null && t !== undefined)
    .join('\n')
    .toLowerCase();
  return terms.every((t) => hay.includes(t));
}

/** A keyword as an ILIKE pattern (its own %, _ and \ taken literally). */
export const likePattern = (keyword: string) => `%${keyword.replace(/[%_\\]/g, '\\$&')}%`;
