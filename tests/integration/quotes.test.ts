import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../lib/db/documents';
import { liveSegments } from '../../lib/db/quotes';
import { listRevisions, saveSegmentText } from '../../lib/db/segments';
import { closeSql, sql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import { documentText } from '../../lib/quotes/anchors';
import type { QuoteRow } from '../../lib/quotes/types';
import { importDocument } from '../../lib/server/documents';
import { listQuotes, quoteOriginals as originalsForDocument } from '../../lib/server/quote-data';
import { addQuote as add, applyOriginal, detectQuotes, removeQuote as remove, updateQuote as update, type QuotePatch } from '../../lib/server/quotes';
import { mergeSegments } from '../../lib/server/segments';
import { EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
// A brief as extracted from its web page (written for the tests): al-Tamimi's quote crosses a paragraph break.
const PAGE = join(process.cwd(), 'tests', 'fixtures', 'import', 'page-extract.txt');
// Constructed for the test: the original of al-Tamimi's post, in Arabic and in Farsi.
const TAMIMI_AR = 'نسي المبعوثون أنهم ضيوف هنا وبدأوا يتصرفون كحكّام';
const TAMIMI_FA = 'فرستادگان فراموش کردند که این‌جا مهمان‌اند و مثل فرمانروایان رفتار کردند';


let docId = 0;
beforeAll(async () => {
  docId = (await unwrap(importDocument(EDITOR, { bytes: new Uint8Array(readFileSync(PAGE)), fileName: 'sample.txt' }))).id;
});

// the quote use cases as the workspace calls them, on the sample document
const addQuote = async (documentId: number, anchor: { segmentId: number; start: number; endSegmentId: number; end: number }) => (await unwrap(add(EDITOR, documentId, anchor))).quote;
const removeQuote = (id: number, documentId = docId) => unwrap(remove(EDITOR, documentId, id));
const updateQuote = async (id: number, baseVersion: number, patch: QuotePatch, documentId = docId) => {
  const r = await update(EDITOR, documentId, id, baseVersion, patch);
  if (r.ok) return { ok: true as const, quote: r.value.quote };
  if (r.code === 'quote-conflict') return { ok: false as const, conflict: r.current! };
  throw new Error(r.code);
};
const applyOriginalWording = (id: number, documentId = docId) => unwrap(applyOriginal(EDITOR, documentId, id));
afterAll(() => closeSql());

const tamimi = (qs: QuoteRow[]) => qs.find((q) => q.sourceText.startsWith('The envoys forgot'))!;

describe('quotes of a document', () => {
  it('detects at import, once, anchoring a quote that crosses a segment break at both ends', async () => {
    const qs = await listQuotes(docId);
    expect(qs).toHaveLength(6);
    expect(qs.every((q) => q.origin === 'detected')).toBe(true);
    const q = tamimi(qs);
    expect(q.sourceText).toBe('The envoys forgot that they are guests here and started\n\nbehaving like governors');
    expect(q).toMatchObject({ words: 'The envoys forgot that they are guests here and started behaving like governors', figure: '4', saidBy: 'Ammar al-Tamimi', originalLang: null });
    // the lead-in names one language: "an angry Farsi message"
    expect(qs.find((x) => x.words.startsWith('Iranian television, where were you'))).toMatchObject({ originalLang: 'fa', figure: '6', saidBy: 'Sada al-Jabha' });
    expect(q.anchor!.segmentId).not.toBe(q.anchor!.endSegmentId);
    // a removed quote stays removed: detection does not run again
    await removeQuote(qs[0]!.id);
    expect(await unwrap(detectQuotes(EDITOR, docId))).toEqual({ detected: null });
    expect((await listQuotes(docId)).map((x) => x.id)).not.toContain(qs[0]!.id);
    await expect(removeQuote(qs[0]!.id)).rejects.toMatchObject({ code: 'quote-not-found' });
    // a quote id is only acted on inside the document the page shows
    await expect(removeQuote(qs[1]!.id, docId + 100_000)).rejects.toMatchObject({ code: 'document-not-found' });
  });

  it('adds a quote by selection, refusing an empty or overlapping one', async () => {
    const segs = await liveSegments(docId);
    const seg = segs.find((s) => s.text.includes('Soleimani was the only commander'))!;
    const start = seg.text.indexOf('Qasem Soleimani');
    const q = await addQuote(docId, { segmentId: seg.id, start, endSegmentId: seg.id, end: start + 'Qasem Soleimani'.length });
    expect(q).toMatchObject({ origin: 'manual', sourceText: 'Qasem Soleimani', anchor: { segmentId: seg.id, start } });
    await expect(addQuote(docId, { segmentId: seg.id, start: start + 2, endSegmentId: seg.id, end: start + 9 })).rejects.toMatchObject({ code: 'quote-overlaps' });
    await expect(addQuote(docId, { segmentId: seg.id, start, endSegmentId: seg.id, end: start })).rejects.toMatchObject({ code: 'quote-empty-selection' });
    await removeQuote(q.id);
  });

  it('keeps original, provenance and verification with versions; a stale update gets the stored quote', async () => {
    const q = tamimi(await listQuotes(docId));
    const r = await updateQuote(q.id, q.version, { originalLang: 'ar', originalText: TAMIMI_AR, saidBy: 'Ammar al-Tamimi', platform: 'Twitter', postedOn: '2024-03-29', figure: '4', verified: true });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.quote).toMatchObject({ originalLang: 'ar', originalText: TAMIMI_AR, postedOn: '2024-03-29', verifiedBy: 'local', version: q.version + 1 });
    expect(r.quote.verifiedAt).toMatch(/^\d{4}-\d\d-\d\d/);
    const stale = await updateQuote(q.id, q.version, { originalText: 'x' });
    expect(stale).toMatchObject({ ok: false, conflict: { originalText: TAMIMI_AR } });
    // changing the original without confirming it again drops the verification
    const changed = await updateQuote(q.id, r.quote.version, { originalText: `${TAMIMI_AR}.` });
    expect(changed).toMatchObject({ ok: true, quote: { verifiedBy: null, verifiedAt: null } });
    await updateQuote(q.id, r.quote.version + 1, { originalText: TAMIMI_AR, verified: true });
  });

  it('writes the Arabic original verbatim into the Arabic target as a revision, marked as original', async () => {
    const q = tamimi(await listQuotes(docId));
    const res = await applyOriginalWording(q.id);
    expect(res).toMatchObject({ segmentId: q.anchor!.segmentId, lang: 'ar', version: 1 });
    const [t] = await sql<{ text: string; content: PmNode }[]>`select text, content from translations where segment_id = ${res.segmentId} and lang = 'ar'`;
    expect(t!.text).toBe(`«${TAMIMI_AR}»`);
    expect(JSON.stringify(t!.content)).toContain('"originalWording"');
    const revs = await listRevisions(res.segmentId, 'ar');
    expect(revs[0]).toMatchObject({ action: 'save', afterText: `«${TAMIMI_AR}»` });
    expect((await listQuotes(docId)).find((x) => x.id === q.id)!.appliedAt).not.toBeNull();
    // inside a sentence it is not a whole-segment original: QA and the edition read the mark instead
    expect((await originalsForDocument(docId)).has(res.segmentId)).toBe(false);
  });

  it('puts the original inside the translator\'s quotation marks, and replaces it when applied again', async () => {
    const q = tamimi(await listQuotes(docId));
    const segId = q.anchor!.segmentId;
    const [cur] = await sql<{ version: number }[]>`select version from translations where segment_id = ${segId} and lang = 'ar'`;
    await saveSegmentText({ segmentId: segId, lang: 'ar', baseVersion: cur!.version, content: para('غرّد التميمي: «نسي المبعوثون أنهم ضيوف» (الشكل 4).'), text: 'غرّد التميمي: «نسي المبعوثون أنهم ضيوف» (الشكل 4).', author: 'local' });
    await applyOriginalWording(q.id);
    const text = async () => (await sql<{ text: string }[]>`select text from translations where segment_id = ${segId} and lang = 'ar'`)[0]!.text;
    expect(await text()).toBe(`غرّد التميمي: «${TAMIMI_AR}» (الشكل 4).`);
    const v = tamimi(await listQuotes(docId)).version;
    await updateQuote(q.id, v, { originalText: `${TAMIMI_AR}!` });
    await applyOriginalWording(q.id);
    expect(await text()).toBe(`غرّد التميمي: «${TAMIMI_AR}!» (الشكل 4).`);
  });

  it('refuses to guess where the original goes when the target has no quotation marks', async () => {
    const seg = (await liveSegments(docId)).find((s) => s.text.includes('A sharper rebuke'))!;
    const q = (await listQuotes(docId)).find((x) => x.anchor?.segmentId === seg.id)!;
    await updateQuote(q.id, q.version, { originalLang: 'ar', originalText: 'عندي سؤال بسيط' });
    await saveSegmentText({ segmentId: seg.id, lang: 'ar', baseVersion: 0, content: para('توبيخ أشد لاذعة'), text: 'توبيخ أشد لاذعة', author: 'local' });
    await expect(applyOriginalWording(q.id)).rejects.toMatchObject({ code: 'quote-place-not-found' });
    await expect(applyOriginalWording(tamimi(await listQuotes(docId)).id + 10_000)).rejects.toMatchObject({ code: 'quote-not-found' });
  });

  it('finds a quote again after its segments are merged', async () => {
    const before = tamimi(await listQuotes(docId));
    await unwrap(mergeSegments(EDITOR, docId, before.anchor!.segmentId));
    const after = tamimi(await listQuotes(docId));
    expect(after.anchor!.segmentId).toBe(before.anchor!.segmentId);
    expect(after.anchor!.endSegmentId).toBe(before.anchor!.segmentId);
    const seg = (await liveSegments(docId)).find((s) => s.id === after.anchor!.segmentId)!;
    expect(seg.text.slice(after.anchor!.start, after.anchor!.end)).toMatch(/^The envoys forgot .* governors$/su);
  });
});

describe('whole-segment quotes', () => {
  it('lists a Farsi original of a quote segment for QA and the edition, ZWNJ kept; none without an original', async () => {
    const id = await createDocument({
      title: 'Quote segments', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en',
      segments: [
        { kind: 'paragraph', content: para('He wrote:'), text: 'He wrote:' },
        { kind: 'quote', content: para('“The envoys forgot that they are guests here” (Figure 4)'), text: '“The envoys forgot that they are guests here” (Figure 4)' },
        { kind: 'paragraph', content: para('“A simple question for the envoys.”'), text: '“A simple question for the envoys.”' },
      ],
    }, 'local');
    expect(await unwrap(detectQuotes(EDITOR, id))).toEqual({ detected: 2 });
    const qs = await listQuotes(id);
    expect(qs).toHaveLength(2);
    expect(await originalsForDocument(id)).toEqual(new Map());
    await updateQuote(qs[0]!.id, qs[0]!.version, { originalLang: 'fa', originalText: TAMIMI_FA }, id);
    const originals = await originalsForDocument(id);
    expect(originals.get(qs[0]!.anchor!.segmentId)).toEqual({ originalLang: 'fa', originalText: TAMIMI_FA });
    expect(originals.get(qs[0]!.anchor!.segmentId)!.originalText).toContain('\u200c');
    const res = await applyOriginalWording(qs[0]!.id, id);
    expect(res.lang).toBe('fa');
    const [t] = await sql<{ text: string; state: string }[]>`select text, state from translations where segment_id = ${res.segmentId} and lang = 'fa'`;
    expect(t).toEqual({ text: TAMIMI_FA, state: 'translated' });
  });
});

describe('documentText', () => {
  it('document text joins segments with a blank line', () => {
    const d = documentText([{ id: 1, text: 'ab' }, { id: 2, text: 'مسجدی' }]);
    expect(d.text).toBe('ab\n\nمسجدی');
    expect(d.starts.get(2)).toBe(4);
  });
});
