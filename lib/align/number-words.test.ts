import { describe, expect, it } from 'vitest';
import { anchorScore } from './anchor-score';
import { buildAnchors } from './anchors';
import { numberWordKeys } from './number-words';

describe('numberWordKeys', () => {
  it.each([
    ['Three people died in March.', 'en', ['n:3', 'm:3']],
    ['Two million doses arrived on 5 May.', 'en', ['n:2', 'n:e6', 'm:5']],
    ['توفي ثلاثة أشخاص في آذار.', 'ar', ['n:3', 'm:3']],
    ['وصلت مليون جرعة في كانون الثاني والثلاثة الباقون في 5 مارس', 'ar', ['n:e6', 'm:1', 'n:3', 'm:3']],
    ['سه نفر در مارس درگذشتند.', 'fa', ['n:3', 'm:3']],
    ['دو میلیون دوز در ۵ مه رسید.', 'fa', ['n:2', 'n:e6', 'm:5']],
    // Negative rows: words with a common second meaning are no numbers or months.
    ['One of them may march on.', 'en', []],
    ['يمارس الرياضة مع أبيه.', 'ar', []],
    ['نه، او می رود و مه غلیظ است.', 'fa', []],
    ['شمار آنها به ۵ می‌رسد.', 'fa', []],
  ] as const)('%s (%s)', (text, lang, keys) => {
    expect(numberWordKeys(text, lang).sort()).toEqual([...keys].sort());
  });

  it.each([
    ['ar', 'The attack killed three people.', 'قتل الهجوم ٣ أشخاص.', 'قتل الهجوم ٥ أشخاص.'],
    ['fa', 'The attack killed three people.', 'این حمله ۳ نفر را کشت.', 'این حمله ۵ نفر را کشت.'],
    ['ar', 'The attack killed 3 people.', 'قتل الهجوم ثلاثة أشخاص.', 'قتل الهجوم خمسة أشخاص.'],
    ['fa', 'The attack killed 3 people.', 'این حمله سه نفر را کشت.', 'این حمله پنج نفر را کشت.'],
  ] as const)('a number in words meets the same number in digits (en-%s: %s)', (lang, en, same, other) => {
    const a = buildAnchors([en], [same, other], 'en', lang);
    expect(anchorScore(a, 0, 1, 0, 1)).toBeGreaterThan(anchorScore(a, 0, 1, 1, 1) + 3);
  });
});
