import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('system endpoints', () => {
  it('GET /api/health answers ok with the database kind and migration level', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.migrations).toBeGreaterThanOrEqual(2);
  });

  it('serves the OpenAPI document with every route, and a reference page', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3/);
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/api/health',
      '/api/v1/auth/login',
      '/api/v1/audit',
      '/api/v1/colleges/{id}',
      '/api/v1/calendar',
      '/api/v1/jobs/{id}',
      '/api/v1/files',
    ])
      expect(paths).toContain(p);
    const page = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
  });

  it('answers every failure in one shape with the request id, which is also a header', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    const { error } = res.json();
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(/不存在/);
    expect(error.requestId).toBe(res.headers['x-request-id']);
  });

  it('names the field in Chinese when a request is invalid, and changes nothing', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/v1/colleges', { code: 'bad code!', name: '' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/编码/);
    expect(error.message).toMatch(/名称/);
    expect(error.details.map((d: { field: string }) => d.field).sort()).toEqual(['code', 'name']);
    const list = await admin.get('/api/v1/colleges');
    expect(list.json().items.some((c: { code: string }) => c.code === 'bad code!')).toBe(false);
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
