import type { FastifyRequest } from 'fastify';
import { stdSerializers } from 'pino';

/**
 * R-PPL-02: what reaches the log never carries an ID number. Request URLs lose the values of sensitive query
 * parameters (and anything shaped like an ID number); errors lose the SQL parameters a failed query carries
 * (DrizzleQueryError puts them in `params`, in its message and in its stack).
 */

const SENSITIVE_PARAMS = /^(idnumber|id_number|idcard|password|token|code|activationcode)$/i;
const ID_SHAPED = /\d{17}[\dXx]|\d{15}/g;
const REDACTED = '[redacted]';

/** A URL as the log keeps it: sensitive query values and ID-shaped runs replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const pathPart = url.slice(0, q < 0 ? undefined : q).replace(ID_SHAPED, REDACTED);
  if (q < 0) return pathPart;
  const query = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      let name = key;
      try {
        name = decodeURIComponent(key);
      } catch {
        // a malformed escape is logged as it came, minus ID-shaped runs
      }
      if (eq >= 0 && SENSITIVE_PARAMS.test(name)) return `${key}=${REDACTED}`;
      return pair.replace(ID_SHAPED, REDACTED);
    })
    .join('&');
  return `${pathPart}?${query}`;
}

/** Drops SQL parameters from an error and its causes (serialised by pino's standard serializer first). */
function scrub(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object' || depth > 5) return typeof value === 'string' ? scrubText(value) : value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'params' || k === 'parameters') out[k] = REDACTED;
    else if (typeof v === 'string') out[k] = scrubText(v);
    else if (v && typeof v === 'object') out[k] = scrub(v, depth + 1);
    else out[k] = v;
  }
  return out;
}

const scrubText = (s: string) => s.replace(/\nparams: [^\n]*/g, `\nparams: ${REDACTED}`).replace(ID_SHAPED, REDACTED);

export const logSerializers = {
  req(req: FastifyRequest) {
    return {
      method: req.method,
      url: redactUrl(req.url),
      host: req.host,
      remoteAddress: req.ip,
      remotePort: req.socket?.remotePort,
    };
  },
  err(err: Error) {
    return scrub(stdSerializers.err(err)) as ReturnType<typeof stdSerializers.err>;
  },
};
