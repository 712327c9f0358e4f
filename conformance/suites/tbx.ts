/** Okapi's TBX v2 samples: every file reads; known files give known counts, statuses and decoded text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTbxWithReport } from '../../lib/formats/tbx';
import { check, differs, type Suite } from '../suite';

// concepts, English terms, languages skipped (only en/ar/fa are kept; these samples have no ar/fa)
const EXPECTED: Record<string, [number, number, Record<string, number> | null]> = {
  'ibm_tbx.tbx': [5, 6, { fr: 5 }],
  'maryland.tbx': [1, 2, { fr: 1, it: 1, es: 1 }],
  'medtronic_TBX.tbx': [3, 6, null],
  'oracle_TBX.tbx': [2, 3, { pt: 2 }],
  'sdl_tbx.tbx': [223, 239, { de: 223 }],
  'test01.tbx': [1, 1, { hu: 1 }],
  'test02_win1254.tbx': [1, 1, { tr: 1 }],
};

// What particular files must hold beyond the counts.
const DETAILS: Record<string, (r: ReturnType<typeof parseTbxWithReport>) => string | null> = {
  // windows-1254, declared in the XML declaration: Turkish dotted and dotless i
  'test02_win1254.tbx': (r) => differs('term', r.concepts[0]?.terms[0]?.text, 'term with: éá and İı'),
  'ibm_tbx.tbx': (r) =>
    differs('first concept', [r.concepts[0]?.id, r.concepts[0]?.subjectField, r.concepts[0]?.terms[0]], ['c1', 'Software', { lang: 'en', text: 'navigation trail', status: 'admitted', partOfSpeech: 'noun' }]),
  'medtronic_TBX.tbx': (r) => (r.concepts.some((c) => c.terms.some((t) => t.status === 'preferred')) ? null : 'no preferred term'),
};

export const tbxSuite: Suite = {
  id: 'tbx-okapi',
  folder: 'tbx/okapi-tbx2',
  run: (dir) =>
    readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.tbx'))
      .sort()
      .map((f) =>
        check(f, () => {
          const r = parseTbxWithReport(readFileSync(join(dir, f)));
          const expected = EXPECTED[f];
          if (expected) {
            const [concepts, terms, skipped] = expected;
            const got = r.concepts.flatMap((c) => c.terms);
            const wrong =
              differs('concepts', r.concepts.length, concepts) ??
              differs('English terms', got.filter((t) => t.lang === 'en').length, terms) ??
              (got.every((t) => t.lang === 'en') ? null : 'a language other than en was kept') ??
              (skipped ? differs('languages skipped', r.skipped.languages, skipped) : null);
            if (wrong) return wrong;
          } else if (r.concepts.length === 0) return 'no concept read';
          return DETAILS[f]?.(r) ?? null;
        }),
      ),
};
