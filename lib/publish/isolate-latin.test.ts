import { describe, expect, it } from 'vitest';
import { findLatinRuns, isolateLatinRuns } from './isolate-latin';

describe('isolateLatinRuns', () => {
  it.each([
    ['قالت كتائب حزب الله Kataib Hezbollah (KH) إن', 'قالت كتائب حزب الله <bdi>Kataib Hezbollah (KH)</bdi> إن'],
    ['عصائب أهل الحق (AAH) و Asaib Ahl al-Haq.', 'عصائب أهل الحق <bdi>(AAH)</bdi> و <bdi>Asaib Ahl al-Haq</bdi>.'],
    ['انظر https://t.me/sabereen_news/123. ثم', 'انظر <bdi>https://t.me/sabereen_news/123</bdi>. ثم'],
    ['القرار Resolution 2231 (2015) بشأن', 'القرار <bdi>Resolution</bdi> 2231 (2015) بشأن'],
    ['شركة Smith & Wesson الأمريكية', 'شركة <bdi>Smith &amp; Wesson</bdi> الأمريكية'],
    ['بیانیهٔ Sabereen News، و al-Khazali’s', 'بیانیهٔ <bdi>Sabereen News</bdi>، و <bdi>al-Khazali’s</bdi>'],
    ['هواپیمای F-16 در سال ۱۴۰۰', 'هواپیمای <bdi>F-16</bdi> در سال ۱۴۰۰'],
    // negative rows: nothing Latin
    ['نص عربي فقط 2021 <ب>', 'نص عربي فقط 2021 &lt;ب&gt;'],
    ['فقط فارسی می‌خواهم ۱۴۰۰', 'فقط فارسی می‌خواهم ۱۴۰۰'],
  ])('%s', (text, want) => {
    expect(isolateLatinRuns(text, 'html')).toBe(want);
  });

  it('uses FSI/PDI for Markdown and DOCX and changes nothing else', () => {
    const text = 'قالت Kataib Hezbollah (KH) إن';
    const out = isolateLatinRuns(text, 'unicode');
    expect(out).toBe('قالت \u2068Kataib Hezbollah (KH)\u2069 إن');
    expect(out.replace(/[\u2068\u2069]/gu, '')).toBe(text);
  });

  it('reports offsets in the original string', () => {
    const text = 'گفت Militia Spotlight امروز';
    const [run] = findLatinRuns(text);
    expect(text.slice(run!.start, run!.end)).toBe('Militia Spotlight');
  });

  it('stays linear on long inputs', () => {
    const text = `Hezbollah ${'1 '.repeat(20_000)}وقال ${'word '.repeat(20_000)}`;
    const t0 = performance.now();
    findLatinRuns(text);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
