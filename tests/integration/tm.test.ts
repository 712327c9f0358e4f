import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql, sql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import { readTmx } from '../../lib/formats/tmx-read';
import { saveSegment } from '../../lib/server/segments';
import {
  analyzeDocument,
  concordance,
  deleteUnit,
  exportTmx,
  importTmx,
  lookupSegment,
  lookupText,
  pretranslateDocument,
  saveDocumentMemories,
} from '../../lib/server/tm';
import type { Lang } from '../../lib/text/lang';
import { indexKeys, pairSalt, wordHash } from '../../lib/tm/tokens';
import { EDITOR, unwrap } from './support';

afterAll(() => closeSql());

const doc = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** A document of English paragraphs, with the given targets left unconfirmed (state initial) or empty. */
async function makeDocument(title: string, sources: string[], lang: Lang = 'ar', targets: (string | null)[] = []): Promise<{ id: number; segments: number[] }> {
  const id = await createDocument(
    {
      title,
      authors: [],
      publishedOn: null,
      sourceUrl: null,
      sourceLang: 'en',
      segments: sources.map((s, i) => ({
        kind: 'paragraph',
        content: doc(s),
        text: s,
        ...(targets[i] ? { translations: [{ lang, content: doc(targets[i]!), text: targets[i]!, state: 'initial' as const }] } : {}),
      })),
    },
    'local',
  );
  const stored = (await getDocument(id))!;
  return { id, segments: stored.segments.map((s) => s.id) };
}

/** Confirms a target in the editor's way (Ctrl+Enter: state translated), which writes the memory. */
async function confirm(segmentId: number, lang: Lang, text: string): Promise<void> {
  const [row] = await sql<{ version: number }[]>`select version from translations where segment_id = ${segmentId} and lang = ${lang}`;
  await unwrap(saveSegment(EDITOR, { segmentId, lang, baseVersion: row?.version ?? 0, content: doc(text), text, state: 'translated' }));
}

describe('translation memory', () => {
  it('a confirmed paragraph becomes a paragraph unit and sentence units that serve another paragraph', async () => {
    const a = await makeDocument('TM paragraph', [
      'Kataib Hezbollah reposted the message verbatim. Nobody has claimed the strike on the base near Erbil. The group promised a swift response.',
    ]);
    await confirm(a.segments[0]!, 'ar', 'أعادت كتائب حزب الله نشر الرسالة حرفيًا. لم يتبنَّ أحد الضربة على القاعدة قرب أربيل. وتوعدت الجماعة بردٍّ سريع.');
    const units = await sql<{ level: string; source_text: string }[]>`select level, source_text from tm_units where segment_id = ${a.segments[0]!} order by id`;
    expect(units.map((u) => u.level)).toEqual(['paragraph', 'sentence', 'sentence', 'sentence']);

    // A new paragraph that shares one sentence: the sentence match comes with the draft.
    const b = await makeDocument('TM paragraph reuse', ['Nobody has claimed the strike on the base near Erbil. Officials gave no figures.']);
    const found = await unwrap(lookupSegment(EDITOR, { documentId: b.id, segmentId: b.segments[0]!, lang: 'ar' }));
    expect(found.sentences).toHaveLength(2);
    expect(found.sentences[0]!.matches[0]).toMatchObject({ score: 100, kind: 'exact', level: 'sentence', target: 'لم يتبنَّ أحد الضربة على القاعدة قرب أربيل.' });
    expect(found.sentences[0]!.matches[0]!.origin.document).toEqual({ id: a.id, title: 'TM paragraph' });
    expect(found.draft).toMatchObject({ covered: 1, total: 2, text: 'لم يتبنَّ أحد الضربة على القاعدة قرب أربيل. Officials gave no figures.' });

    // A second confirmation rewrites the segment's units instead of adding more.
    await confirm(a.segments[0]!, 'ar', 'أعادت كتائب حزب الله نشر الرسالة حرفيًا.');
    const again = await sql<{ level: string; target_text: string }[]>`select level, target_text from tm_units where segment_id = ${a.segments[0]!} order by id`;
    expect(again.filter((u) => u.level === 'paragraph').map((u) => u.target_text)).toEqual(['أعادت كتائب حزب الله نشر الرسالة حرفيًا.']);
    expect(again.some((u) => u.target_text.includes('أربيل'))).toBe(false);
  });

  it('offers matches best first with the differing words, numbers flagged and offered in the target digits', async () => {
    const d = await makeDocument('TM order', [
      'We counted 37 posts about the drone attack on March 3.',
      'Kataib Hezbollah promised a harsh response to the raid.',
      'Kataib Hezbollah promised a response.',
    ]);
    await confirm(d.segments[0]!, 'ar', 'أحصينا ٣٧ منشورًا عن هجوم الطائرة المسيّرة في ٣ آذار.');
    await confirm(d.segments[1]!, 'ar', 'توعدت كتائب حزب الله بردٍّ قاسٍ على الغارة.');
    await confirm(d.segments[2]!, 'ar', 'توعدت كتائب حزب الله بالرد.');
    const matches = await unwrap(lookupText(EDITOR, { source: 'en', target: 'ar', text: 'Kataib Hezbollah promised a harsh response to the strike.' }));
    // 8 of 9 words: 88; the 5-word unit is 4 edits away (55), under the threshold.
    expect(matches.map((m) => [m.source, m.score])).toEqual([['Kataib Hezbollah promised a harsh response to the raid.', 88]]);
    const shorter = await unwrap(lookupText(EDITOR, { source: 'en', target: 'ar', text: 'Kataib Hezbollah promised a harsh response.', threshold: 50 }));
    expect(shorter.map((m) => m.source).slice(0, 2)).toEqual(['Kataib Hezbollah promised a response.', 'Kataib Hezbollah promised a harsh response to the raid.']);
    expect(shorter[0]!.score).toBeGreaterThan(shorter[1]!.score);
    expect(matches[0]!.diff).toContainEqual({ op: 'delete', text: 'strike' });
    expect(matches[0]!.diff).toContainEqual({ op: 'insert', text: 'raid' });
    const numbers = await unwrap(lookupText(EDITOR, { source: 'en', target: 'ar', text: 'We counted 41 posts about the drone attack on March 3.' }));
    expect(numbers[0]).toMatchObject({ score: 98, numbersDiffer: true, adjustedTarget: 'أحصينا ٤١ منشورًا عن هجوم الطائرة المسيّرة في ٣ آذار.' });
    // A short sentence goes through the word index too.
    expect((await unwrap(lookupText(EDITOR, { source: 'en', target: 'ar', text: 'Kataib Hezbollah promised a response!' })))[0]).toMatchObject({ score: 99, target: 'توعدت كتائب حزب الله بالرد.' });
    // Deleting a unit takes it out of every lookup.
    await unwrap(deleteUnit(EDITOR, numbers[0]!.unitId));
    expect((await unwrap(lookupText(EDITOR, { source: 'en', target: 'ar', text: 'We counted 41 posts about the drone attack on March 3.' }))).map((m) => m.unitId)).not.toContain(numbers[0]!.unitId);
    await expect(unwrap(deleteUnit(EDITOR, numbers[0]!.unitId))).rejects.toMatchObject({ code: 'tm-unit-not-found' });
  });

  it('a match whose neighbouring sources match too is a context match (101), above the plain exact one', async () => {
    const texts = ['The statement appeared at noon.', 'It was deleted an hour later.', 'Nobody explained why.'];
    const a = await makeDocument('TM context source', texts, 'fa');
    await confirm(a.segments[0]!, 'fa', 'این بیانیه ظهر منتشر شد.');
    await confirm(a.segments[1]!, 'fa', 'یک ساعت بعد پاک شد.');
    const same = await makeDocument('TM context same', texts, 'fa');
    const other = await makeDocument('TM context other', ['A different opening.', 'It was deleted an hour later.', 'Something else.'], 'fa');
    const inContext = await unwrap(lookupSegment(EDITOR, { documentId: same.id, segmentId: same.segments[1]!, lang: 'fa' }));
    expect(inContext.matches[0]).toMatchObject({ score: 101, kind: 'context', target: 'یک ساعت بعد پاک شد.' });
    const outOfContext = await unwrap(lookupSegment(EDITOR, { documentId: other.id, segmentId: other.segments[1]!, lang: 'fa' }));
    expect(outOfContext.matches[0]).toMatchObject({ score: 100, kind: 'exact' });
  });

  it('concordance finds Arabic words behind clitics, Farsi with ZWNJ, and English, with hit ranges', async () => {
    const d = await makeDocument('TM concordance', ['The resistance answered.', 'Patience is a form of resistance.']);
    await confirm(d.segments[0]!, 'ar', 'وردّت المقاومة على ذلك.');
    await confirm(d.segments[1]!, 'ar', 'الصبر شكل من أشكال المقاومة وللمقاومة صبرها.');
    const hits = await unwrap(concordance(EDITOR, { lang: 'ar', text: 'مقاومة' }));
    const mine = hits.filter((h) => h.source.includes('resistance') && h.memory.name === 'Tarjuman');
    expect(mine.map((h) => h.target).sort()).toEqual(['الصبر شكل من أشكال المقاومة وللمقاومة صبرها.', 'وردّت المقاومة على ذلك.']);
    const two = mine.find((h) => h.target.startsWith('الصبر'))!;
    expect(two.side).toBe('target');
    expect(two.ranges.map(([s, e]) => two.target.slice(s, e))).toEqual(['المقاومة', 'وللمقاومة']);
    const withArticle = await unwrap(concordance(EDITOR, { lang: 'ar', text: 'المقاومة' }));
    expect(withArticle.some((h) => h.target.includes('وللمقاومة'))).toBe(true);
    const english = await unwrap(concordance(EDITOR, { lang: 'en', text: 'RESISTANCE' }));
    expect(english.some((h) => h.side === 'source' && h.source === 'Patience is a form of resistance.')).toBe(true);
  });

  it('pre-translation fills empty targets from exact and context matches, fuzzy ones on request, and reports bands', async () => {
    const base = await makeDocument('TM pretranslate memory', ['Iran denied any role in the attack.', 'The militia published a video of the launch.', 'A spokesman refused to comment.']);
    await confirm(base.segments[0]!, 'ar', 'نفت إيران أي دور لها في الهجوم.');
    await confirm(base.segments[1]!, 'ar', 'نشرت الميليشيا مقطع فيديو لعملية الإطلاق.');
    const d = await makeDocument(
      'TM pretranslate target',
      ['Iran denied any role in the attack.', 'The militia published a long video of the launch.', 'Completely new text with nothing in memory whatsoever.', 'Already done.'],
      'ar',
      [null, null, null, 'تم.'],
    );
    await unwrap(saveDocumentMemories(EDITOR, { documentId: d.id, memoryIds: [], threshold: 70 }));
    const analysis = await unwrap(analyzeDocument(EDITOR, { documentId: d.id, lang: 'ar' }));
    expect(analysis.bands['100'].segments + analysis.bands['101'].segments).toBe(1);
    expect(analysis.bands['85-94'].segments).toBe(1);
    expect(analysis.bands.none.segments).toBe(1);
    expect(analysis.bands['100'].words + analysis.bands['101'].words).toBe(7);
    expect(analysis).toMatchObject({ skipped: 1, filled: 0 });

    // 101 asks for context matches only: this document's neighbours differ from the memory's
    expect(await unwrap(pretranslateDocument(EDITOR, { documentId: d.id, lang: 'ar', min: 101 }))).toMatchObject({ filled: 0 });
    const exactOnly = await unwrap(pretranslateDocument(EDITOR, { documentId: d.id, lang: 'ar' }));
    expect(exactOnly).toMatchObject({ filled: 1, filledFuzzy: 0 });
    let stored = (await getDocument(d.id))!;
    expect(stored.segments.map((s) => [s.translations.ar?.text ?? null, s.translations.ar?.state ?? null])).toEqual([
      ['نفت إيران أي دور لها في الهجوم.', 'translated'],
      [null, null],
      [null, null],
      ['تم.', 'initial'],
    ]);
    const [origin] = await sql<{ tm_origin: { score: number } }[]>`select tm_origin from translations where segment_id = ${d.segments[0]!} and lang = 'ar'`;
    expect(origin!.tm_origin.score).toBe(100);

    const fuzzy = await unwrap(pretranslateDocument(EDITOR, { documentId: d.id, lang: 'ar', min: 75 }));
    expect(fuzzy).toMatchObject({ filled: 1, filledFuzzy: 1 });
    stored = (await getDocument(d.id))!;
    expect([stored.segments[1]!.translations.ar?.text, stored.segments[1]!.translations.ar?.state]).toEqual(['نشرت الميليشيا مقطع فيديو لعملية الإطلاق.', 'initial']);
    expect(stored.segments[2]!.translations.ar).toBeUndefined();
  });
});

describe('repeated sources', () => {
  it('are looked up once and counted and filled each time', async () => {
    const base = await makeDocument('TM repeat memory', ['The ceasefire held overnight.']);
    await confirm(base.segments[0]!, 'fa', 'آتش‌بس شب گذشته برقرار ماند.');
    const d = await makeDocument('TM repeat target', ['The ceasefire held overnight.', 'Something else entirely here.', 'The ceasefire held overnight.'], 'fa');
    const report = await unwrap(pretranslateDocument(EDITOR, { documentId: d.id, lang: 'fa' }));
    expect(report.bands['100'].segments + report.bands['101'].segments).toBe(2);
    expect(report.filled).toBe(2);
    const stored = (await getDocument(d.id))!;
    expect(stored.segments.map((s) => s.translations.fa?.text ?? null)).toEqual(['آتش‌بس شب گذشته برقرار ماند.', null, 'آتش‌بس شب گذشته برقرار ماند.']);
  });
});

describe('the word index', () => {
  it('computes in PostgreSQL the keys lib/tm computes (long and short units, every pair)', async () => {
    for (const [words, n] of [[[wordHash('stay'), wordHash('home')], 2], [[wordHash('a'), -5, 2147483647, -2147483648], 12]] as const) {
      for (const [s, t] of [['en', 'ar'], ['en', 'fa'], ['ar', 'fa'], ['fa', 'en']] as const) {
        const [row] = await sql<{ keys: number[] }[]>`select tm_word_keys(${[...words]}::int4[], ${n}, ${s}, ${t}) as keys`;
        expect(row!.keys).toEqual(indexKeys([...words], n, pairSalt(s, t)));
      }
    }
  });
});

describe('TMX exchange', () => {
  const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/tmx/${name}`, import.meta.url)));

  it('imports a memory and exports an equivalent file', async () => {
    const report = await unwrap(importTmx(EDITOR, { bytes: fixture('en-ar-fa-utf16le-bom.tmx'), memory: 'TMX fixture' }));
    expect(report.memory.name).toBe('TMX fixture');
    expect(report.warnings.some((w) => w.code === 'inline-flattened' && w.line > 0)).toBe(true);
    const { xml, units } = await unwrap(exportTmx(EDITOR, { source: 'en', target: 'ar', memory: 'TMX fixture' }));
    const original = readTmx(fixture('en-ar-fa.tmx'));
    const back = readTmx(xml);
    const pairs = (d: ReturnType<typeof readTmx>) =>
      d.units
        .map((u) => ({ en: u.variants.find((v) => v.lang.startsWith('en')), ar: u.variants.find((v) => v.lang.startsWith('ar')), attrs: u.attrs, props: u.props }))
        .filter((u) => u.en && u.ar)
        .map((u) => [u.attrs, u.props, u.en!.text, u.en!.inline, u.ar!.text, u.ar!.inline]);
    expect(units).toBe(pairs(original).length);
    expect(pairs(back)).toEqual(pairs(original));
    const hit = await unwrap(lookupText(EDITOR, { source: 'en', target: 'fa', text: 'Nobody has claimed the strike.', memory: 'TMX fixture' }));
    expect(hit[0]).toMatchObject({ score: 100, target: 'هیچ گروهی مسئولیت این حمله را بر عهده نگرفته است.', memory: { name: 'TMX fixture' } });
  });

  it('imports nothing from a file with an error, and names its line and column', async () => {
    const good = '<tu><tuv xml:lang="en"><seg>A unit that must not stay.</seg></tuv><tuv xml:lang="ar"><seg>وحدة يجب ألا تبقى.</seg></tuv></tu>';
    const bad = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>\n<body>${good}\n<tu><tuv xml:lang="en"><seg>Broken <b>markup</b></seg></tuv></tu></body></tmx>`;
    const r = await importTmx(EDITOR, { bytes: new TextEncoder().encode(bad), memory: 'TMX broken' });
    expect(r).toMatchObject({ ok: false, code: 'tmx-invalid', params: { line: 4, reason: 'unexpected-b' } });
    expect(await sql`select 1 from tm_memories where name = 'TMX broken'`).toHaveLength(0);
    expect(await sql`select 1 from tm_units where source_text = 'A unit that must not stay.'`).toHaveLength(0);
  });
});
