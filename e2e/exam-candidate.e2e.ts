import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, chinaToday } from '../shared/dates.js';
import { idCheckChar } from '../shared/idcard.js';
import { AnswerQueue, emptyQueueState, MAX_BACKOFF_MS } from '../web/features/exams/cbt/queue.js';
import { apiJson, baseURL, launch, screenshot } from './browser.js';

/**
 * Issue 12, R-EXAM-02: a candidate takes the demo's computer-based theory exam (明日开考, the demo form of 50 items)
 * in Chromium. The proctor (`jiankao`) opens the room and shows its code; the candidate signs in, starts, answers;
 * the network is cut for two minutes while five questions are answered, and on reconnect all five are acknowledged
 * (the screen and the server's resume); the proctor releases the seat, a second browser signs in and resumes with
 * every answer; the centre (`kaowu`) extends the candidate's time and the timer changes within 5 s; the proctor
 * pauses the room (the screen shows it, the timer stands still) and resumes it; submitting twice
 * gives one submission.
 */

type Call = Awaited<ReturnType<typeof apiJson>>;

interface Seat {
  seatNo: number;
  applicationId: string;
  name: string;
  ticketNumber: string | null;
  checkin: string | null;
  attempt: {
    id: string;
    state: string;
    bound: boolean;
    answered: number;
    submittedAt: string | null;
    submitKind: string | null;
  } | null;
}
interface Console {
  room: { roomCode: string | null; openedAt: string | null };
  seats: Seat[];
}

/** The demo's 30 students of the 明日开考 batch by name, with their ID numbers (arrangement.demo.ts). */
function demoStudents(): Map<string, string> {
  const surnames = '李赵钱孙周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏';
  const given = ['明阳', '志强', '文博', '海洋', '晓东', '嘉豪', '子涵', '俊宇', '雨辰', '天佑'];
  const out = new Map<string, string>();
  for (let i = 0; i < 30; i++) {
    const name = i === 0 ? '李明阳' : `${surnames[i]}${given[i % given.length]}`;
    const first17 =
      i === 0
        ? '41010220050315061'
        : `410102200503${String(10 + (i % 18)).padStart(2, '0')}${String(600 + i).padStart(3, '0')}`;
    out.set(name, first17 + idCheckChar(first17));
  }
  return out;
}

let browser: Browser;
let kaowu: Call;
let proctor: Call;
let sittingId: string;
let roomId: string;
const contexts: BrowserContext[] = [];

const consoleOf = () => proctor<Console>('GET', `/exams/rooms/${sittingId}/${roomId}/console`);

async function candidatePage(): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
    deviceScaleFactor: 1,
  });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, ticket: string, idNumber: string, code: string) {
  await page.goto('/exam');
  await page.getByTestId('cbt-login').waitFor();
  await page.locator('#cbt-ticket').fill(ticket);
  await page.locator('#cbt-id').fill(idNumber);
  await page.locator('#cbt-room-code').fill(code);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

const navState = (page: Page, no: number) => page.getByTestId(`cbt-nav-${no}`).getAttribute('data-state');

/** Answers the question on screen with its first option (the first key of a choice, 正确 of a true/false item). */
async function answerCurrent(page: Page) {
  const option = page.locator('[data-testid^="cbt-option-"]').first();
  await option.click();
}

async function goTo(page: Page, no: number) {
  await page.getByTestId(`cbt-nav-${no}`).click();
  await page.locator(`[data-testid="cbt-question"][data-no="${no}"]`).waitFor();
}

async function waitSaved(page: Page, nos: number[], timeout = 30_000) {
  await page.waitForFunction(
    (list) =>
      list.every((n) => document.querySelector(`[data-testid="cbt-nav-${n}"]`)?.getAttribute('data-state') === 'saved'),
    nos,
    { timeout },
  );
}

/** The candidate API called from the page with its own token (as the client keeps it in IndexedDB). */
async function fromPage<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const token = await new Promise<string>((resolve, reject) => {
        const req = indexedDB.open('skillcert-exam', 1);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const get = req.result.transaction('kv').objectStore('kv').get('session');
          get.onsuccess = () => resolve((get.result as { token: string }).token);
          get.onerror = () => reject(get.error);
        };
      });
      const res = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'x-exam-token': token, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return (await res.json()) as T;
    },
    { method, path, body },
  ) as Promise<T>;
}

describe('机考考生端 (issue 12, R-EXAM-02)', () => {
  beforeAll(async () => {
    browser = await launch();
    kaowu = await apiJson('kaowu');
    proctor = await apiJson('jiankao');
    // The handbook lets nobody finish before the end; the centre allows it here so the candidate can hand in.
    const s = await kaowu<{ settings: Record<string, unknown> }>('GET', '/exams/settings');
    await kaowu('PUT', '/exams/settings', { ...s.settings, earlyFinishAllowed: true, earlyFinishAfterMinutes: 0 });
    // The demo's 明日开考 theory sitting is computer-based and prepared (exam-day.e2e.ts does it too, when it ran).
    const sittings = await kaowu<{
      items: { sittingId: string; batchTitle: string; kind: string; mode: string; preparedAt: string | null }[];
    }>('GET', '/exams/sittings');
    const theory = sittings.items.find((x) => x.kind === 'theory' && x.batchTitle.includes('明日开考演示'))!;
    if (theory.mode !== 'computer')
      await kaowu('PUT', `/exams/sittings/${theory.sittingId}/mode`, { mode: 'computer' });
    if (!theory.preparedAt) await kaowu('POST', `/exams/sittings/${theory.sittingId}/prepare`);
    const day = addDays(chinaToday(), 1);
    const rooms = await proctor<{ items: { sittingId: string; roomId: string; mode: string }[] }>(
      'GET',
      `/exams/rooms?day=${day}`,
    );
    const room = rooms.items.find((r) => r.mode === 'computer');
    if (!room) throw new Error(`jiankao has no computer-based room on ${day}: ${JSON.stringify(rooms)}`);
    ({ sittingId, roomId } = room);
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
  });

  it('R-EXAM-02: offline answers are acknowledged on reconnect, a released seat resumes elsewhere with every answer, an extension reaches the timer within 5 s, a room pause shows and stops the timer (R-EXAM-04), a double submit is one submission', async () => {
    // The proctor opens the room (开考) and reads its code from the console.
    let before = await consoleOf();
    if (!before.room.openedAt) {
      await proctor('POST', `/exams/rooms/${sittingId}/${roomId}/open`);
      before = await consoleOf();
    }
    const code = before.room.roomCode!;
    expect(code).toMatch(/^\d{6}$/);
    const ids = demoStudents();
    // The first free seat (exam-day.e2e.ts takes its seats from the end of the list).
    const seat = before.seats.find(
      (s) =>
        s.ticketNumber && ids.has(s.name) && s.attempt?.state === 'ready' && !s.attempt.bound && s.checkin !== 'absent',
    )!;
    expect(seat).toBeTruthy();
    const idNumber = ids.get(seat.name)!;

    // Sign-in: a wrong ID number is refused in Chinese.
    const page = await candidatePage();
    await signIn(page, seat.ticketNumber!, idNumber.slice(0, -1) + (idNumber.endsWith('0') ? '1' : '0'), code);
    await expect.poll(() => page.getByTestId('cbt-login-error').textContent()).toMatch(/不正确/);
    await screenshot(page, 'exam-candidate-login');
    await signIn(page, seat.ticketNumber!, idNumber, code);

    // Waiting: who and where, the preloaded form; 开始答题 once the room is open.
    await page.getByTestId('cbt-waiting').waitFor();
    expect(await page.getByTestId('cbt-name').textContent()).toBe(seat.name);
    expect(await page.getByTestId('cbt-id-masked').textContent()).toMatch(/^\*+\d{3}[\dX]$/);
    await page.getByTestId('cbt-preloaded').waitFor();
    await screenshot(page, 'exam-candidate-waiting');
    await page.getByTestId('cbt-start').click();
    await page.getByTestId('cbt-exam').waitFor();

    // Answering online: three questions, each 已保存 after the server's acknowledgement.
    for (const no of [1, 2, 3]) {
      await goTo(page, no);
      await answerCurrent(page);
    }
    await waitSaved(page, [1, 2, 3]);
    await goTo(page, 3);
    expect(await page.getByTestId('cbt-save-state').textContent()).toBe('已保存');
    await screenshot(page, 'exam-candidate-exam');

    // Offline for two minutes while answering five questions: kept locally, shown as waiting, the banner says so.
    await page.context().setOffline(true);
    const offlineNos = [4, 5, 6, 7, 8];
    for (const no of offlineNos) {
      await goTo(page, no);
      await answerCurrent(page);
    }
    await page.getByTestId('cbt-offline-banner').waitFor();
    for (const no of offlineNos) expect(await navState(page, no)).toBe('pending');
    expect(await page.getByTestId('cbt-save-state').textContent()).toBe('保存中');
    await screenshot(page, 'exam-candidate-offline');
    await page.waitForTimeout(120_000);
    for (const no of offlineNos) expect(await navState(page, no)).toBe('pending');

    // Reconnect: all five acknowledged, on the screen and by the server's resume.
    await page.context().setOffline(false);
    await waitSaved(page, offlineNos);
    await page.getByTestId('cbt-offline-banner').waitFor({ state: 'detached' });
    const resumed = await fromPage<{ answers: { itemNo: number; value: string }[] }>(page, 'GET', '/exam/resume');
    expect(resumed.answers.map((a) => a.itemNo).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const answers = new Map(resumed.answers.map((a) => [a.itemNo, a.value]));

    // Another computer is refused while the seat is bound…
    const second = await candidatePage();
    await signIn(second, seat.ticketNumber!, idNumber, code);
    await expect.poll(() => second.getByTestId('cbt-login-error').textContent()).toMatch(/监考员释放/);

    // …until the proctor releases it: the old one shows that it may not go on, the new one resumes every answer.
    const attemptId = seat.attempt!.id;
    await proctor('POST', `/exams/attempts/${attemptId}/release`, { reason: '考试机故障，更换设备' });
    await page.getByTestId('cbt-released').waitFor({ timeout: 40_000 });
    await screenshot(page, 'exam-candidate-released');
    await signIn(second, seat.ticketNumber!, idNumber, code);
    await second.getByTestId('cbt-exam').waitFor({ timeout: 30_000 });
    await waitSaved(second, [1, 2, 3, 4, 5, 6, 7, 8]);
    await goTo(second, 6);
    const chosen = answers.get(6)!;
    expect(await second.getByTestId(`cbt-option-${chosen[0]}`).isChecked()).toBe(true);

    // An extension for this candidate (the centre: applied at once) reaches the timer within 5 s.
    const timerMs = async () => Number(await second.getByTestId('cbt-timer').getAttribute('data-ms'));
    const was = await timerMs();
    await kaowu('POST', `/exams/rooms/${sittingId}/${roomId}/extensions`, {
      applicationId: seat.applicationId,
      minutes: 10,
      reason: '考试机故障，更换设备耽误时间',
      kind: 'equipment_failure',
    });
    await second.waitForFunction(
      (w) => Number(document.querySelector('[data-testid="cbt-timer"]')?.getAttribute('data-ms')) > w + 9 * 60_000,
      was,
      { timeout: 5000 },
    );

    // A room-wide pause (R-EXAM-04, e.g. a power cut): the screen shows it within 5 s, the timer stands still and
    // answers are locked; at resume the overlay goes and the paused time is added.
    await proctor('POST', `/exams/rooms/${sittingId}/${roomId}/pause`);
    await second.getByTestId('cbt-paused').waitFor({ timeout: 5000 });
    const pausedAt = await timerMs();
    await second.waitForTimeout(3000);
    expect(Math.abs((await timerMs()) - pausedAt)).toBeLessThanOrEqual(1500);
    await screenshot(second, 'exam-candidate-paused');
    await proctor('POST', `/exams/rooms/${sittingId}/${roomId}/resume`);
    await second.getByTestId('cbt-paused').waitFor({ state: 'detached', timeout: 5000 });
    await second.waitForFunction(
      (w) => Number(document.querySelector('[data-testid="cbt-timer"]')?.getAttribute('data-ms')) >= w - 2000,
      pausedAt,
      { timeout: 5000 },
    );

    // Submit twice (a double click on the confirmation): one submission, the receipt shown.
    await second.getByTestId('cbt-submit').click();
    await second.getByTestId('cbt-unanswered').waitFor();
    expect(await second.getByTestId('cbt-unanswered').textContent()).toMatch(/还有 \d+ 题未作答/);
    await second.getByTestId('cbt-submit-confirm').dblclick();
    await second.getByTestId('cbt-receipt').waitFor();
    const hash = await second.getByTestId('cbt-receipt-hash').getAttribute('data-hash');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await screenshot(second, 'exam-candidate-receipt');
    // A replay with another key returns the same submission; a reload shows the same receipt.
    const replay = await fromPage<{ receipt: string; submittedAt: number }>(second, 'POST', '/exam/submit', {
      clientKey: 'replay-key-0001',
    });
    expect(replay.receipt).toBe(hash);
    await second.reload();
    await second.getByTestId('cbt-receipt').waitFor();
    expect(await second.getByTestId('cbt-receipt-hash').getAttribute('data-hash')).toBe(hash);
    const after = await consoleOf();
    const mine = after.seats.find((s) => s.applicationId === seat.applicationId)!;
    expect(mine.attempt?.state).toBe('submitted');
    expect(mine.attempt?.submitKind).toBe('candidate');
    expect(new Date(mine.attempt!.submittedAt!).getTime()).toBe(replay.submittedAt);
  }, 400_000);
});

/** The client's answer queue (web/features/exams/cbt/queue.ts) driven without a browser: its invariants. */
describe('答案队列 (R-EXAM-02)', () => {
  type Sent = { itemNo: number; value: string; seq: number }[];
  function harness(reply: (batch: Sent) => Promise<{ ackSeq: number }>) {
    const sent: Sent[] = [];
    let persisted = 0;
    const q = new AnswerQueue(emptyQueueState(), {
      persist: async () => void persisted++,
      send: (batch) => {
        sent.push(batch);
        return reply(batch);
      },
      classify: (e) => ({ kind: 'retry', offline: true, error: e }),
      changed: () => undefined,
      coalesceMs: 0,
    });
    return { q, sent, persisted: () => persisted };
  }
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('R-EXAM-02: an answer is persisted before it is sent, and one request carries every pending item', async () => {
    const release: (() => void)[] = [];
    const h = harness(
      (batch) => new Promise((r) => release.push(() => r({ ackSeq: Math.max(...batch.map((b) => b.seq)) }))),
    );
    await h.q.set(1, 'A');
    expect(h.persisted()).toBe(1);
    await settle();
    expect(h.sent.length).toBe(1); // in flight
    await h.q.set(2, 'B');
    await h.q.set(3, 'T');
    await settle();
    expect(h.sent.length).toBe(1); // one request in flight at a time
    release.shift()!();
    await vi.waitFor(() => expect(h.sent.length).toBe(2));
    expect(h.sent[1].map((s) => s.itemNo)).toEqual([2, 3]);
    await vi.waitFor(() => expect(release.length).toBe(1));
    release.shift()!();
    await vi.waitFor(() => expect(Object.values(h.q.state.answers).every((e) => e.acked)).toBe(true));
  });

  it('R-EXAM-02: an acknowledgement marks exactly the entries it covers; a later change of the item stays pending', async () => {
    const release: (() => void)[] = [];
    const h = harness(
      (batch) => new Promise((r) => release.push(() => r({ ackSeq: Math.max(...batch.map((b) => b.seq)) }))),
    );
    await h.q.set(1, 'A'); // seq 1
    await settle();
    await h.q.set(1, 'C'); // seq 2, while seq 1 is in flight
    await h.q.set(2, 'B'); // seq 3
    release.shift()!();
    await settle();
    expect(h.q.state.answers[1]).toEqual({ value: 'C', seq: 2, acked: false });
    expect(h.q.state.answers[2].acked).toBe(false);
    expect(h.sent[1]).toEqual([
      { itemNo: 1, value: 'C', seq: 2 },
      { itemNo: 2, value: 'B', seq: 3 },
    ]);
    release.shift()!();
    await settle();
    expect(h.q.state.answers[1]).toEqual({ value: 'C', seq: 2, acked: true });
  });

  it('R-EXAM-02: offline, every change is kept and retried with a backoff of at most 5 s; nothing is dropped', async () => {
    let online = false;
    const h = harness(async (batch) => {
      if (!online) throw new Error('offline');
      return { ackSeq: Math.max(...batch.map((b) => b.seq)) };
    });
    for (let no = 1; no <= 5; no++) await h.q.set(no, 'A');
    await settle();
    expect(h.q.offlineSince).not.toBeNull();
    expect(h.q.pending().map((p) => p.itemNo)).toEqual([1, 2, 3, 4, 5]);
    expect(MAX_BACKOFF_MS).toBeLessThanOrEqual(5000);
    online = true;
    h.q.kick();
    await settle();
    expect(h.q.pending()).toEqual([]);
    expect(h.q.offlineSince).toBeNull();
  });

  it('R-EXAM-02: a resume merges the server’s answers, the higher sequence winning, and numbers above its ackSeq', async () => {
    const h = harness(async () => ({ ackSeq: 0 }));
    h.q.state = {
      nextSeq: 4,
      ackSeq: 1,
      answers: { 1: { value: 'A', seq: 1, acked: true }, 2: { value: 'D', seq: 3, acked: false } },
    };
    h.q.merge(
      [
        { itemNo: 1, value: 'B', seq: 7 },
        { itemNo: 2, value: 'C', seq: 2 },
        { itemNo: 3, value: 'F', seq: 9 },
      ],
      9,
    );
    expect(h.q.state.answers[1]).toEqual({ value: 'B', seq: 7, acked: true });
    expect(h.q.state.answers[2]).toEqual({ value: 'D', seq: 3, acked: false });
    expect(h.q.state.answers[3]).toEqual({ value: 'F', seq: 9, acked: true });
    expect(h.q.state.nextSeq).toBe(10);
    h.q.dispose();
  });
});
