import { describe, expect, it } from 'vitest';
import { buildTermIndex } from '../terms';
import type { Concept } from '../terms/types';
import { alignQuote } from './align-quote';
import { splitClauses } from './clauses';

const MASJEDI = 'Iraj Masjedi forgot his role as an ambassador and started working as a messenger';
const HAMDANI = "[I have] a very perplexing question. Is Masjedi Iran's ambassador to Iraq or [Iraqi prime minister Mustafa al-] Kadhimi's ambassador to Iran?";

const slice = (t: string, r: { start: number; end: number }) => t.slice(r.start, r.end);

describe('alignQuote', () => {
  it.each([
    [
      'ar',
      'صباح الخير للجميع. إيرج مسجدي نسي دوره كسفير وبدأ يعمل كساعي بريد، وهذا أمر مرفوض من كل العراقيين الشرفاء الذين قدموا ١٠٠٠ شهيد.',
      'إيرج مسجدي نسي دوره كسفير وبدأ يعمل كساعي بريد،',
    ],
    [
      'fa',
      'سلام به همه. ایرج مسجدی نقش خود به عنوان سفیر را فراموش کرد و شروع به کار به عنوان یک پیک کرد. این رفتار برای ملت عراق قابل قبول نیست و ما آن را محکوم می‌کنیم.',
      'ایرج مسجدی نقش خود به عنوان سفیر را فراموش کرد و شروع به کار به عنوان یک پیک کرد.',
    ],
  ] as const)('finds the stretch of a longer %s post that the quote renders', (lang, post, expected) => {
    const r = alignQuote(MASJEDI, post, { originalLang: lang });
    expect(slice(post, r.stretch)).toBe(expected);
    expect(r.clauses).toHaveLength(1);
    expect(slice(MASJEDI, r.clauses[0]!.en)).toBe(MASJEDI);
    expect(slice(post, r.clauses[0]!.orig)).toBe(expected);
  });

  it('links clause to clause inside the stretch, with the glossary deciding what length cannot', () => {
    const post = 'قناة العهد تحيي المتابعين. عندي سؤال محير جدا، هل مسجدي سفير إيران في العراق أم سفير الكاظمي في إيران؟ #العراق';
    const concepts: Concept[] = [
      { id: 'question', terms: [{ lang: 'en', text: 'question', status: 'preferred' }, { lang: 'ar', text: 'سؤال', status: 'preferred' }] },
    ];
    const r = alignQuote(HAMDANI, post, { originalLang: 'ar', termIndex: buildTermIndex(concepts) });
    expect(slice(post, r.stretch)).toBe('عندي سؤال محير جدا، هل مسجدي سفير إيران في العراق أم سفير الكاظمي في إيران؟');
    expect(r.clauses.map((c) => [slice(HAMDANI, c.en), slice(post, c.orig)])).toEqual([
      ['[I have] a very perplexing question.', 'عندي سؤال محير جدا،'],
      [
        "Is Masjedi Iran's ambassador to Iraq or [Iraqi prime minister Mustafa al-] Kadhimi's ambassador to Iran?",
        'هل مسجدي سفير إيران في العراق أم سفير الكاظمي في إيران؟',
      ],
    ]);
  });

  it('throws a code for an empty post', () => {
    expect(() => alignQuote(MASJEDI, '  ...  ', { originalLang: 'ar' })).toThrow(expect.objectContaining({ code: 'quote-empty' }));
  });
});

describe('splitClauses', () => {
  it.each([
    ['We gave blood today, a shoe of a martyr is more valuable than Kadhimi...This was not a friction', 3],
    ['عندي سؤال محير جدا، هل مسجدي سفير إيران؟ #العراق', 2],
    ['اثبتوا حتى يبدو لكم عمود الحق؛ وأنتم الأعلون... والله معكم', 3],
    ['رسانه‌های دولتی ایران، شرم کنید! ما امروز خون دادیم', 3],
    ['It rose to 3.5 percent, or ٣٫٥ in Arabic digits', 2],
  ] as const)('%s -> %i clauses', (text, n) => {
    expect(splitClauses(text)).toHaveLength(n);
  });
});
