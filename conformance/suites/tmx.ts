/**
 * TMX: the LISA compliance kit (every encoding and byte-order mark it holds) read and written back,
 * and the TICO-19 EN–AR and EN–FA memories through the import's units and the export's tu's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmxProblems } from '../../lib/formats/tmx-check';
import { readTmx, type TmxDocument } from '../../lib/formats/tmx-read';
import { writeTmx } from '../../lib/formats/tmx-write';
import { tmxUnitOf, unitsFromTmx } from '../../lib/tm/tmx-units';
import { check, differs, type Suite } from '../suite';

// What a file's units look like when compared: attributes, props, notes, and each variant's language, text and codes.
const shape = (d: TmxDocument) =>
  d.units.map((u) => ({ attrs: u.attrs, props: u.props, notes: u.notes, variants: u.variants.map((v) => [v.lang, v.text, v.inline, v.tags, v.attrs]) }));

const sorted = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

export const tmxLisaSuite: Suite = {
  id: 'tmx-lisa',
  folder: 'tmx/lisa',
  run: (dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.tmx'))
      .sort()
      .map((f) =>
        check(f, () => {
          const doc = readTmx(new Uint8Array(readFileSync(join(dir, f))));
          if (doc.units.length === 0) return 'no unit read';
          const written = writeTmx({ attrs: doc.header.attrs, props: doc.header.props, notes: doc.header.notes }, doc.units);
          const again = readTmx(written);
          // the kit's files keep TMX 1.4b (so tmxProblems agrees with the kit), and so do ours written from them
          return (
            differs('units written back', shape(again), shape(doc)) ??
            differs('header', sorted(again.header.attrs), sorted(doc.header.attrs)) ??
            differs('spec problems of the kit file', tmxProblems(new Uint8Array(readFileSync(join(dir, f)))), []) ??
            differs('spec problems of the file written back', tmxProblems(written), [])
          );
        }),
      ),
};

const MEMORIES: Record<string, ['ar' | 'fa', number]> = { 'all.en-ar.tmx': ['ar', 3071], 'all.en-fa.tmx': ['fa', 3071] };

export const ticoTmxSuite: Suite = {
  id: 'tico19-tmx',
  folder: 'tico19/tmx',
  run: (dir) =>
    Object.entries(MEMORIES).map(([f, [lang, count]]) =>
      check(`${f}: import, export, read back`, () => {
        const doc = readTmx(new Uint8Array(readFileSync(join(dir, f))));
        const { units, warnings } = unitsFromTmx(doc, 'conformance');
        const bad = differs('units', units.length, count) ?? differs('warnings', warnings.length, 0);
        if (bad) return bad;
        if (units.some((u) => u.sourceLang !== 'en' || u.targetLang !== lang)) return `a unit not en→${lang}`;
        // as stored and exported: the unit's texts and what it kept of its tu
        const xml = writeTmx(
          { attrs: { srclang: 'en' } },
          units.map((u, i) => tmxUnitOf({ id: i + 1, sourceText: u.sourceText, targetText: u.targetText, tuid: u.tuid, props: u.props, author: u.author, createdAt: '', changedAt: '' }, 'en', lang)),
        );
        return differs('exported file read back', shape(readTmx(xml)), shape(doc)) ?? differs('spec problems of the export', tmxProblems(xml), []);
      }),
    ),
};
