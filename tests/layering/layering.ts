// The lines of the house (STYLE.md), checked over source files as text: who may import what.

export interface SourceFile {
  /** Path from the repository root, with forward slashes. */
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  imports: string;
  rule: string;
}

const STATIC = /(?:^|[\n;])\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g;
const BARE = /(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC = /\b(?:import|require)\(\s*['"`]([^'"`]+)['"`]/g;

/** Every module a file names in an import, export-from, dynamic import() or require(). */
export function importsOf(text: string): string[] {
  const out = new Set<string>();
  for (const re of [STATIC, BARE, DYNAMIC]) for (const m of text.matchAll(re)) out.add(m[1]!);
  return [...out];
}

function normalize(parts: string[]): string {
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return out.join('/');
}

/** What an import names: a repository path for `./`, `../` and `@/` imports, else the package name. */
export function target(from: string, spec: string): { path?: string; pkg?: string } {
  if (spec.startsWith('@/')) return { path: normalize(spec.slice(2).split('/')) };
  if (spec.startsWith('.')) return { path: normalize([...from.split('/').slice(0, -1), ...spec.split('/')]) };
  if (spec.startsWith('node:')) return { pkg: spec };
  const [a, b] = spec.split('/');
  return { pkg: spec.startsWith('@') ? `${a}/${b}` : a! };
}

const under = (path: string | undefined, dir: string) => !!path && (path === dir || path.startsWith(`${dir}/`) || path.startsWith(`${dir}.`));
const FRAMEWORK = new Set(['react', 'react-dom', 'next', 'next-intl', 'use-intl']);
// next-intl's own configuration (routing, request config, navigation) lives in lib/i18n as STYLE.md
// says; Next, the proxy and components import it, pure lib never does.
const I18N_ADAPTERS = ['lib/i18n/routing.ts', 'lib/i18n/request.ts', 'lib/i18n/navigation.ts'];
const isI18nAdapter = (path: string | undefined) => !!path && I18N_ADAPTERS.some((a) => path === a || `${path}.ts` === a);
const isPureLib = (path: string) => path.startsWith('lib/') && !under(path, 'lib/db') && !under(path, 'lib/server') && !isI18nAdapter(path);

interface Rule {
  name: string;
  applies: (file: string) => boolean;
  forbids: (t: { path?: string; pkg?: string; spec?: string; from?: string }) => boolean;
}

export const RULES: Rule[] = [
  {
    name: 'pure lib/ never imports lib/db, lib/server, React, Next or next-intl',
    applies: isPureLib,
    forbids: (t) => under(t.path, 'lib/db') || under(t.path, 'lib/server') || isI18nAdapter(t.path) || FRAMEWORK.has(t.pkg ?? ''),
  },
  {
    name: 'components/ never import lib/db, lib/server or app/',
    applies: (f) => f.startsWith('components/'),
    forbids: (t) => under(t.path, 'lib/db') || under(t.path, 'lib/server') || under(t.path, 'app'),
  },
  {
    name: 'only lib/db imports postgres',
    applies: (f) => !f.startsWith('lib/db/'),
    forbids: (t) => t.pkg === 'postgres',
  },
  {
    name: 'lib/server never imports React, Next or next-intl (the CLI runs it too)',
    applies: (f) => f.startsWith('lib/server/'),
    // the one named exception: currentActor (lib/server/actor.ts) reads the session cookie through
    // next/headers, imported only when a request asks (the CLI sets its actor and never loads it)
    forbids: (t) => (FRAMEWORK.has(t.pkg ?? '') || isI18nAdapter(t.path)) && !(t.spec === 'next/headers' && t.from === 'lib/server/actor.ts'),
  },
  {
    name: 'pages, actions, route handlers and the CLI reach lib/db only through lib/server',
    applies: (f) => f.startsWith('app/') || f.startsWith('bin/'),
    forbids: (t) => under(t.path, 'lib/db'),
  },
];

/** Every import that crosses a line of the house. */
export function violations(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    for (const spec of importsOf(f.text)) {
      const t = { ...target(f.path, spec), spec, from: f.path };
      for (const rule of RULES) if (rule.applies(f.path) && rule.forbids(t)) out.push({ file: f.path, imports: spec, rule: rule.name });
    }
  }
  return out;
}
