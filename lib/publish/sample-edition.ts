import type { PmMark, PmNode, SegmentKind } from '../documents/types';
import type { Lang } from '../text/lang';
import type { EditionInput, EditionSegment } from './types';

type Run = string | [text: string, ...marks: PmMark[]];

/** A one-block Tiptap doc from runs of text ("plain" or ["text", mark...]). */
export function docOf(runs: Run[], block: PmNode = { type: 'paragraph' }): PmNode {
  const content = runs.map((r): PmNode => (typeof r === 'string' ? { type: 'text', text: r } : { type: 'text', text: r[0], marks: r.slice(1) as PmMark[] }));
  return { type: 'doc', content: [{ ...block, content }] };
}

const seg = (kind: SegmentKind, runs: Run[], extra: Partial<EditionSegment> = {}): EditionSegment => ({
  kind,
  content: docOf(runs, kind === 'heading' ? { type: 'heading', attrs: { level: 2 } } : { type: 'paragraph' }),
  ...extra,
});
const bold: PmMark = { type: 'bold' };
const link = (href: string): PmMark => ({ type: 'link', attrs: { href } });

/**
 * A small Arabic edition drawn from the sample brief (Militia Spotlight, 13 Nov 2021): a Latin name
 * with its abbreviation, a link, straight quotes, an Arabic-original quote, a Farsi-original quote
 * (with ZWNJ), figure captions and a list. Used by the tests and as a preview fixture.
 */
export function sampleArabicEdition(): EditionInput {
  return {
    lang: 'ar',
    title: 'صابرين نيوز تنتقد إيران بسبب الافتقار إلى دعمها',
    authors: ['حمدي مالك', 'كريسبين سميث', 'مايكل نايتس'],
    publishedOn: '2021-11-13',
    sourceUrl: 'https://www.washingtoninstitute.org/policy-analysis/sabereen-news-criticizes-iran-lack-support',
    series: 'Militia Spotlight',
    topics: ['العراق', 'الميليشيات'],
    alsoAvailableIn: [{ lang: 'en', url: 'https://www.washingtoninstitute.org/policy-analysis/sabereen-news-criticizes-iran-lack-support' }],
    authorBios: [
      { name: 'حمدي مالك', bio: 'زميل مشارك في معهد واشنطن، ومن مؤسسي منصة Militia Spotlight.' },
      { name: 'مايكل نايتس', bio: 'زميل أقدم في معهد واشنطن.' },
    ],
    segments: [
      seg('byline', ['بقلم حمدي مالك']),
      seg('paragraph', [
        'أعادت حسابات كبرى تابعة لـ ',
        ['Kataib Hezbollah', bold, link('/node/16641')],
        ' (KH) نشر رسالة الخزعلي حرفياً، وقالت وحدة "الوحدة 10,000" إن الدعوة ',
        ['“واضحة”', bold],
        ' منذ عام 2021.',
      ]),
      seg('heading', ['الانقسام مع فيلق القدس']),
      seg('quote', ['ترجمة لا تُنشر'], {
        quote: { originalLang: 'ar', originalText: 'اثبتوا حتى يبدو لكم عمود الحق، وأنتم الأعلون والله معكم ولن يتركم أعمالكم' },
      }),
      seg('caption', ['منشور من حسابات مقربة من قيس الخزعلي، 12 تشرين الثاني/نوفمبر 2021']),
      seg('quote', ['نسي إيرج مسجدي دوره كسفير وبدأ يعمل كمراسل'], {
        quote: { originalLang: 'fa', originalText: 'ایرج مسجدی نقش خود به عنوان سفیر را فراموش کرد و به عنوان پیام‌رسان شروع به کار کرد' },
      }),
      seg('caption', ['الشكل 4: تغريدة أمير الطائي']),
      seg('paragraph', ['نشرت ', ['Sabereen ', link('https://t.me/sabereen_news')], ['News', bold, link('https://t.me/sabereen_news')], ' الجملة على https://t.me/sabereen_news/2021 أيضاً.']),
      seg('list-item', ['عصائب أهل الحق (AAH)']),
      seg('list-item', ['كتائب حزب الله']),
    ],
  };
}
