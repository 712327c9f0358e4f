import { describe, expect, it } from 'vitest';
import { countStates } from './state-counts';

describe('countStates: segments and source words per target language and state', () => {
  it('English source: a missing target is initial; words are the source words', () => {
    const r = countStates(
      [
        { sourceText: 'The resistance and Iran.', states: { ar: 'translated', fa: 'draft' } },
        { sourceText: 'Kata’ib Hezbollah (KH) said on 10,000 posts.', states: { ar: 'reviewed' } },
        { sourceText: 'Nothing.', states: {} },
      ],
      'en',
      ['ar', 'fa'],
    );
    expect(r).toEqual([
      { lang: 'ar', segments: 3, words: 4 + 7 + 1, states: [{ state: 'initial', segments: 1, words: 1 }, { state: 'translated', segments: 1, words: 4 }, { state: 'reviewed', segments: 1, words: 7 }] },
      { lang: 'fa', segments: 3, words: 12, states: [{ state: 'initial', segments: 2, words: 8 }, { state: 'draft', segments: 1, words: 4 }] },
    ]);
  });

  it('Arabic and Farsi sources: clitics do not split a word, ZWNJ joins one', () => {
    const ar = countStates([{ sourceText: 'والمقاومة بالعراق', states: { en: 'final' } }], 'ar', ['en', 'fa']);
    expect(ar[0]).toMatchObject({ lang: 'en', words: 2, states: [{ state: 'final', segments: 1, words: 2 }] });
    expect(ar[1]).toMatchObject({ lang: 'fa', states: [{ state: 'initial', segments: 1, words: 2 }] });
    const fa = countStates([{ sourceText: 'حزب‌الله می‌گوید', states: {} }], 'fa', ['en', 'ar']);
    expect(fa[0]!.words).toBe(2);
  });
});
