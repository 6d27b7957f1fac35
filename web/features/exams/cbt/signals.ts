import type { ExamEventKind, ExamEventsBody } from '../../../../shared/exams.js';

type Event = ExamEventsBody['events'][number];

/**
 * Signals, not verdicts (R-EXAM-02): leaving full screen or the tab, the window losing focus, copy and paste are
 * logged and sent in batches for the proctor to see. Nothing else happens to the candidate for them.
 */
export class SignalLog {
  private buf: Event[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private sending = false;

  constructor(private readonly send: (body: ExamEventsBody) => Promise<unknown>) {}

  add(kind: ExamEventKind, detail?: string) {
    this.buf.push({ kind, clientAt: Date.now(), ...(detail ? { detail: detail.slice(0, 200) } : {}) });
    if (this.buf.length > 500) this.buf.splice(0, this.buf.length - 500);
  }

  async flush() {
    if (this.sending || !this.buf.length) return;
    const batch = this.buf.slice(0, 100);
    this.sending = true;
    try {
      await this.send({ events: batch });
      this.buf.splice(0, batch.length);
    } catch {
      /* kept for the next round */
    } finally {
      this.sending = false;
    }
  }

  /** Listens to the page while the exam runs; returns the detach. */
  attach(): () => void {
    let wasFull = !!document.fullscreenElement;
    const onFull = () => {
      const full = !!document.fullscreenElement;
      if (wasFull && !full) this.add('fullscreen_exit');
      wasFull = full;
    };
    const onVisible = () => document.visibilityState === 'hidden' && this.add('tab_hidden');
    const onBlur = () => this.add('window_blur');
    const onCopy = () => this.add('copy');
    const onPaste = () => this.add('paste');
    const onOffline = () => this.add('offline');
    const onOnline = () => this.add('online');
    document.addEventListener('fullscreenchange', onFull);
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('blur', onBlur);
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    this.timer = setInterval(() => void this.flush(), 3000);
    return () => {
      document.removeEventListener('fullscreenchange', onFull);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
    };
  }
}
