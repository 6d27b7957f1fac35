import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { fieldLabel } from '../../shared/labels.js';
import { ApiError } from './api.js';

/**
 * A form rule that checks one field against its shared zod schema, so the browser says what the server would.
 * Empty input gets "请填写…"/"请选择…" rather than zod's type message.
 */
export function zodRule(schema: z.ZodType, label: string, opts: { select?: boolean } = {}): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
      if (empty && !schema.safeParse(undefined).success && !schema.safeParse('').success)
        throw new Error(opts.select ? `请选择${label}` : `请填写${label}`);
      if (empty) return;
      const r = schema.safeParse(value);
      if (!r.success) throw new Error(r.error.issues[0]?.message ?? `${label}不正确`);
    },
  };
}

/** "days.3.name" → ['days', 3, 'name'], the path antd forms (and Form.List) use. */
function toNamePath(field: string): (string | number)[] {
  return field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The server prefixes each field message with the field's label ("新密码：…"); under the field it is redundant. */
function withoutLabel(field: string, text: string) {
  const prefix = fieldLabel(field) + '：';
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/**
 * Puts a server validation error on the form's fields. Returns the part of the error no field shows (to be shown
 * with antd `message`), or null when every issue landed on a field of this form.
 */
export function applyServerErrors(form: FormInstance, error: unknown, fields: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return '操作失败，请稍后重试';
  const issues = error.fieldIssues;
  const onForm = issues.filter((i) => fields.includes(i.field.split('.')[0]));
  if (onForm.length)
    form.setFields(onForm.map((i) => ({ name: toNamePath(i.field), errors: [withoutLabel(i.field, i.message)] })));
  if (onForm.length && onForm.length === issues.length) return null;
  return error.message;
}

/** Optional text fields: an empty box is sent as null, not as an empty string. */
export function blankToNull<T extends Record<string, unknown>>(values: T, keys: readonly (keyof T)[]): T {
  const out = { ...values };
  for (const k of keys) if (typeof out[k] === 'string' && (out[k] as string).trim() === '') out[k] = null as T[keyof T];
  return out;
}
