import type { ArchiveItemDefinition, ArchiveMedium } from '../../../shared/archives.js';
import { archiveMediumNames } from '../../../shared/archives.js';
import type { BatchState } from '../../../shared/plans.js';

/**
 * R-ARC-01: an item is complete when the product holds its documents, or (for what the product cannot hold: video,
 * signed paper originals, course registers) when an upload or the place of the original is recorded. An entry also
 * completes a product item whose originals were kept on paper (a room record filled in by hand).
 */
export function itemComplete(def: Pick<ArchiveItemDefinition, 'source'>, productReady: boolean, entries: number) {
  if (def.source === 'manual') return entries > 0;
  return productReady || entries > 0;
}

/**
 * R-ARC-02: a batch is closed (已归档) only from 成绩公示 with final results, and only when every checklist item is
 * complete. The answer names the missing items; null when it may be closed.
 */
export function closeRefusal(
  state: BatchState,
  resultsFinal: boolean,
  items: readonly { name: string; complete: boolean }[],
  closed: boolean,
): string | null {
  if (closed) return '该批次已归档';
  if (state === 'archived') return '该批次在档案功能启用前已归档，没有档案清单记录';
  if (state !== 'publicity') return '批次须在“成绩公示”状态、成绩确认为最终结果后方可归档';
  if (!resultsFinal) return '成绩尚未确认为最终结果（公示期结束后在“成绩公示”页面确认），不能归档';
  const missing = items.filter((i) => !i.complete).map((i) => i.name);
  if (missing.length) return `档案清单未齐全，不能归档：缺少${missing.map((m) => `“${m}”`).join('、')}`;
  return null;
}

/** R-ARC-03: the last day of retention: the closing day plus the medium's years (29 February → 28 February). */
export function retentionUntil(closedOn: string, years: number): string {
  const [y, m, d] = closedOn.split('-').map(Number);
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${year}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * R-ARC-03: nothing is destroyed before its retention ends (the day after `until` at the earliest), and a medium is
 * destroyed once. Null when the destruction may go ahead.
 */
export function destructionRefusal(
  medium: ArchiveMedium,
  retention: { until: string; destroyedOn: string | null } | null,
  today: string,
): string | null {
  const name = archiveMediumNames[medium];
  if (!retention) return '批次尚未归档，档案不能销毁';
  if (retention.destroyedOn) return `${name}档案已于 ${retention.destroyedOn} 销毁`;
  if (today <= retention.until) return `${name}档案保存期至 ${retention.until}，保存期满前不得销毁`;
  return null;
}
