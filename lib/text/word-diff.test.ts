import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from './lang';
import { diffTokens, rebuildText, threeWayDiff, wordDiff, type DiffRun } from './word-diff';

const show = (runs: DiffRun[]) => runs.map((r) => (r.op === 'equal' ? r.text : r.op === 'insert' ? `+[${r.text}]` : `-[${r.text}]`)).join('');

describe('diffTokens', () => {
  const rows: [Lang, string, string[]][] = [
    ['en', 'Kata’ib Hezbollah, 10,000 men.', ['Kata’ib', ' ', 'Hezbollah', ',', ' ', '10,000', ' ', 'men', '.']],
    ['ar', 'قالت والمقاومة: «لا».', ['قالت', ' ', 'والمقاومة', ':', ' ', '«', 'لا', '»', '.']],
    ['fa', 'حزب‌الله  می‌گوید؛', ['حزب‌الله', '  ', 'می‌گوید', '؛']],
  ];
  it.each(rows)('%s: %s', (lang, text, tokens) => {
    expect(diffTokens(text, lang)).toEqual(tokens);
    expect(diffTokens(text, lang).join('')).toBe(text);
  });
});

describe('wordDiff', () => {
  const rows: [Lang, string, string, string][] = [
    ['en', 'The group posted a verse.', 'The group posted two verses.', 'The group posted -[a verse]+[two verses].'],
    ['en', 'same', 'same', 'same'],
    ['en', '', 'new text', '+[new text]'],
    ['ar', 'نشرت المقاومة بياناً.', 'نشرت والمقاومة بياناً.', 'نشرت -[المقاومة]+[والمقاومة] بياناً.'],
    ['ar', 'قال إن المقاومة باقية', 'قال إن المُقاوَمة باقية', 'قال إن -[المقاومة]+[المُقاوَمة] باقية'],
    ['fa', 'حزب‌الله بیانیه داد', 'حزب الله بیانیه داد', '-[حزب‌الله]+[حزب الله] بیانیه داد'],
    ['fa', 'می‌گوید که کتاب‌ها اینجاست', 'می‌گوید که کتاب‌های او اینجاست', 'می‌گوید که -[کتاب‌ها]+[کتاب‌های او] اینجاست'],
  ];
  it.each(rows)('%s: «%s» -> «%s»', (lang, before, after, expected) => {
    const runs = wordDiff(before, after, lang);
    expect(show(runs)).toBe(expected);
    expect(rebuildText(runs, 'before')).toBe(before);
    expect(rebuildText(runs, 'after')).toBe(after);
  });

  it('property: the runs rebuild both texts exactly, with no empty or repeated runs', () => {
    const pieces = ['و', 'المقاومة', 'مقاومة', ' ', '  ', '\u200c', 'کتاب', 'ها', 'Hezbollah', ',', '.', '«', '»', '٣', '\n', 'ـ', 'ُ'];
    const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(textArb, textArb, fc.constantFrom<Lang>('en', 'ar', 'fa'), (a, b, lang) => {
        const runs = wordDiff(a, b, lang);
        expect(rebuildText(runs, 'before')).toBe(a);
        expect(rebuildText(runs, 'after')).toBe(b);
        runs.forEach((r, i) => {
          expect(r.text).not.toBe('');
          if (i > 0) expect(r.op === runs[i - 1]!.op).toBe(false);
        });
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('a very different long pair falls back to one replacement, quickly', () => {
    const a = Array.from({ length: 6000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 6000 }, (_, i) => `x${i}`).join(' ');
    const t0 = performance.now();
    const runs = wordDiff(a, b, 'en');
    expect(runs.map((r) => r.op)).toEqual(['delete', 'insert']);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('threeWayDiff', () => {
  it('shows what each side changed against the base', () => {
    const r = threeWayDiff('نشرت المقاومة بياناً', 'نشرت المقاومة الإسلامية بياناً', 'نشرت المقاومة بياناً جديداً', 'ar');
    expect(show(r.theirs)).toBe('نشرت المقاومة +[الإسلامية ]بياناً');
    expect(show(r.mine)).toBe('نشرت المقاومة بياناً+[ جديداً]');
    expect(r.same).toBe(false);
    expect(threeWayDiff('a', 'b', 'b', 'en').same).toBe(true);
  });
});
