import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiSession, launch, login, newPage, screenshot } from './browser.js';
import { demoUsers } from '../server/seed.js';
import { menuTreeFor, roleNames, type Role } from '../shared/access.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('each role signs in and sees its own menu', () => {
  const seen = new Set<Role>();
  for (const u of demoUsers.filter((d) => !seen.has(d.role) && seen.add(d.role))) {
    it(`${roleNames[u.role]} (${u.username}) sees its home page and exactly its menu`, async () => {
      const page = await newPage(browser);
      await login(page, u.username);
      await page.getByTestId(`home-${u.role}`).waitFor();
      // The header names the user as the server knows it: a login linked to a person shows the person's name.
      const me = (await (await (await apiSession(u.username))('GET', '/api/v1/auth/me')).json()) as {
        user: { displayName: string };
      };
      await expect(page.getByTestId('user-menu-name').textContent()).resolves.toContain(me.user.displayName);
      // The menu is grouped; open every group, then the titles are the groups' and their pages'.
      const tree = menuTreeFor(u.role);
      for (const g of tree)
        if ('children' in g) {
          const title = page.locator('.ant-menu-submenu-title', { hasText: g.name });
          if ((await title.getAttribute('aria-expanded')) !== 'true') await title.click();
          await page.locator('.ant-menu-item', { hasText: g.children[0]!.name }).first().waitFor();
        }
      const expected = tree.flatMap((n) => ('children' in n ? [n.name, ...n.children.map((c) => c.name)] : [n.name]));
      const menuTexts = (
        await page.locator('.ant-pro-base-menu-inline-item-title, .ant-menu-title-content').allInnerTexts()
      )
        .map((s) => s.trim())
        .filter(Boolean);
      expect([...new Set(menuTexts)].sort()).toEqual([...expected].sort());
      await screenshot(page, `home-${u.role}`);
      await page.context().close();
    });
  }
});

describe('the menu highlights the page in use', () => {
  it("a batch's arrangement highlights 考场编排, not 认定批次", async () => {
    const kaowu = await apiSession('kaowu');
    const batches = (await (await kaowu('GET', '/api/v1/batches?pageSize=50')).json()) as { items: { id: string }[] };
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.getByTestId('home-exam_admin').waitFor();
    await page.goto(`/batches/${batches.items[0]!.id}/arrangement`);
    const selected = page.locator('.ant-menu-item-selected');
    await selected.first().waitFor();
    expect((await selected.allInnerTexts()).map((t) => t.trim())).toEqual(['考场编排']);
    await page.goto(`/batches/${batches.items[0]!.id}`);
    await page.locator('.ant-menu-item-selected', { hasText: '认定批次' }).waitFor();
    expect((await page.locator('.ant-menu-item-selected').allInnerTexts()).map((t) => t.trim())).toEqual(['认定批次']);
    await screenshot(page, 'menu-highlight-batch');
    await page.context().close();
  });
});

describe('pages outside the role', () => {
  it('a college clerk opening the audit page is refused', async () => {
    const page = await newPage(browser);
    await login(page, 'jidian');
    await page.getByTestId('home-college_clerk').waitFor();
    await page.goto('/audit');
    await page.getByText('抱歉，您无权访问此页面').waitFor();
    await screenshot(page, 'forbidden-college-clerk-audit');
    await page.context().close();
  });

  it('an unknown address shows the 404 page', async () => {
    const page = await newPage(browser);
    await login(page, 'kaowu');
    await page.getByTestId('home-exam_admin').waitFor();
    await page.goto('/no-such-page');
    await page.getByText('抱歉，您访问的页面不存在').waitFor();
    await page.context().close();
  });

  it('a visitor without a session is sent to the login page', async () => {
    const page = await newPage(browser);
    await page.goto('/audit');
    await page.locator('#username').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });
});

describe('first password and lockout', () => {
  it('a new account must change its one-time password at first login', async () => {
    const admin = await apiSession('admin');
    const res = await admin('POST', '/api/v1/users', {
      username: 'e2e.first',
      displayName: '首次登录测试',
      role: 'finance',
    });
    expect(res.status).toBe(200);
    const { oneTimePassword } = (await res.json()) as { oneTimePassword: string };
    const page = await newPage(browser);
    await login(page, 'e2e.first', oneTimePassword);
    await page.locator('#newPassword').waitFor();
    expect(new URL(page.url()).pathname).toBe('/change-password');
    await screenshot(page, 'change-password');
    await page.locator('#currentPassword').fill(oneTimePassword);
    await page.locator('#newPassword').fill('password1');
    await page.locator('#confirmPassword').fill('password1');
    await page.locator('button[type=submit]').click();
    // The policy banner also says 常见: wait for the server's own refusal, or the second submit races the first.
    await page.getByText('该密码过于常见，容易被猜中，请换一个').waitFor();
    await page.locator('#newPassword').fill('Qiu-Shui-Chang-Tian-7');
    await page.locator('#confirmPassword').fill('Qiu-Shui-Chang-Tian-7');
    await page.locator('button[type=submit]').click();
    await page.getByTestId('home-finance').waitFor();
    await page.context().close();
  });

  it('lockout: five wrong passwords lock the account for this address, with the same answer as a wrong password', async () => {
    const page = await newPage(browser);
    for (let i = 0; i < 5; i++) {
      await login(page, 'dudao', `Wrong-password-${i}`);
      await page.getByText('用户名或密码错误').first().waitFor();
    }
    await login(page, 'dudao');
    await page
      .getByText(/用户名或密码错误.*30 分钟/)
      .first()
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await screenshot(page, 'login-locked');
    await page.context().close();
  });
});
