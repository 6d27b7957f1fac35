// The house rules of docs/ARCHITECTURE.md, checked on the source tree:
// - a module reads and writes only its own tables; another module's data comes through that module's functions
//   (the reference tables every module may read are named below);
// - no import circle among server files;
// - a web feature imports no other feature (shared pieces live in web/app or web/components).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Which module owns each schema file's tables; a schema file not named here belongs to no module. */
const SCHEMA_OWNER: Record<string, string> = {
  'arrangement.ts': 'arrangement',
  'audit.ts': 'audit',
  'auth.ts': 'auth',
  'calendar.ts': 'calendar',
  'centre.ts': 'centre',
  'exams.ts': 'exams',
  'itembank.ts': 'itembank',
  'people.ts': 'people',
  'plans.ts': 'plans',
  'publicity.ts': 'publicity',
  'supervision.ts': 'supervision',
  'complaints.ts': 'complaints',
  'finance.ts': 'finance',
  'equipment.ts': 'equipment',
  'archives.ts': 'archives',
  'certificates.ts': 'certificates',
  'registration.ts': 'registration',
};
/** Tables owned by a module other than their schema file's (the schema file groups them with their neighbours). */
const TABLE_OWNER: Record<string, string> = {
  colleges: 'colleges',
  jobs: 'jobs',
  files: 'files',
  platformSettings: 'platform',
  loginFailures: 'auth',
};
/** Reference tables any module may read: the college list, the occupation catalogue, accounts, stored files. */
const REFERENCE_TABLES = new Set(['colleges', 'occupations', 'occupationJobs', 'users', 'files']);
/** Modules that share their tables: `users` manages the accounts that `auth` logs in. */
const SAME_MODULE: Record<string, string> = { users: 'auth' };

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');
const isTestFile = (f: string) => /\.test\.tsx?$|\.testkit\.ts$|\.access-cases\.ts$|\/test\//.test(f);

interface ImportRef {
  names: string[];
  spec: string;
  typeOnly: boolean;
}

/** The import and re-export statements of a file (static ones; the tree has no dynamic relative imports). */
function importsOf(file: string): ImportRef[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: ImportRef[] = [];
  const re = /(?:^|\n)\s*(import|export)\s+(type\s+)?([\s\S]*?)\s*from\s*'([^']+)'/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const body = m[3];
    const braces = /\{([\s\S]*)\}/.exec(body);
    const names = braces
      ? braces[1]
          .split(',')
          .map(
            (n) =>
              n
                .trim()
                .replace(/^type\s+/, '')
                .split(/\s+as\s+/)[0],
          )
          .filter(Boolean)
      : [];
    out.push({ names, spec: m[4], typeOnly: Boolean(m[2]) });
  }
  for (const m of src.matchAll(/(?:^|\n)\s*import\s+'([^']+)'/g)) out.push({ names: [], spec: m[1], typeOnly: false });
  return out;
}

function resolveRelative(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    base + '.ts',
    base + '.tsx',
    path.join(base, 'index.ts'),
  ]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

/** table name → owning module, from the schema files. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  const dir = path.join(ROOT, 'server/db/schema');
  for (const f of fs.readdirSync(dir)) {
    const src = fs.readFileSync(path.join(dir, f), 'utf8');
    for (const m of src.matchAll(/export const (\w+) = pgTable/g)) {
      const owner = TABLE_OWNER[m[1]] ?? SCHEMA_OWNER[f];
      if (owner) owners.set(m[1], owner);
    }
  }
  return owners;
}

const moduleOf = (file: string) => /server\/modules\/([^/]+)\//.exec(rel(file))?.[1];

describe('module boundaries', () => {
  it("a module's files import no other module's table (reference tables excepted)", () => {
    const owners = tableOwners();
    expect(owners.size).toBeGreaterThan(50);
    const foreign: string[] = [];
    const files = walk(path.join(ROOT, 'server/modules')).filter((f) => !isTestFile(rel(f)));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const mod = moduleOf(file)!;
      const self = SAME_MODULE[mod] ?? mod;
      for (const imp of importsOf(file)) {
        const target = resolveRelative(file, imp.spec);
        if (!target || !rel(target).startsWith('server/db/schema/')) continue;
        for (const name of imp.names) {
          const owner = owners.get(name);
          if (!owner || REFERENCE_TABLES.has(name)) continue;
          if ((SAME_MODULE[owner] ?? owner) !== self) foreign.push(`${rel(file)}: ${name} (${owner})`);
        }
      }
    }
    expect(foreign).toEqual([]);
  });

  it('the boundary check sees a foreign table import (it can fail)', () => {
    const owners = tableOwners();
    expect(owners.get('persons')).toBe('people');
    expect(owners.get('applications')).toBe('registration');
    expect(owners.get('batchSittings')).toBe('plans');
    expect(owners.get('colleges')).toBe('colleges');
  });
});

/** Strongly connected components of more than one file (or a file importing itself), by Tarjan's algorithm. */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || graph.get(v)?.includes(v)) out.push(scc.map(rel).sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const deps = importsOf(f)
      .map((i) => resolveRelative(f, i.spec))
      .filter((t): t is string => t !== null);
    graph.set(f, deps);
  }
  return graph;
}

/** The kinds a module's file may have (`<topic>.<kind>.ts`), as docs/CODE_STYLE.md lists them. */
const FILE_KINDS = [
  'routes',
  'service',
  'access',
  'reads',
  'store',
  'rules',
  'present',
  'types',
  'job',
  'import',
  'export',
  'pdf',
  'xlsx',
  'demo',
  'data',
  'cli',
  'd',
  'test',
  'testkit',
  'access-cases',
];

describe('file names', () => {
  it('files in a module folder are <topic>.<kind>.ts with a documented kind (plain <topic>.ts in a sub-folder)', () => {
    const odd: string[] = [];
    for (const f of walk(path.join(ROOT, 'server/modules'))) {
      const parts = rel(f).split('/');
      const name = parts[parts.length - 1];
      const inSubFolder = parts.length > 4;
      const m = /^[a-z0-9-]+\.([a-z-]+)(?:\.test)?\.ts$/.exec(name);
      if (m && FILE_KINDS.includes(m[1])) continue;
      if (inSubFolder && /^[a-z0-9-]+\.ts$/.test(name)) continue;
      odd.push(rel(f));
    }
    expect(odd).toEqual([]);
  });

  it('CODE_STYLE.md lists every kind', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/CODE_STYLE.md'), 'utf8');
    expect(FILE_KINDS.filter((k) => !doc.includes(`\`.${k}.ts\``))).toEqual([]);
  });
});

/** The module map of docs/ARCHITECTURE.md: which modules each module imports (test files excluded). */
function moduleGraph(): Map<string, Set<string>> {
  const files = walk(path.join(ROOT, 'server/modules')).filter((f) => !isTestFile(rel(f)));
  const graph = new Map<string, Set<string>>();
  for (const f of files) {
    const from = moduleOf(f)!;
    if (!graph.has(from)) graph.set(from, new Set());
    for (const imp of importsOf(f)) {
      const t = resolveRelative(f, imp.spec);
      const to = t && moduleOf(t);
      if (to && to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

describe('docs/ARCHITECTURE.md', () => {
  it('its module map says which module reads from which, as the code does', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
    const section = doc.split('## Module map')[1]?.split('\n## ')[0] ?? '';
    const documented = new Map<string, string>();
    for (const m of section.matchAll(/^\| `(\w+)` \| ([^|]*) \|/gm)) documented.set(m[1], m[2].trim());
    const actual = new Map(
      [...moduleGraph()].map(([k, v]) => [
        k,
        [...v]
          .sort()
          .map((x) => `\`${x}\``)
          .join(', ') || '—',
      ]),
    );
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(actual));
  });
});

describe('import circles', () => {
  it('no import circle among server files (type-only imports included)', () => {
    const files = [...walk(path.join(ROOT, 'server')), ...walk(path.join(ROOT, 'shared'))].filter(
      (f) => !isTestFile(rel(f)),
    );
    expect(cycles(importGraph(files))).toEqual([]);
  });

  it('the circle check finds a circle (it can fail)', () => {
    const g = new Map([
      ['/a', ['/b']],
      ['/b', ['/c']],
      ['/c', ['/a']],
      ['/d', ['/a']],
    ]);
    expect(cycles(g)).toHaveLength(1);
  });

  it('no module depends on another in a circle', () => {
    const g = new Map([...moduleGraph()].map(([k, v]) => [k, [...v]]));
    expect(cycles(g)).toEqual([]);
  });
});

describe('web features', () => {
  /** feature → features it imports, and the imports that reach into another feature's screens. */
  function featureImports() {
    const graph = new Map<string, string[]>();
    const intoScreens: string[] = [];
    for (const f of walk(path.join(ROOT, 'web/features'))) {
      const from = /web\/features\/([^/]+)\//.exec(rel(f))![1];
      for (const imp of importsOf(f)) {
        const t = resolveRelative(f, imp.spec);
        const to = t && /web\/features\/([^/]+)\//.exec(rel(t))?.[1];
        if (!to || to === from) continue;
        graph.set(`/${from}`, [...(graph.get(`/${from}`) ?? []), `/${to}`]);
        if (!/\/api\.ts$/.test(t!)) intoScreens.push(`${rel(f)} → ${rel(t!)}`);
      }
    }
    return { graph, intoScreens };
  }

  it("a web feature uses another feature only through that feature's api.ts (shared pieces live in web/app or web/components)", () => {
    expect(featureImports().intoScreens).toEqual([]);
  });

  it('features depend on each other one way only (no circle)', () => {
    expect(cycles(featureImports().graph)).toEqual([]);
  });
});
