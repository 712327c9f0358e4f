import { describe, expect, it } from 'vitest';
import { buildAnchors, endKind } from './anchors';
import { anchorScore } from './align-sentences';

describe('anchors', () => {
  // The number anchor: same value across digit systems raises the score; a different value lowers it.
  it.each([
    ['The attack killed 19 people.', 'قتل الهجوم ١٩ شخصا.', 'ar', true],
    ['The attack killed 19 people.', 'این حمله ۱۹ نفر را کشت.', 'fa', true],
    ['It cost 10,000 dollars.', 'كلف ١٠٬٠٠٠ دولار.', 'ar', true],
    ['The attack killed 19 people.', 'قتل الهجوم ٢٣ شخصا.', 'ar', false],
    ['The attack killed 19 people.', 'این حمله ۲۳ نفر را کشت.', 'fa', false],
  ] as const)('%s / %s (%s) shares a number: %s', (en, tg, lang, shared) => {
    const a = buildAnchors([en], [tg], 'en', lang);
    const none = buildAnchors(['The attack killed people.'], [tg.replace(/[\d٠-٩۰-۹٬]+/gu, '')], 'en', lang);
    const withNumbers = anchorScore(a, 0, 1, 0, 1);
    const without = anchorScore(none, 0, 1, 0, 1);
    if (shared) expect(withNumbers).toBeGreaterThan(without);
    else expect(withNumbers).toBeLessThan(without);
  });

  it.each([
    ['On November 12, Qais al-Khazali spoke.', 'في 12 نوفمبر تحدث قيس الخزعلي.', 'ar', true],
    ['He met Iraj Masjedi in Baghdad.', 'او با ایرج مسجدی در بغداد دیدار کرد.', 'fa', true],
    ['He met Iraj Masjedi in Baghdad.', 'التقى بالكاظمي في الموصل.', 'ar', false],
  ] as const)('names: %s / %s (%s) -> %s', (en, tg, lang, match) => {
    const a = buildAnchors([en], [tg], 'en', lang);
    expect(anchorScore(a, 0, 1, 0, 1) > 1.5).toBe(match);
  });

  it.each([
    ['Are you having a fever?', 1],
    ['وهل تعاني من الحمى الآن؟', 1],
    ['و آیا شما اکنون تب دارید؟', 1],
    ['Stop!', 2],
    ['he stated:', 3],
    ['قال ما يلي:', 3],
    ['...or grants us martyrdom…', 4],
    ['وبالإضافة إلى الحمى.', 5],
    ['و همراه با تب', 0],
  ] as const)('endKind(%s) = %i', (s, kind) => {
    expect(endKind(s)).toBe(kind);
  });

  it('a question against a statement lowers the score, two questions raise it', () => {
    const a = buildAnchors(['Is it true?', 'It is true.'], ['هل هذا صحيح؟', 'این درست است.'], 'en', 'ar');
    expect(anchorScore(a, 0, 1, 0, 1)).toBeGreaterThan(0);
    expect(anchorScore(a, 0, 1, 1, 1)).toBeLessThan(0);
  });
});

describe('anchors added in round two', () => {
  it.each([
    ['ar', 'Iraq votes today', 'العراق يصوت اليوم', 'The vote began at dawn.', 'بدأ التصويت فجرا.'],
    ['fa', 'Iraq votes today', 'عراق امروز رای می‌دهد', 'The vote began at dawn.', 'رای‌گیری سحرگاه آغاز شد.'],
  ] as const)('two lines without final punctuation (headlines) agree (%s)', (lang, enHead, tgHead, en, tg) => {
    const a = buildAnchors([enHead, en], [tgHead, tg], 'en', lang);
    expect(anchorScore(a, 0, 1, 0, 1)).toBeGreaterThan(anchorScore(a, 0, 1, 1, 1));
    expect(anchorScore(a, 0, 1, 0, 1)).toBeGreaterThan(anchorScore(a, 1, 1, 0, 1));
  });

  it.each([
    ['ar', 'The agency (founded in May) denied it.', 'نفت الوكالة (التي تأسست في الربيع) ذلك.', 'نفت الوكالة ذلك.'],
    ['fa', 'The agency (founded in May) denied it.', 'این سازمان (که در بهار تأسیس شد) آن را رد کرد.', 'این سازمان آن را رد کرد.'],
    ['ar', 'He called it "a betrayal" and left.', 'ووصف ذلك بأنه «خيانة» وغادر.', 'ووصف ذلك بالخيانة وغادر.'],
    ['fa', 'He called it "a betrayal" and left.', 'او آن را «خیانت» خواند و رفت.', 'او آن را خیانت خواند و رفت.'],
  ] as const)('brackets and quotations on both sides raise the score (%s: %s)', (lang, en, withMarks, without) => {
    const a = buildAnchors([en], [withMarks, without], 'en', lang);
    expect(anchorScore(a, 0, 1, 0, 1)).toBeGreaterThan(anchorScore(a, 0, 1, 1, 1));
  });

  it.each([
    ['ar', 'تحدث مسجدي عن الزيارة.', 'ثم غادر.'],
    ['fa', 'مسجدی درباره سفر صحبت کرد.', 'سپس رفت.'],
  ] as const)('a name the other side shows elsewhere costs where it is missing (%s)', (lang, named, plain) => {
    const en = ['Then Masjedi spoke about the visit.'];
    // The name is in the target text (another sentence): its absence from this bead is evidence.
    const shown = buildAnchors(en, [named, plain], 'en', lang);
    // The name is nowhere in the target text: it may just not be transliterated, no cost.
    const never = buildAnchors(en, [plain], 'en', lang);
    expect(anchorScore(shown, 0, 1, 1, 1)).toBeLessThan(anchorScore(never, 0, 1, 0, 1));
    expect(anchorScore(shown, 0, 1, 0, 1)).toBeGreaterThan(2);
  });
});
