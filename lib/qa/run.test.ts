import { describe, expect, it } from 'vitest';
import { CHECKS } from './registry';
import { findingKey, hasOpenErrors, openFindings, qaContext, runDocumentChecks, runSegmentChecks } from './run';
import { MILITIA_GLOSSARY } from './test-glossary';
import type { Finding, QaSegment } from './types';

const SERIES = 'https://www.washingtoninstitute.org/policy-analysis/series/militia-spotlight';
const ORIGINAL = 'إيرج مسجدي نسي دوره كسفير وبدأ يعمل كساعي بريد';

// Sentences of the Militia Spotlight brief "Sabereen News Criticizes Iran for Lack of Support".
const ARABIC: QaSegment[] = [
  { unitId: 'title', sourceText: 'Sabereen News Criticizes Iran for Lack of Support', targetText: 'صابرين نيوز تنتقد إيران لقلة الدعم' },
  {
    unitId: 'p1',
    sourceText: 'Elements of Asaib Ahl al-Haq and Kataib Hezbollah are seemingly trying to extract domestic and Iranian support for more forceful pushback against their recent political isolation.',
    targetText: 'يبدو أن عناصر من عصائب أهل الحق وكتائب حزب الله تحاول انتزاع دعم محلي وإيراني لمواجهة أشد قوةً لعزلتها السياسية الأخيرة.',
  },
  {
    unitId: 'p2',
    sourceText: 'Also on November 12, before AAH posted its messaging, KH’s quasi-intelligence cell Unit 10,000 posted a Quranic verse that may likewise represent a call for escalation.',
    targetText: 'وفي ١٢ تشرين الثاني/نوفمبر أيضاً، وقبل أن تنشر العصائب رسالتها، نشرت خلية شبه استخباراتية تابعة لكتائب حزب الله هي الوحدة ١٠٬٠٠٠ آيةً قرآنية قد تمثل بدورها دعوةً إلى التصعيد.',
  },
  {
    unitId: 'p3',
    sourceText: 'This message should be read in light of the schism between the Iraqi muqawama (resistance) and Iran’s Islamic Revolutionary Guard Corps-Qods Force, which has reportedly asked the muqawama to accept the recent election results and get on with it.',
    targetText: 'ينبغي قراءة هذه الرسالة في ضوء الشقاق بين المقاومة العراقية وقوة القدس التابعة للحرس الثوري الإيراني، التي طلبت من المقاومة، بحسب التقارير، قبول نتائج الانتخابات الأخيرة والمضي قدماً.',
  },
  {
    unitId: 'p4',
    sourceText: 'This request spurred open criticism of Iraj Masjedi, a senior Qods Force officer who now serves as Iran’s ambassador to Baghdad.',
    targetText: 'وأثار هذا الطلب انتقادات علنية لإيرج مسجدي، وهو ضابط كبير في فيلق القدس يشغل حالياً منصب سفير إيران في بغداد',
  },
  {
    unitId: 'q1',
    sourceText: 'Iraj Masjedi forgot his role as an ambassador and started working as a messenger',
    targetText: 'نسي إيرج مسجدي دوره كسفير وبدأ العمل كرسول',
    quote: { originalLang: 'ar', originalText: ORIGINAL },
  },
  {
    unitId: 'p5',
    sourceText: 'Is Masjedi Iran’s ambassador to Iraq or [Iraqi prime minister Mustafa al-] Kadhimi’s?',
    targetText: 'هل مسجدي سفير إيران لدى العراق أم سفير [رئيس الوزراء العراقي مصطفى] الكاظمي؟',
  },
  { unitId: 'h1', sourceText: 'Brief Analysis', targetText: 'تحليل موجز' },
  { unitId: 'h2', sourceText: 'Brief Analysis', targetText: 'تحليل مختصر' },
  { unitId: 'h3', sourceText: 'Brief Analysis', targetText: 'تحليل موجز' },
  { unitId: 'series', sourceText: 'Part of a series: Militia Spotlight', targetText: 'جزء من سلسلة: Militia Spotlight', sourceLinks: [SERIES], targetLinks: [] },
  { unitId: 'p6', sourceText: 'The post was later deleted.', targetText: 'تم حذف المنشــور لاحقاً.' },
  { unitId: 'date', sourceText: 'November 12, 2021', targetText: '12 تشرين الثاني/نوفمبر 2020' },
  { unitId: 'p7', sourceText: 'This normally doesn’t happen.', targetText: null },
];

const FARSI: QaSegment[] = [
  { unitId: 'f1', sourceText: 'Kataib Hezbollah (KH) reposted Khazali’s message verbatim.', targetText: 'کتائب حزب‌الله عیناً پیام خزعلی را بازنشر کرد.' },
  { unitId: 'f2', sourceText: 'the Iraqi muqawama', targetText: 'مقاومت عراق' },
  { unitId: 'f3', sourceText: 'Unit 10,000 posted a verse.', targetText: 'یگان ۱۰٬۰۰۰ آیه‌ای منتشر کرد.' },
  { unitId: 'f4', sourceText: 'Is Masjedi Iran’s ambassador to Iraq?', targetText: 'آیا مسجدی سفیر ایران در عراق است?' },
  { unitId: 'f5', sourceText: 'a senior Qods Force officer', targetText: 'افسر ارشد سپاه قدس' },
  { unitId: 'f6', sourceText: 'the Qods Force', targetText: 'نیروی قدس' },
  { unitId: 'f7', sourceText: 'Qods Force', targetText: 'نیروی قدس' },
  { unitId: 'f8', sourceText: 'KH reposted it.', targetText: 'KH آن را بازنشر کرد.' },
  { unitId: 'f9', sourceText: 'Qods Force', targetText: '\u202bنیروی قدس' },
];

const summary = (findings: Finding[]) => findings.map((f) => `${f.unitId} ${f.checkId}`).sort();

describe('runDocumentChecks on the Militia Spotlight brief', () => {
  it('finds exactly the planted problems of the Arabic edition', () => {
    const findings = runDocumentChecks(ARABIC, qaContext('en', 'ar', MILITIA_GLOSSARY));
    expect(summary(findings)).toEqual(
      [
        'date number-mismatch',
        'h2 segment-inconsistent',
        'p3 term-forbidden',
        'p3 term-missing',
        'p4 punctuation-end',
        'p6 kashida',
        'p7 untranslated',
        'q1 quote-not-original',
        'series link-missing',
      ].sort(),
    );
    const forbidden = findings.find((f) => f.checkId === 'term-forbidden')!;
    expect(ARABIC[3]!.targetText!.slice(forbidden.start, forbidden.end)).toBe('وقوة القدس');
    expect(forbidden.params).toEqual({ conceptId: 'qods-force', term: 'قوة القدس', status: 'deprecated', expected: 'فيلق القدس' });
    expect(findings.find((f) => f.checkId === 'number-mismatch')!.params).toEqual({ value: '2021', text: '2021' });
    expect(hasOpenErrors(findings, [])).toBe(true);
  });

  it('finds exactly the planted problems of the Farsi edition (ZWNJ is not one)', () => {
    const findings = runDocumentChecks(FARSI, qaContext('en', 'fa', MILITIA_GLOSSARY));
    expect(summary(findings)).toEqual(
      ['f4 punctuation-end', 'f5 term-inconsistent', 'f8 latin-leftover', 'f8 term-missing', 'f9 bidi-control'].sort(),
    );
    expect(findings.find((f) => f.checkId === 'punctuation-end')!.params).toEqual({ reason: 'wrong-form', expected: '؟', found: '?' });
    expect(findings.find((f) => f.checkId === 'term-inconsistent')!.params).toEqual({ conceptId: 'qods-force', term: 'سپاه قدس', expected: 'نیروی قدس' });
  });

  it('runs the segment checks alone as the editor does', () => {
    const ctx = qaContext('en', 'ar', MILITIA_GLOSSARY);
    expect(summary(runSegmentChecks(ARABIC[3]!, ctx))).toEqual(['p3 term-forbidden', 'p3 term-missing']);
    // Document checks are not part of the per-keystroke run.
    expect(summary(runSegmentChecks(ARABIC[8]!, ctx))).toEqual([]);
  });
});

describe('accepting findings', () => {
  const ctx = qaContext('en', 'ar', MILITIA_GLOSSARY);

  it('clears the gate when every error is accepted, and only then', () => {
    const findings = runDocumentChecks(ARABIC, ctx);
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.checkId).sort()).toEqual(['number-mismatch', 'quote-not-original', 'term-forbidden', 'untranslated']);
    const keys = errors.map(findingKey);
    expect(hasOpenErrors(findings, keys.slice(1))).toBe(true);
    expect(hasOpenErrors(findings, keys)).toBe(false);
    expect(openFindings(findings, new Set(keys)).every((f) => f.severity === 'warning')).toBe(true);
  });

  it('keeps an acceptance through an unrelated edit that moves the finding', () => {
    const seg = ARABIC[3]!;
    const before = runSegmentChecks(seg, ctx).find((f) => f.checkId === 'term-forbidden')!;
    const edited = { ...seg, targetText: `في الواقع، ${seg.targetText}` };
    const after = runSegmentChecks(edited, ctx).find((f) => f.checkId === 'term-forbidden')!;
    expect(after.start).not.toBe(before.start);
    expect(findingKey(after)).toBe(findingKey(before));
    expect(hasOpenErrors(runSegmentChecks(edited, ctx), [findingKey(before)])).toBe(false);
  });

  it('does not carry an acceptance to another term, unit or check', () => {
    const base: Finding = { checkId: 'term-forbidden', severity: 'error', unitId: 'p3', params: { conceptId: 'qods-force', term: 'قوة القدس', status: 'deprecated' } };
    const keys = new Set([
      findingKey({ ...base, params: { ...base.params, term: 'قوات القدس' } }),
      findingKey({ ...base, unitId: 'p4' }),
      findingKey({ ...base, checkId: 'term-missing' }),
    ]);
    expect(keys.has(findingKey(base))).toBe(false);
    // Params outside the identifying ones (the suggested term may change with the glossary) do not matter.
    expect(findingKey({ ...base, params: { ...base.params, expected: 'فيلق القدس' } })).toBe(findingKey(base));
  });
});

describe('registry', () => {
  it('lists unique ids including every check of the issue', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'term-missing', 'term-forbidden', 'term-inconsistent', 'segment-inconsistent', 'number-mismatch', 'untranslated',
      'same-as-source', 'latin-leftover', 'punctuation-end', 'bidi-control', 'invisible-char', 'kashida', 'double-space',
      'edge-whitespace', 'link-missing', 'quote-not-original',
    ]) expect(ids).toContain(id);
    expect(CHECKS.filter((c) => c.scope === 'document').map((c) => c.id).sort()).toEqual(['segment-inconsistent', 'term-inconsistent']);
  });
});
