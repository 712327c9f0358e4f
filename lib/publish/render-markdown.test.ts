import { describe, expect, it } from 'vitest';
import fa from '../../messages/fa.json';
import { defaultHouseStyle } from './house-style';
import { renderEditionMarkdown } from './render-markdown';
import { docOf, sampleArabicEdition } from './sample-edition';
import type { EditionInput } from './types';

const FSI = '\u2068';
const PDI = '\u2069';

describe('renderEditionMarkdown', () => {
  const md = renderEditionMarkdown(sampleArabicEdition(), defaultHouseStyle('ar'));
  const lines = md.split('\n');

  it('starts with the title, byline and date', () => {
    expect(lines[0]).toBe('# صابرين نيوز تنتقد إيران بسبب الافتقار إلى دعمها');
    expect(md).toContain('بقلم حمدي مالك وكريسبين سميث ومايكل نايتس  \n13 تشرين الثاني/نوفمبر 2021');
    expect(lines).toContain('## الانقسام مع فيلق القدس');
  });

  it('isolates Latin runs with FSI/PDI, across links and marks', () => {
    expect(md).toContain(`لـ ${FSI}[**Kataib Hezbollah**](<https://www.washingtoninstitute.org/node/16641>) (KH)${PDI} نشر`);
    expect(md).toContain(`${FSI}[Sabereen **News**](<https://t.me/sabereen_news>)${PDI}`);
    expect(md).toContain(`${FSI}<https://t.me/sabereen_news/2021>${PDI}`); // bare URL as autolink, not escaped
    expect(md.split(FSI).length).toBe(md.split(PDI).length);
  });

  it('prints guillemets, quotes and captions', () => {
    expect(md).toContain('«الوحدة 10,000»');
    expect(md).toContain('> اثبتوا حتى يبدو لكم عمود الحق، وأنتم الأعلون والله معكم ولن يتركم أعمالكم');
    expect(md).toContain('> ایرج مسجدی نقش خود به عنوان سفیر را فراموش کرد و به عنوان پیام\u200Cرسان شروع به کار کرد');
    expect(md).toContain('*مترجم عن الفارسية*');
    expect(md).toContain('*الشكل 1: منشور من حسابات مقربة من قيس الخزعلي، 12 تشرين الثاني/نوفمبر 2021*');
    expect(lines).toContain(`- عصائب أهل الحق ${FSI}(AAH)${PDI}`);
  });

  it('ends with the boilerplate', () => {
    expect(md).toContain(`**جزء من سلسلة:** ${FSI}Militia Spotlight${PDI}`);
    expect(md).toContain('**المواضيع:** العراق، الميليشيات');
    expect(lines).toContain('## عن الكتّاب');
  });

  it('escapes Markdown syntax in the text', () => {
    const input: EditionInput = {
      lang: 'fa',
      title: 'آزمون',
      authors: [],
      publishedOn: null,
      segments: [
        { kind: 'paragraph', content: docOf(['- این فهرست نیست و *ستاره* و [کروشه] می‌ماند']) },
        { kind: 'paragraph', content: docOf(['1. این هم فهرست نیست']) },
      ],
      topics: ['عراق', 'سوریه'],
    };
    const out = renderEditionMarkdown(input, defaultHouseStyle('fa'));
    expect(out).toContain('\\- این فهرست نیست و \\*ستاره\\* و \\[کروشه\\] می\u200Cماند');
    // CommonMark list markers are ASCII digits only: a Persian-digit number needs no escape, a Western one does.
    expect(out).toContain('\n۱. این هم فهرست نیست');
    expect(renderEditionMarkdown(input, { ...defaultHouseStyle('fa'), digits: 'western' })).toContain('\n1\\. این هم فهرست نیست');
    expect(out).toContain(`**${fa.Edition.topics}:** عراق، سوریه`);
  });
});
