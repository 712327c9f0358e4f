import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PmMark, SegmentDraft } from '../documents/types';
import { BOLD, ITALIC, linkMark, makeSegment, segmentRuns, type Run } from './runs';
import { mergeSegments, SegmentEditError, splitSegment } from './segment-edit';

/** Marks of every UTF-16 unit of a segment's text, as a comparable string per unit. */
function marksPerChar(s: SegmentDraft): string[] {
  return segmentRuns(s).runs.flatMap((r) => Array.from({ length: r.text.length }, () => JSON.stringify(r.marks)));
}

const runs = (...parts: Array<[string, PmMark[]?]>): Run[] => parts.map(([text, marks]) => ({ text, marks: marks ?? [] }));

describe('splitSegment / mergeSegments', () => {
  const en = makeSegment('paragraph', runs(['or grants us martyrdom in his cause, in a ', []], ['way', [ITALIC]]));
  const cont = makeSegment('paragraph', runs(['that my death satisfies ', []], ['America', [BOLD, linkMark('/node/1')]]));

  it('merges a paragraph broken by the page layout with one space and every mark', () => {
    const m = mergeSegments(en, cont);
    expect(m.text).toBe('or grants us martyrdom in his cause, in a way that my death satisfies America');
    expect(m.kind).toBe('paragraph');
    expect(marksPerChar(m)).toEqual([...marksPerChar(en), JSON.stringify([]), ...marksPerChar(cont)]);
  });

  const table: Array<[string, SegmentDraft, number, string, string]> = [
    ['English with a link', makeSegment('paragraph', runs(['See ', []], ['Asaib Ahl al-Haq', [linkMark('/node/16715')]], [' now.', []])), 9, 'See Asaib', 'Ahl al-Haq now.'],
    ['Arabic bold', makeSegment('paragraph', runs(['قال ', []], ['قيس الخزعلي', [BOLD]], [' إن المقاومة مستمرة', []])), 8, 'قال قيس', 'الخزعلي إن المقاومة مستمرة'],
    ['Farsi with ZWNJ', makeSegment('paragraph', runs(['کتائب ', []], ['حزب‌الله', [ITALIC]], [' می‌گوید', []])), 15, 'کتائب حزب‌الله', 'می‌گوید'],
    ['heading at the end', makeSegment('heading', runs(['Title', [BOLD]]), 1), 5, 'Title', ''],
  ];
  it.each(table)('splits %s keeping marks on both halves', (_, seg, offset, left, right) => {
    const [a, b] = splitSegment(seg, offset);
    expect([a.text, b.text]).toEqual([left, right]);
    expect(a.content.content?.[0].type).toBe(seg.content.content?.[0].type);
    expect(b.kind).toBe(seg.kind);
    // Each kept character keeps its marks.
    const all = marksPerChar(seg);
    expect(marksPerChar(a)).toEqual(all.slice(0, a.text.length));
    expect(marksPerChar(b)).toEqual(all.slice(all.length - b.text.length));
  });

  it('refuses offsets outside the text, inside a surrogate pair or before a combining mark', () => {
    const ar = makeSegment('paragraph', runs(['مُقاوَمة 😀']));
    const reason = (offset: number) => {
      try { splitSegment(ar, offset); } catch (e) { return (e as SegmentEditError).params.reason; }
      return 'ok';
    };
    expect(reason(-1)).toBe('range');
    expect(reason(ar.text.length + 1)).toBe('range');
    expect(reason(1)).toBe('combining-mark'); // between م and its damma
    expect(reason(ar.text.length - 1)).toBe('surrogate');
    expect(reason(2)).toBe('ok');
  });

  it('keeps do-not-translate only when both halves had it', () => {
    const dnt = makeSegment('paragraph', runs(['Hamdi Malik']), undefined, true);
    expect(mergeSegments(dnt, dnt).doNotTranslate).toBe(true);
    expect(mergeSegments(dnt, en).doNotTranslate).toBeUndefined();
    expect(splitSegment(dnt, 5).every((s) => s.doNotTranslate)).toBe(true);
  });

  it('property: merge(split(s, at a space)) gives back the same text and marks', () => {
    const word = fc.stringMatching(/^[a-zA-Z\u0621-\u064a\u06cc\u06a9\u067e]{1,8}$/u);
    const markSet = fc.constantFrom<PmMark[]>([], [BOLD], [ITALIC], [BOLD, ITALIC], [linkMark('/x')]);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, markSet), { minLength: 2, maxLength: 8 }), fc.nat(), (words, pick) => {
        const parts: Run[] = words.flatMap(([w, m], i) => [...(i ? [{ text: ' ', marks: [] as PmMark[] }] : []), { text: w, marks: m }]);
        const seg = makeSegment('paragraph', parts);
        const spaces = [...seg.text.matchAll(/ /gu)].map((m) => m.index);
        const at = spaces[pick % spaces.length];
        const [a, b] = splitSegment(seg, at);
        const back = mergeSegments(a, b);
        expect(back.text).toBe(seg.text);
        const before = marksPerChar(seg);
        const after = marksPerChar(back);
        // The seam space may differ (it takes the marks both sides share); every other character is identical.
        expect(after.filter((_, i) => i !== at)).toEqual(before.filter((_, i) => i !== at));
      }),
      { numRuns: 300 },
    );
  });
});
