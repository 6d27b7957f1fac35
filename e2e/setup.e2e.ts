import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, screenshot } from './browser.js';

// A production install of its own (the shared e2e server is a demo): fresh data directory, no centre, one admin.
let browser: Browser;
let server: ChildProcess;
let dataDir: string;
let baseURL = '';
let oneTimePassword = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-e2e-prod-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SKILLCERT_MODE: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
  };
  delete env.PII_KEY;
  delete env.AUDIT_SIGNING_KEY;
  server = spawn('npx', ['tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited:\n${output}`);
    const m = /one-time password: (\S+)/.exec(output);
    if (m) {
      try {
        if ((await fetch(`${baseURL}/api/health`)).ok) {
          oneTimePassword = m[1];
          break;
        }
      } catch {
        /* not up yet */
      }
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server?.pid) {
    const group = -server.pid;
    const alive = () => {
      try {
        process.kill(group, 0);
        return true;
      } catch {
        return false;
      }
    };
    if (alive()) process.kill(group, 'SIGTERM');
    for (let i = 0; i < 150 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive()) process.kill(group, 'SIGKILL');
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('first-run setup of a production install', () => {
  it('R-ORG-01: the admin changes the one-time password, is led to the setup, creates the centre and a college', async () => {
    const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    await page.goto('/login');
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(oneTimePassword);
    await page.locator('button[type=submit]').click();

    // The forced first password change comes first.
    await page.locator('#currentPassword').waitFor();
    const newPassword = 'Qz7!vRk2#mWp9Lx';
    await page.locator('#currentPassword').fill(oneTimePassword);
    await page.locator('#newPassword').fill(newPassword);
    await page.locator('#confirmPassword').fill(newPassword);
    await page.locator('button[type=submit]').click();

    // Then the setup, not an empty home page.
    await page.getByTestId('setup-page').waitFor();
    expect(new URL(page.url()).pathname).toBe('/setup');
    await page.locator('#name').fill('河南测试职业学院职业技能等级认定中心');
    await page.locator('#shortName').fill('测试认定中心');
    await page.locator('#contact').fill('王老师');
    await screenshot(page, 'setup-centre');
    await page.getByRole('button', { name: '建立认定中心' }).click();

    await page.getByTestId('setup-add-college').waitFor();
    await page.getByText('河南测试职业学院职业技能等级认定中心').waitFor();
    await page.getByTestId('setup-add-college').click();
    await page.locator('#college_code').fill('JD');
    await page.locator('#college_name').fill('机电工程学院');
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await page.getByRole('cell', { name: '机电工程学院' }).waitFor();
    await screenshot(page, 'setup-colleges');
    await page.getByTestId('setup-finish').click();
    await page.getByTestId('setup-home').click();
    await page.waitForURL((u) => u.pathname === '/');
    await page.getByTestId('home-admin').waitFor();

    // The centre exists now: the home page no longer leads to the setup.
    await page.reload();
    await page.getByTestId('home-admin').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });
});
