import { idCheckChar } from '../../../shared/idcard.js';
import type { TestApp, TestClient } from '../../test/harness.js';

/** Test data for the people module's tests (not a test file itself). */

/** A real-shaped 居民身份证 number: region 410102 (郑州市中原区), the birth date, a sequence, its check character. */
export function makeIdNumber(birth: string, seq: number, region = '410102'): string {
  const first17 = `${region}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** A person body; gender follows the sequence digit (odd = male). */
export function personFor(name: string, birth: string, seq: number, extra: Record<string, unknown> = {}) {
  return {
    name,
    gender: seq % 2 === 1 ? 'male' : 'female',
    idType: 'resident',
    idNumber: makeIdNumber(birth, seq),
    phone: '13800000000',
    kind: 'staff',
    ownStaff: true,
    ...extra,
  };
}

/** POSTs one file as multipart/form-data, as the browser does. */
export function postFile(
  t: TestApp,
  c: TestClient,
  url: string,
  name: string,
  bytes: Buffer,
  fields: Record<string, string> = {},
) {
  const boundary = '----skillcert' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    ...Object.entries(fields).map(([k, v]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}
