// The web client's types (web/app/api.schema.ts) are generated from the OpenAPI document by `npm run api:types`;
// this test regenerates them in memory from the document the server serves and fails while the committed file is
// stale (a route or a shared schema changed without regenerating).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import { API_SCHEMA_FILE, apiTypesSource } from '../../scripts/api-types.js';
import { createTestApp, type TestApp } from './harness.js';

let t: TestApp;
let doc: OpenAPI3;
beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => t.close());

describe('generated API types', () => {
  it('web/app/api.schema.ts is what `npm run api:types` writes from the served OpenAPI document', async () => {
    const committed = fs.readFileSync(API_SCHEMA_FILE, 'utf8');
    const fresh = await apiTypesSource(doc);
    expect(committed === fresh, 'web/app/api.schema.ts is stale: run `npm run api:types`').toBe(true);
  });

  it('a changed document gives different types (the staleness check can fail)', async () => {
    const committed = fs.readFileSync(API_SCHEMA_FILE, 'utf8');
    const paths = { ...doc.paths };
    delete paths['/api/v1/batches/{id}'];
    const changed = await apiTypesSource({ ...doc, paths });
    expect(changed).not.toBe(committed);
    expect(committed).toContain("'/api/v1/batches/{id}'");
    expect(changed).not.toContain("'/api/v1/batches/{id}'");
  });
});
