import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, violations, type SourceFile } from './layering';

const root = join(import.meta.dirname, '..', '..');
const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/u;

function sources(dir: string): SourceFile[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : sources(path);
    return SOURCE.test(e.name) ? [{ path: path.split(sep).join('/'), text: readFileSync(join(root, path), 'utf8') }] : [];
  });
}

describe('the layers of the repository', () => {
  it('holds in every source file', () => {
    // this folder's own test holds violations on purpose, as strings
    const files = ['app', 'bin', 'components', 'lib', 'scripts', 'tests', 'bench'].flatMap(sources).filter((f) => !f.path.startsWith('tests/layering/'));
    expect(files.length).toBeGreaterThan(200);
    expect(files.filter((f) => f.path.startsWith('lib/server/')).length).toBeGreaterThan(5);
    expect(violations(files)).toEqual([]);
  });

  it('reads every form of import', () => {
    const text = [
      "import { a } from '../db/sql';",
      'import type { B } from "@/lib/server/act";',
      "export { c } from './c';",
      "export * from './d';",
      "import './styles.css';",
      'import {\n  e,\n  f,\n} from "next/navigation";',
      "const g = await import('../../lib/db/documents');",
      "const h = require('postgres');",
    ].join('\n');
    expect(importsOf(text).sort()).toEqual(['../../lib/db/documents', '../db/sql', './c', './d', './styles.css', '@/lib/server/act', 'next/navigation', 'postgres'].sort());
  });

  // a synthetic violation of each rule, in memory: the checker must find it
  it.each([
    ['lib/terms/x.ts', "import { sql } from '../db/sql';", 'pure lib/'],
    ['lib/qa/x.ts', "import type { Actor } from '@/lib/server/actor';", 'pure lib/'],
    ['lib/text/x.ts', "import { useState } from 'react';", 'pure lib/'],
    ['lib/publish/x.ts', "import { cookies } from 'next/headers';", 'pure lib/'],
    ['lib/formats/x.ts', "import { useTranslations } from 'next-intl';", 'pure lib/'],
    ['lib/quotes/x.ts', "import { Link } from '../i18n/navigation';", 'pure lib/'],
    ['components/editor/x.tsx', "import { getDocument } from '@/lib/db/documents';", 'components/'],
    ['components/glossary/x.tsx', "import { createConcept } from '@/lib/server/glossary';", 'components/'],
    ['components/quotes/x.tsx', "import { addQuoteAction } from '@/app/[locale]/documents/[id]/quotes/actions';", 'components/'],
    ['lib/server/x.ts', "import postgres from 'postgres';", 'only lib/db imports postgres'],
    ['scripts/x.mjs', "const postgres = (await import('postgres')).default;", 'only lib/db imports postgres'],
    ['lib/server/y.ts', "import { revalidatePath } from 'next/cache';", 'lib/server never imports'],
    ['lib/server/y.ts', "const { cookies } = await import('next/headers');", 'lib/server never imports'],
    ['app/[locale]/x/page.tsx', "import { listDocuments } from '@/lib/db/documents';", 'reach lib/db only through lib/server'],
    ['bin/commands/x.ts', "const { createDocument } = await import('../../lib/db/documents');", 'reach lib/db only through lib/server'],
  ])('finds %s importing past its line', (path, text, rule) => {
    const found = violations([{ path, text }]);
    expect(found).toHaveLength(1);
    expect(found[0]!.rule).toContain(rule);
  });

  it.each([
    ['lib/server/x.ts', "import { sql } from '../db/sql';"],
    ['lib/server/actor.ts', "const { cookies } = await import('next/headers');"],
    ['lib/db/x.ts', "import postgres from 'postgres';"],
    ['lib/terms/x.ts', "import { termKey } from './term-key';"],
    ['components/editor/x.tsx', "import type { ActionResult } from '@/lib/contract/result';\nimport { useState } from 'react';"],
    ['app/[locale]/x/page.tsx', "import { asCurrentActor } from '@/lib/server/act';"],
    ['lib/i18n/request.ts', "import { getRequestConfig } from 'next-intl/server';"],
    ['tests/integration/x.test.ts', "import { sql } from '../../lib/db/sql';"],
  ])('lets %s import what its layer may', (path, text) => {
    expect(violations([{ path, text }])).toEqual([]);
  });
});
