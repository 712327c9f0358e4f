import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../text/lang';
import { qaContext, runDocumentChecks } from './run';
import { MILITIA_GLOSSARY } from './test-glossary';

// Pieces an editor really meets: words of the three languages, glossary terms, digits of three
// systems, separators, punctuation of both scripts, and every invisible and bidi character we know.
const PIECES = [
  'Qods Force', 'KH', 'muqawama', 'فيلق القدس', 'قوة القدس', 'وكتائب حزب الله', 'کتائب حزب‌الله', 'نیروی قدس', 'مقاومت‌ها',
  '10,000', '١٠٬٠٠٠', '۱۰٬۰۰۰', '2014', '٣٫٥', '۸۰ هزار', '-', '.', '?', '؟', '،', '؛', '«', '»', '“', '”', '...', ' ', '  ',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066',
  '\u2067', '\u2068', '\u2069', '\ufeff', '\u0640', '\u00a0', '\n', 'https://example.org/a', 'é', 'e\u0301',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((p) => p.join(''));
// Repeated sources make the document checks fire; unit ids are unique as in a document.
const segment = fc.record({ sourceText: fc.oneof(text, fc.constant('Qods Force')), targetText: fc.option(text, { nil: null }) });
const document = fc.array(segment, { maxLength: 5 }).map((segs) => segs.map((s, i) => ({ unitId: `u${i}`, ...s })));

describe('QA runner on arbitrary mixed text', () => {
  it('never throws, and every offset lies inside its target', () => {
    const contexts = LANGS.flatMap((s) => LANGS.filter((t) => t !== s).map((t) => qaContext(s, t, MILITIA_GLOSSARY)));
    fc.assert(
      fc.property(document, fc.constantFrom(...contexts), (segs, ctx) => {
        for (const f of runDocumentChecks(segs, ctx)) {
          const target = segs.find((s) => s.unitId === f.unitId)?.targetText;
          if (f.start === undefined) continue;
          expect(target).toBeTypeOf('string');
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end!).toBeGreaterThan(f.start);
          expect(f.end!).toBeLessThanOrEqual(target!.length);
          for (const v of Object.values(f.params)) expect(['string', 'number']).toContain(typeof v);
        }
      }),
      { numRuns: 300 },
    );
  });
});
