import { useEffect, useState, useSyncExternalStore } from 'react';
import { ExamScreen } from './cbt/ExamScreen.js';
import { LoginScreen } from './cbt/LoginScreen.js';
import { ReceiptScreen, ReleasedScreen } from './cbt/ReceiptScreen.js';
import { ExamSession } from './cbt/session.js';
import { WaitingScreen } from './cbt/WaitingScreen.js';
import { FullPageSpin } from '../../app/guards.js';
import './cbt/cbt.css';

/**
 * 在线考试 (public, R-EXAM-02): the candidate's computer-based exam, outside the staff shell — sign-in with ticket, ID
 * number and room code, waiting with the preloaded form, answering, the receipt. The logic is `cbt/session.ts`.
 */
export function CandidateExamPage() {
  const [session] = useState(() => new ExamSession());
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  useEffect(() => {
    void session.boot();
    return () => session.dispose();
  }, [session]);
  useEffect(() => {
    document.title = '职业技能等级认定 · 在线考试';
  }, []);

  return (
    <div className="cbt-root" data-phase={snap.phase}>
      {snap.phase === 'boot' ? (
        <FullPageSpin />
      ) : snap.phase === 'login' ? (
        <LoginScreen error={snap.error} onLogin={(f) => session.login(f)} />
      ) : snap.phase === 'waiting' ? (
        <WaitingScreen
          candidate={snap.candidate!}
          clock={snap.clock}
          server={session.clock}
          preloaded={snap.preloaded}
          starting={snap.starting}
          error={snap.error}
          onStart={() => void session.start()}
        />
      ) : snap.phase === 'exam' ? (
        <ExamScreen
          candidate={snap.candidate!}
          paper={snap.paper!}
          snap={snap}
          server={session.clock}
          onAnswer={(no, v) => session.answer(no, v)}
          onMark={(no) => session.toggleMark(no)}
          onSubmit={() => session.submit()}
          onRetry={() => session.reconnected()}
        />
      ) : snap.phase === 'receipt' ? (
        <ReceiptScreen candidate={snap.candidate} receipt={snap.receipt!} />
      ) : (
        <ReleasedScreen onLogin={() => session.backToLogin()} />
      )}
    </div>
  );
}
