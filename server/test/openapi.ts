import type { App } from '../http/context.js';

/** A JSON schema as @fastify/swagger writes it from the zod schemas (the parts the tests read). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  default?: unknown;
  $ref?: string;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  params: { name: string; in: 'path' | 'query'; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  multipart: boolean;
}

/** Every operation of the app's OpenAPI document, with its request schemas ($refs resolved). */
export async function openApiOperations(app: App): Promise<Operation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const components: Record<string, JsonSchema> = doc.components?.schemas ?? {};
  const resolve = (s: JsonSchema, depth = 0): JsonSchema => {
    if (!s || typeof s !== 'object' || depth > 20) return s;
    if (s.$ref) return resolve(components[s.$ref.split('/').pop()!], depth + 1);
    const out: JsonSchema = { ...s };
    if (s.properties)
      out.properties = Object.fromEntries(Object.entries(s.properties).map(([k, v]) => [k, resolve(v, depth + 1)]));
    if (s.items) out.items = resolve(s.items, depth + 1);
    for (const k of ['anyOf', 'oneOf', 'allOf'] as const) if (s[k]) out[k] = s[k]!.map((v) => resolve(v, depth + 1));
    return out;
  };
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;
      const content = op.requestBody?.content ?? {};
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        params: (op.parameters ?? [])
          .filter((p: { in: string }) => p.in === 'path' || p.in === 'query')
          .map((p: { name: string; in: 'path' | 'query'; required?: boolean; schema: JsonSchema }) => ({
            name: p.name,
            in: p.in,
            required: !!p.required,
            schema: resolve(p.schema),
          })),
        body: content['application/json'] ? resolve(content['application/json'].schema) : undefined,
        multipart: !!content['multipart/form-data'],
      });
    }
  }
  return ops;
}

/** Every property key of a request schema, nested objects, arrays and unions included. */
export function schemaKeys(s: JsonSchema | undefined, into = new Set<string>()): Set<string> {
  if (!s || typeof s !== 'object') return into;
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    into.add(k);
    schemaKeys(v, into);
  }
  schemaKeys(s.items, into);
  for (const u of [...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])]) schemaKeys(u, into);
  return into;
}
