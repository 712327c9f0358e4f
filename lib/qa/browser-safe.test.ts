import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The editor runs these checks in the browser: nothing lib/qa reaches may need Node or the database.
const here = import.meta.dirname;
const root = resolve(here, '../..');
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.startsWith('test-') ? [path] : [];
  });
}

function reachable(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const specs = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
    seen.set(file, specs);
    for (const spec of specs) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      const path = [`${target}.ts`, join(target, 'index.ts')].find(existsSync);
      if (path) queue.push(path);
    }
  }
  return seen;
}

describe('lib/qa is browser-safe', () => {
  it('imports no node: module, no package and nothing of lib/db, transitively', () => {
    const graph = reachable(sources(here));
    expect(graph.size).toBeGreaterThan(20);
    const bad = [...graph].flatMap(([file, specs]) =>
      specs
        .filter((s) => !s.startsWith('.') || resolve(dirname(file), s).startsWith(join(root, 'lib/db')))
        .map((s) => `${relative(root, file)} -> ${s}`),
    );
    expect(bad).toEqual([]);
  });
});
