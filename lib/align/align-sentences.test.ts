import { describe, expect, it } from 'vitest';
import { alignSentences } from './align-sentences';
import { alignTexts } from './align-texts';
import { detectLang } from './detect-lang';
import type { AlignLink } from './types';

const EN = [
  'On November 12, social media accounts close to Qais al-Khazali posted an apparent call for escalation.',
  'The message included video of one of his past speeches.',
  'A written message included under the footage was telling.',
  'Sabereen News quickly reposted the sentence with a song.',
  'Also on that day, Unit 10,000 posted a Quranic verse that may likewise represent a call for escalation.',
  'Is Masjedi the ambassador of Iran to Iraq or the ambassador of Kadhimi to Iran?',
  'The post was later deleted after 3 hours.',
];
// Sentences 1 and 2 merged into one (2–1), sentence 4 left out (1–0).
const AR = [
  'في 12 تشرين الثاني، نشرت حسابات مقربة من قيس الخزعلي دعوة واضحة إلى التصعيد.',
  'وتضمنت الرسالة مقطعا من إحدى خطبه السابقة، وكانت الرسالة المكتوبة تحت المقطع معبرة.',
  'وسرعان ما أعادت صابرين نيوز نشر الجملة مع أغنية.',
  'هل مسجدي سفير إيران لدى العراق أم سفير الكاظمي لدى إيران؟',
  'وحُذف المنشور لاحقا بعد ٣ ساعات.',
];
const FA = [
  'در ۱۲ نوامبر، حساب‌های نزدیک به قیس الخزعلی فراخوانی آشکار برای تشدید تنش منتشر کردند.',
  'این پیام شامل ویدئویی از یکی از سخنرانی‌های گذشته او بود و پیام نوشته‌شده زیر ویدئو گویا بود.',
  'صابرین نیوز به سرعت این جمله را همراه با یک آهنگ بازنشر کرد.',
  'آیا مسجدی سفیر ایران در عراق است یا سفیر کاظمی در ایران؟',
  'این پست پس از ۳ ساعت حذف شد.',
];
const TRUTH = [
  { source: [0], target: [0] },
  { source: [1, 2], target: [1] },
  { source: [3], target: [2] },
  { source: [4], target: [] },
  { source: [5], target: [3] },
  { source: [6], target: [4] },
];

const shape = (links: AlignLink[]) => links.map(({ source, target }) => ({ source, target }));

describe('alignSentences', () => {
  it.each([
    ['ar', AR],
    ['fa', FA],
  ] as const)('finds the 2–1 merge and the dropped sentence (en-%s)', (lang, target) => {
    const links = alignSentences(EN, target, { sourceLang: 'en', targetLang: lang });
    expect(shape(links)).toEqual(TRUTH);
    for (const l of links) expect(l.score).toBeGreaterThan(0);
    // Links with both sides: the texts leave little doubt about them.
    for (const l of links.filter((x) => x.source.length > 0 && x.target.length > 0)) expect(l.score).toBeGreaterThan(0.8);
  });

  it('covers every index once, in order, even for unrelated texts', () => {
    const links = alignSentences(['a b c', 'd e f g h', 'i'], ['١', 'ب ت ث', 'ج ح خ د', 'ه'], { sourceLang: 'en', targetLang: 'ar' });
    expect(links.flatMap((l) => l.source)).toEqual([0, 1, 2]);
    expect(links.flatMap((l) => l.target)).toEqual([0, 1, 2, 3]);
  });

  // Two pairs whose lengths err in opposite directions (a terse and a wordy rendering): together they
  // fit perfectly, yet they are two 1–1 links, not one 2–2 bead.
  it.each([
    ['ar', ['قالت الوزارة يوم 12 إن المحادثات مع الدول المجاورة تأجلت حتى إشعار آخر بسبب العاصفة.', 'ولم تحدد الوزارة موعدا جديدا للمحادثات بعد 3 أيام.']],
    ['fa', ['وزارت روز 12 گفت گفتگوها با کشورهای همسایه تا اطلاع ثانوی به دلیل طوفان به تعویق افتاد.', 'وزارت پس از ۳ روز هنوز تاریخ تازه‌ای برای گفتگوها تعیین نکرده است.']],
  ] as const)('keeps two 1–1 links whose length errors cancel out (%s)', (lang, target) => {
    const en = [
      'The ministry said on the 12th that the talks with the neighbouring countries had been postponed until further notice because of the storm.',
      'It gave no new date after 3 days.',
    ];
    expect(shape(alignSentences(en, [...target], { sourceLang: 'en', targetLang: lang }))).toEqual([
      { source: [0], target: [0] },
      { source: [1], target: [1] },
    ]);
  });

  // The confidence is the link's posterior probability: the anchored first pair scores high; the links
  // around a question asked twice in English and once in the translation (either could be the one
  // translated, or both be merged) score lower.
  it.each([
    ['ar', ['قالت الوزارة يوم 12 إن المحادثات مع الدول المجاورة تأجلت حتى إشعار آخر بسبب العاصفة.', 'هل هذا كل شيء؟', 'لا، ستستأنف المحادثات بعد 3 أسابيع.']],
    ['fa', ['وزارت روز 12 گفت گفتگوها با کشورهای همسایه تا اطلاع ثانوی به دلیل طوفان به تعویق افتاد.', 'همین؟', 'نه، گفتگوها پس از ۳ هفته از سر گرفته می‌شود.']],
  ] as const)('scores links by how much the texts support them against the alternatives (%s)', (lang, target) => {
    const en = ['The ministry said on the 12th that the talks with the neighbouring countries had been postponed until further notice because of the storm.', 'Is that all?', 'Is that all?', 'No, the talks will resume after 3 weeks.'];
    const links = alignSentences(en, [...target], { sourceLang: 'en', targetLang: lang });
    expect(links[0]).toMatchObject({ source: [0], target: [0] });
    const doubtful = links.filter((l) => l.source.includes(1) || l.source.includes(2));
    for (const l of doubtful) {
      expect(l.score).toBeLessThan(0.8);
      expect(l.score).toBeLessThan(links[0]!.score);
    }
  });

  it('handles empty sides', () => {
    expect(shape(alignSentences([], ['يك'], { sourceLang: 'en', targetLang: 'fa' }))).toEqual([{ source: [], target: [0] }]);
    expect(alignSentences([], [], { sourceLang: 'en', targetLang: 'ar' })).toEqual([]);
  });

  // The assertion is on CPU time; the generous timeout only keeps a loaded machine from failing it.
  it('aligns 3,000 sentence pairs quickly (band around the diagonal)', () => {
    const en = Array.from({ length: 3000 }, (_, i) => EN[i % EN.length]!);
    const ar = Array.from({ length: 3000 }, (_, i) => AR[i % AR.length]!);
    // CPU time of this process, not wall time: on a shared machine wall time measures the neighbours.
    const t = process.cpuUsage();
    const links = alignSentences(en, ar, { sourceLang: 'en', targetLang: 'ar' });
    const used = process.cpuUsage(t);
    expect((used.user + used.system) / 1000).toBeLessThan(4000);
    expect(links.flatMap((l) => l.target)).toHaveLength(3000);
  }, 60_000);
});

describe('alignTexts', () => {
  it('splits paragraphs and sentences and returns spans with offsets in the original', () => {
    const en = `${EN.slice(0, 3).join(' ')}\n\n${EN.slice(3).join(' ')}`;
    const ar = `${AR.slice(0, 2).join(' ')}\n${AR.slice(2).join(' ')}`;
    const r = alignTexts(en, ar, { sourceLang: 'en', targetLang: 'ar' });
    expect(r.source.map((s) => s.text)).toEqual(EN);
    expect(r.target.map((s) => ar.slice(s.start, s.end))).toEqual(AR);
    expect(shape(r.links)).toEqual(TRUTH);
  });
});

describe('detectLang', () => {
  it.each([
    ['The message was telling.', 'en'],
    ['وتضمنت الرسالة مقطعا من إحدى خطبه السابقة.', 'ar'],
    ['این پیام شامل ویدئویی از یکی از سخنرانی‌های گذشته او بود.', 'fa'],
    ['قال قائد فيلق القدس إسماعيل قاآني كلاما كثيرا في بغداد ولم يذكر أحدا.', 'ar'],
  ] as const)('%s -> %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
