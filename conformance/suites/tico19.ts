/** TICO-19: the EN-AR and EN-FA term lists (CSV) and the line-aligned parallel sentences. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../../lib/formats/decode';
import { parseGlossaryCsv } from '../../lib/formats/glossary-csv';
import { check, differs, type Suite } from '../suite';

// concepts, target language, one target term that must be among them
const LISTS: Record<string, [number, 'ar' | 'fa', string]> = {
  'f_en-ar_AR.csv': [306, 'ar', 'الإيدز'],
  'f_en-fa_IR.csv': [306, 'fa', 'برونشیت حاد'],
  'g_en_ar.csv': [337, 'ar', 'الحالات المصابة حاليًا'],
  'g_en_fa.csv': [337, 'fa', 'موارد تأییدشده'],
};

export const ticoGlossariesSuite: Suite = {
  id: 'tico19-glossaries',
  folder: 'tico19/glossaries',
  run: (dir) => [
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) =>
        check(f, () => {
          const concepts = parseGlossaryCsv(decodeBytes(readFileSync(join(dir, f))));
          const expected = LISTS[f];
          if (!expected) return concepts.length > 0 ? null : 'no concept read';
          const [count, lang, sample] = expected;
          return (
            differs('concepts', concepts.length, count) ??
            (concepts.every((c) => c.terms.length === 2 && c.terms[0]!.lang === 'en' && c.terms[1]!.lang === lang) ? null : `a concept without exactly en + ${lang}`) ??
            (concepts.some((c) => c.terms[1]!.text === sample) ? null : `no ${lang} term "${sample}"`)
          );
        }),
      ),
    // the g_* layout keeps part of speech and the quoted description
    check('g_en_ar.csv: CDC row', () => {
      const cdc = parseGlossaryCsv(decodeBytes(readFileSync(join(dir, 'g_en_ar.csv')))).find((c) => c.terms[0]!.text === 'CDC');
      if (!cdc) return 'no CDC concept';
      return (
        differs('Arabic term', cdc.terms[1], { lang: 'ar', text: 'مركز مكافحة الأمراض والوقاية منها (CDC)', status: 'preferred', partOfSpeech: 'proper noun' }) ??
        (/^Short for "Centers for Disease Control and Prevention": a US/u.test(cdc.definitions?.en ?? '') ? null : 'definition lost its quotes')
      );
    }),
  ],
};

export const ticoParallelSuite: Suite = {
  id: 'tico19-parallel',
  folder: 'tico19/parallel',
  run: (dir) => {
    const lines = (f: string) => decodeBytes(readFileSync(join(dir, f))).replace(/\n$/u, '').split('\n');
    // ids: a header (line, tuid, ...), then one row per sentence line, numbered from 1
    const rows = lines('tico19.ids.tsv').slice(1).map((r) => r.split('\t'));
    const count = rows.length;
    const ids = check('tico19.ids.tsv', () => {
      if (rows.some((r, i) => r[0] !== String(i + 1))) return 'line numbers out of sequence';
      return new Set(rows.map((r) => r[1])).size === count ? null : 'repeated tuids';
    });
    return [
      ids,
      ...['en', 'ar', 'fa'].map((lang) =>
        check(`tico19.${lang}.txt`, () => {
          const text = lines(`tico19.${lang}.txt`);
          return differs('lines (one per id)', text.length, count) ?? (text.every((l) => l.trim() !== '') ? null : 'an empty line');
        }),
      ),
    ];
  },
};
