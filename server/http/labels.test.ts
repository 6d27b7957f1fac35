import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { openApiOperations, schemaKeys } from '../test/openapi.js';
import { fieldLabel, hasFieldLabel } from '../../shared/labels.js';

/** Issue 8 item 12: a field error names the field in Chinese, never by its code key (`batchId：…`). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('field labels', () => {
  it('every key of every request schema (params, query, body, nested) has a Chinese label', async () => {
    const missing = new Map<string, string[]>();
    for (const op of await openApiOperations(t.app)) {
      const keys = new Set(op.params.map((p) => p.name));
      schemaKeys(op.body, keys);
      for (const k of keys)
        if (!hasFieldLabel(k)) missing.set(k, [...(missing.get(k) ?? []), `${op.method} ${op.path}`]);
    }
    expect([...missing].map(([k, ops]) => `${k} (${ops[0]}${ops.length > 1 ? ` +${ops.length - 1}` : ''})`)).toEqual(
      [],
    );
  });

  it('every label is Chinese, and a key that merely looks like an object property is not one', () => {
    expect(fieldLabel('batchId')).toMatch(/[\u4e00-\u9fa5]/);
    expect(fieldLabel('constructor')).toBe('constructor');
    expect(fieldLabel('items.2.name')).toBe('第 3 项的名称');
  });
});
