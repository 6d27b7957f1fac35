import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSession, launch, login, newViewportPage, screenshot } from './browser.js';
import { demoUsers } from '../server/seed.js';
import { menuFor, roleNames, type Role } from '../shared/access.js';

/**
 * Every page of every role's menu, at 1440 × 900 and on a phone: no failed request, no console error, no element
 * wider than its container, and no Latin code word shown as a label. The pages reached from a list (a batch, its
 * arrangement, a person) are opened too.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/** Latin words a user may read on a label: names of formats and of things everyone calls by them. */
const ALLOWED_WORDS = new Set([
  'PDF',
  'Excel',
  'QR',
  'ID',
  'X',
  // 重要程度 X/Y/Z of a 鉴定点 and the A/B forms of a paper exam (R-BANK-01/02) are how the standard writes them.
  'Y',
  'Z',
  'A',
  'B',
  'CSV',
  'ZIP',
  'JPG',
  'JPEG',
  'PNG',
  'KB',
  'MB',
  'GB',
  'IP',
]);

const viewports = {
  desktop: { width: 1440, height: 900, mobile: false },
  phone: { width: 390, height: 844, mobile: true },
} as const;

/** Pages reached from lists rather than the menu, for the roles that may open them. */
async function detailPaths(role: Role): Promise<string[]> {
  const paths: string[] = [];
  const me = await apiSession(demoUsers.find((u) => u.role === role)!.username);
  if (menuFor(role).some((m) => m.path === '/batches')) {
    const res = await me('GET', '/api/v1/batches?pageSize=50');
    const batches = ((await res.json()) as { items: { id: string; state: string }[] }).items;
    const batch = batches.find((b) => b.state === 'arranged') ?? batches[0];
    if (batch) {
      paths.push(`/batches/${batch.id}`);
      if (menuFor(role).some((m) => m.path === '/arrangement')) paths.push(`/batches/${batch.id}/arrangement`);
    }
  }
  if (menuFor(role).some((m) => m.path === '/people')) {
    const res = await me('GET', '/api/v1/persons?pageSize=1');
    const person = ((await res.json()) as { items: { id: string }[] }).items[0];
    if (person) paths.push(`/people/${person.id}`);
  }
  return paths;
}

type Finding = { path: string; what: string };

/** Watches a page for failed requests and console errors while it is open. */
function watch(page: Page, findings: Finding[], current: () => string) {
  page.on('console', (m) => {
    if (m.type() === 'error') findings.push({ path: current(), what: `控制台错误：${m.text().slice(0, 300)}` });
  });
  page.on('pageerror', (e) => findings.push({ path: current(), what: `页面异常：${e.message.slice(0, 300)}` }));
  page.on('requestfailed', (r) => {
    // A navigation away cancels the previous page's requests: that is not a failure of the page.
    if (r.failure()?.errorText.includes('ERR_ABORTED')) return;
    findings.push({ path: current(), what: `请求失败：${r.method()} ${r.url()} ${r.failure()?.errorText}` });
  });
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400)
      findings.push({ path: current(), what: `请求出错：${r.request().method()} ${r.url()} → ${r.status()}` });
  });
}

/** What the page shows that it should not: overflowing elements and Latin code words on labels. */
async function inspect(page: Page): Promise<string[]> {
  return page.evaluate(
    (allowed: string[]) => {
      const out: string[] = [];
      const describe = (el: Element) => {
        const cls = typeof el.className === 'string' ? el.className.split(' ').slice(0, 2).join('.') : '';
        const text = (el.textContent ?? '').trim().slice(0, 30);
        return `<${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}> “${text}”`;
      };
      const doc = document.documentElement;
      if (doc.scrollWidth > window.innerWidth + 1)
        out.push(`页面横向溢出：内容宽 ${doc.scrollWidth}px，窗口宽 ${window.innerWidth}px`);
      const root = document.querySelector('.ant-pro-page-container') ?? document.querySelector('main') ?? document.body;
      const scrolls = (el: Element | null) => {
        for (let e = el; e && e !== document.body; e = e.parentElement) {
          const o = getComputedStyle(e).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return e;
        }
        return null;
      };
      let reported = 0;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (reported >= 5) break;
        const parent = el.parentElement;
        if (!parent || !(el instanceof HTMLElement)) continue;
        const style = getComputedStyle(el);
        if (style.position === 'fixed' || style.position === 'absolute' || style.display === 'none') continue;
        const r = el.getBoundingClientRect();
        const p = parent.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        // Icons inside tiny handles and spinners are drawn past their boxes on purpose.
        if (p.width < 4 || el.closest('.ant-spin, .ant-input-number-handler-wrap')) continue;
        // A Row's gutter is a negative margin that its container's padding takes up.
        const gutter = el.classList.contains('ant-row') ? 16 : 2;
        // Sticking out of its parent: fine inside a box that scrolls it (a table on a phone, a tab strip) and still
        // shows it; wrong when nothing scrolls it or a clipping box cuts it off.
        if (r.right > p.right + gutter || r.left < p.left - gutter) {
          const box = scrolls(parent);
          if (box) {
            const o = getComputedStyle(box).overflowX;
            if (o === 'auto' || o === 'scroll') continue;
            // A fixed table header scrolls with its body; tab strips, selects and pickers scroll or clip by design; a
            // switch slides its hidden label out of its clipped track.
            if (
              box.closest(
                '.ant-table-header, .ant-tabs-nav, .ant-select, .ant-picker, .ant-input-affix-wrapper, .ant-switch',
              )
            )
              continue;
            const b = box.getBoundingClientRect();
            if (r.right <= b.right + 2 && r.left >= b.left - 2) continue;
          }
          out.push(
            `元素超出容器：${describe(el)} 宽 ${Math.round(r.width)}px，容器 ${describe(parent)} 宽 ${Math.round(p.width)}px`,
          );
          reported++;
        }
      }
      // At 1440 px the tables fit their cards: a scrolling table hides its last columns.
      if (window.innerWidth >= 1200)
        for (const t of Array.from(document.querySelectorAll('.ant-table-content, .ant-table-body')))
          if (t.scrollWidth > t.clientWidth + 2)
            out.push(
              `表格需横向滚动：内容宽 ${t.scrollWidth}px，可见宽 ${t.clientWidth}px（${describe(t.closest('.ant-card, .ant-pro-table, .ant-table-wrapper') ?? t)}）`,
            );
      const labels = document.querySelectorAll(
        [
          'th',
          'label',
          'button',
          '.ant-menu-title-content',
          '.ant-tabs-tab-btn',
          '.ant-card-head-title',
          '.ant-page-header-heading-title',
          '.ant-descriptions-item-label',
          '.ant-statistic-title',
          '.ant-form-item-label',
          '.ant-tag',
          '.ant-badge-status-text',
          '.ant-alert-message',
          '.ant-empty-description',
          '.ant-select-selection-placeholder',
          'input[placeholder]',
        ].join(','),
      );
      const seen = new Set<string>();
      for (const el of Array.from(labels)) {
        const text = el instanceof HTMLInputElement ? el.placeholder : (el.textContent ?? '');
        for (const word of text.match(/[A-Za-z][A-Za-z_]*[A-Za-z]|\b[A-Za-z]\b/g) ?? []) {
          if (allowed.includes(word) || seen.has(word)) continue;
          seen.add(word);
          out.push(`标签含英文代码词 “${word}”：${describe(el)}`);
        }
      }
      return out;
    },
    [...ALLOWED_WORDS],
  );
}

const roles = [...new Set(demoUsers.map((u) => u.role))];

describe('every page of every role, at 1440 × 900 and on a phone', () => {
  for (const role of roles) {
    for (const [vpName, vp] of Object.entries(viewports)) {
      it(`${roleNames[role]}：菜单中的每个页面（${vpName === 'desktop' ? '1440×900' : '手机'}）无请求错误、无控制台错误、无溢出、无英文代码词`, async () => {
        const user = demoUsers.find((u) => u.role === role)!;
        const page = await newViewportPage(browser, vp);
        const findings: Finding[] = [];
        let current = '/login';
        watch(page, findings, () => current);
        await login(page, user.username);
        await page.getByTestId(`home-${role}`).waitFor();
        // The login page asks who is signed in before anyone is: its 401 is the expected answer.
        findings.length = 0;
        const paths = [...menuFor(role).map((m) => m.path), ...(await detailPaths(role))];
        for (const path of paths) {
          current = path;
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          // Let tables and charts settle after their data arrived.
          await page.waitForTimeout(300);
          await expect(page.getByText('抱歉，您无权访问此页面').count(), `${path} 不应拒绝本角色`).resolves.toBe(0);
          for (const what of await inspect(page)) findings.push({ path, what });
          await screenshot(page, `pages/${role}-${vpName}${path.replace(/\//g, '_') || '_home'}`);
        }
        await page.context().close();
        expect(findings.map((f) => `${f.path}：${f.what}`)).toEqual([]);
      }, 240_000);
    }
  }
});
