import type { ExamPaperPlain } from '../../../../shared/exams.js';
import type { QueueEntry } from './queue.js';

interface Props {
  items: ExamPaperPlain['items'];
  answers: Record<number, QueueEntry>;
  marked: Record<number, true>;
  current: number;
  onGo(index: number): void;
}

export type NavState = 'saved' | 'pending' | 'empty';

export const navState = (e: QueueEntry | undefined): NavState =>
  !e ? 'empty' : !e.acked ? 'pending' : e.value === '' ? 'empty' : 'saved';

/** 答题卡: every question's state — answered (saved), waiting for the server's acknowledgement, not answered. */
export function Navigator({ items, answers, marked, current, onGo }: Props) {
  return (
    <div>
      <div className="cbt-nav-grid" data-testid="cbt-navigator">
        {items.map((it, i) => {
          const st = navState(answers[it.no]);
          return (
            <button
              key={it.no}
              type="button"
              className={`cbt-nav cbt-nav-${st}${i === current ? ' cbt-nav-current' : ''}${marked[it.no] ? ' cbt-nav-marked' : ''}`}
              data-testid={`cbt-nav-${it.no}`}
              data-state={st}
              onClick={() => onGo(i)}
              aria-label={`第 ${it.no} 题`}
            >
              {it.no}
            </button>
          );
        })}
      </div>
      <div className="cbt-legend">
        <span>
          <i className="cbt-nav-saved" /> 已作答（已保存）
        </span>
        <span>
          <i className="cbt-nav-pending" /> 等待服务器确认
        </span>
        <span>
          <i className="cbt-nav-empty" /> 未作答
        </span>
        <span>
          <i className="cbt-nav-empty cbt-nav-marked" /> 标记复查
        </span>
      </div>
    </div>
  );
}
