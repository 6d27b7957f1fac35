import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

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

/** The tickets' QR signing key of the test server, so a browser test can build a valid check link (R-ARR-11). */
export const E2E_TICKET_QR_KEY = 'e2e0'.repeat(16);

/** Starts the real server (built front end, demo centre, fresh embedded database) for the browser tests. */
export default async function setup(project: TestProject) {
  if (!fs.existsSync('dist/web/index.html')) throw new Error('Build the web front end first: npm run build:web');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'skillcert-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn('npx', ['tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SKILLCERT_MODE: 'demo',
      LOG_LEVEL: 'warn',
      LOGIN_RATE_PER_MINUTE: '1000',
      RATE_PER_MINUTE: '100000',
      DATABASE_URL: '',
      TICKET_QR_KEY: E2E_TICKET_QR_KEY,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: npx starts tsx which starts node, and the teardown must stop all three.
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`);
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  project.provide('baseURL', baseURL);
  return async () => {
    // Graceful shutdown of the whole group (the server closes its database), then make sure nothing is left.
    const group = -child.pid!;
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
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
