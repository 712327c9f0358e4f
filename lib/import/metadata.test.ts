import { describe, expect, it } from 'vitest';
import { parseByline } from './byline';
import { isCaption } from './classify';
import { detectLang } from './detect-lang';
import { parseDate } from './parse-date';
import { parseMarkdownInline } from './markdown-inline';

describe('parseDate', () => {
  it.each([
    ['Nov 13, 2021', '2021-11-13'],
    ['November 13, 2021', '2021-11-13'],
    ['Saturday, 13 November 2021', '2021-11-13'],
    ['2021-11-13', '2021-11-13'],
    ['13 نوفمبر 2021', '2021-11-13'],
    ['١٣ تشرين الثاني ٢٠٢١', '2021-11-13'],
    ['السبت، 13 نوفمبر، 2021م', '2021-11-13'],
    ['۱۳ نوامبر ۲۰۲۱', '2021-11-13'],
    ['Feb 29, 2021', null], // no such day
    ['On November 12, social media accounts', null],
    ['۲۲ آبان ۱۴۰۰', null], // Solar Hijri: not converted
    ['٨ ربيع الآخر ١٤٤٣', null], // Hijri: not converted
  ])('%s -> %s', (text, iso) => expect(parseDate(text)).toBe(iso));
});

describe('parseByline', () => {
  it.each([
    ['by Hamdi Malik, Crispin Smith, Michael Knights', ['Hamdi Malik', 'Crispin Smith', 'Michael Knights']],
    ['By Jane Roe, Ali al-Hassan, and Mustafa al-Kadhimi', ['Jane Roe', 'Ali al-Hassan', 'Mustafa al-Kadhimi']],
    ['بقلم حمدي مالك، كريسبين سميث و مايكل نايتس', ['حمدي مالك', 'كريسبين سميث', 'مايكل نايتس']],
    ['نوشتهٔ حمدی مالک، کریسپین اسمیت و مایکل نایتس', ['حمدی مالک', 'کریسپین اسمیت', 'مایکل نایتس']],
    ['By 2020, the group had grown.', null],
    ['By November, KH had escalated', null],
    ['بقلم', null],
    ['Elements of Asaib Ahl al-Haq are seemingly trying', null],
  ])('%s', (line, names) => expect(parseByline(line)).toEqual(names));
});

describe('isCaption', () => {
  it.each([
    ['Figure 1: Post from accounts close to Qais al-Khazali', true],
    ['Fig. 12 — A chart', true],
    ['الشكل ١: منشور من حسابات مقربة من الخزعلي', true],
    ['شکل ۲: پیام صابرین نیوز', true],
    ['تصویر ۳ - پست گردان ۱۰۰۰۰', true],
    ['(Figure 1). This phrase is attributed', false],
    ['Figures show the rise', false],
    ['الشكل العام للمقاومة', false],
    ['شکل‌گیری مقاومت', false],
  ])('%s -> %s', (text, expected) => expect(isCaption(text)).toBe(expected));
});

describe('detectLang', () => {
  it.each([
    ['Elements of Asaib Ahl al-Haq are seemingly trying', 'en'],
    ['عصائب أهل الحق وكتائب حزب الله تصعّدان خطابهما.', 'ar'],
    ['سپاه پاسداران انقلاب اسلامی و نیروی قدس', 'fa'],
    ['گروه‌های مقاومت در عراق', 'fa'],
    ['كتائب حزب الله پيام داد', 'fa'], // Farsi typed with Arabic yeh/kaf: پ still decides
    ['قال قيس الخزعلي في كلمته أمس: Victory', 'ar'],
    ['The group wrote “المقاومة” on its channel yesterday', 'en'],
    ['', 'en'],
    ['12345 ...', 'en'],
  ])('%s -> %s', (text, lang) => expect(detectLang(text)).toBe(lang));
});

describe('parseMarkdownInline', () => {
  const render = (s: string) =>
    parseMarkdownInline(s).map((r) => (r.marks.length ? `<${r.marks.map((m) => (m.type === 'link' ? `a:${m.attrs?.href}` : m.type)).join('+')}>${r.text}` : r.text)).join('|');
  it.each([
    ['[Asaib Ahl al-Haq \\(/node/16715\\)](/node/16715) (AAH)', '<a:/node/16715>Asaib Ahl al-Haq| (AAH)'],
    ['**Kataib Hezbollah (/node/16641)** (KH)', '<bold+a:/node/16641>Kataib Hezbollah| (KH)'],
    ['Sabereen News (/node/16673) quickly', '<a:/node/16673>Sabereen News| quickly'],
    ['the Iraqi *muqawama* (resistance)', 'the Iraqi |<italic>muqawama| (resistance)'],
    ['***both*** and 5 * 3 * 2', '<bold+italic>both| and 5 * 3 * 2'],
    ['قال **قيس الخزعلي** إن *المقاومة* مستمرة', 'قال |<bold>قيس الخزعلي| إن |<italic>المقاومة| مستمرة'],
    ['صابرين نيوز (/node/16673) نشرت', 'صابرين نيوز نشرت'], // no capitals in Arabic: the path is dropped
    ['[کتائب حزب‌الله](https://example.org/kh) می‌گوید', '<a:https://example.org/kh>کتائب حزب‌الله| می‌گوید'],
    ['snake_case_name and (Figure 1)', 'snake_case_name and (Figure 1)'],
  ])('%s', (source, expected) => expect(render(source)).toBe(expected));
});
