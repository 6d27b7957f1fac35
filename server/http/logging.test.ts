import { describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { logSerializers, redactUrl } from './logging.js';

const ID = '41010219880512108X';

describe('R-PPL-02: the log keeps no ID number', () => {
  it('R-PPL-02: a URL loses the idNumber value and any ID-shaped run, and keeps the rest', () => {
    expect(redactUrl(`/api/v1/persons?page=1&idNumber=${ID}&kind=staff`)).toBe(
      '/api/v1/persons?page=1&idNumber=[redacted]&kind=staff',
    );
    expect(redactUrl(`/api/v1/persons?keyword=${ID.toLowerCase()}`)).toBe('/api/v1/persons?keyword=[redacted]');
    expect(redactUrl(`/api/v1/x/${ID}/y`)).toBe('/api/v1/x/[redacted]/y');
    expect(redactUrl('/api/v1/persons?%69dNumber=410102198805121')).not.toContain('410102198805121');
    expect(redactUrl('/api/v1/persons?page=2')).toBe('/api/v1/persons?page=2');
  });

  it('R-PPL-02: a failed query is logged without its parameters (params, message, stack and cause)', () => {
    const cause = Object.assign(new Error(`duplicate key value: ${ID}`), { code: '23505' });
    const err = new DrizzleQueryError('insert into persons (id_number) values ($1)', [ID, '13800000000'], cause);
    expect(JSON.stringify(err.message)).toContain(ID); // what drizzle itself puts in the message
    const logged = JSON.stringify(logSerializers.err(err));
    expect(logged).not.toContain(ID);
    expect(logged).not.toContain('13800000000');
    expect(logged).toContain('insert into persons');
    expect(logged).toContain('[redacted]');
  });
});
