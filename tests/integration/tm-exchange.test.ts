import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql, sql } from '../../lib/db/sql';
import type { PmNode } from '../../lib/documents/types';
import { tmxProblems } from '../../lib/formats/tmx-check';
import { readTmx } from '../../lib/formats/tmx-read';
import { saveSegment } from '../../lib/server/segments';
import { exportTmx, importTmx, listMemories, lookupSegment, lookupText, saveDocumentMemories } from '../../lib/server/tm';
import type { Lang } from '../../lib/text/lang';
import { EDITOR, unwrap } from './support';

afterAll(() => closeSql());

const HEADER = '<header creationtool="tests" creationtoolversion="1" segtype="sentence" o-tmf="tests" adminlang="en" srclang="en" datatype="plaintext"/>';
const tmx = (body: string) => new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${HEADER}<body>\n${body}\n</body></tmx>`);
const tu = (en: string, target: [string, string], attrs = '', props = '') =>
  `<tu${attrs}>${props}<tuv xml:lang="en"><seg>${en}</seg></tuv><tuv xml:lang="${target[0]}"><seg>${target[1]}</seg></tuv></tu>`;

const unitsOf = (memory: string) =>
  sql<{ sourceText: string; targetText: string; targetLang: string; author: string; tuid: string | null; changedAt: string }[]>`
    select u.source_text as "sourceText", u.target_text as "targetText", u.target_lang as "targetLang", u.author, u.tuid,
      to_char(u.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "changedAt"
    from tm_units u join tm_memories m on m.id = u.memory_id where m.name = ${memory} order by u.id`;

const FIRST = [
  tu('The ceasefire held overnight.', ['ar', 'صمد وقف إطلاق النار طوال الليل.'], ' tuid="a1" creationid="amal" changedate="20240101T100000Z"'),
  tu('The ceasefire held overnight.', ['fa', 'آتش‌بس در طول شب برقرار ماند.'], ' tuid="f1" creationid="amal" changedate="20240101T100000Z"'),
  tu('Talks resume on Monday.', ['ar', 'تُستأنف المحادثات يوم الاثنين.'], ' tuid="a2" changedate="20240101T100000Z"'),
  tu('Talks resume on Monday.', ['fa', 'گفت‌وگوها دوشنبه از سر گرفته می‌شود.'], ' tuid="f2" changedate="20240101T100000Z"'),
].join('\n');

describe('TMX import without duplicates (real PostgreSQL)', () => {
  it('re-importing the same file adds nothing and says so', async () => {
    const first = await unwrap(importTmx(EDITOR, { bytes: tmx(FIRST), memory: 'Dedupe same' }));
    expect(first).toMatchObject({ units: 4, added: 4, updated: 0, unchanged: 0 });
    const again = await unwrap(importTmx(EDITOR, { bytes: tmx(FIRST), memory: 'Dedupe same' }));
    expect(again).toMatchObject({ units: 4, added: 0, updated: 0, unchanged: 4 });
    expect(await unitsOf('Dedupe same')).toHaveLength(4);
    // A file without dates: the second import is unchanged too (nothing differs).
    const undated = tu('Aid convoys crossed at dawn.', ['fa', 'کاروان‌های کمک سحرگاه عبور کردند.']);
    await unwrap(importTmx(EDITOR, { bytes: tmx(undated), memory: 'Dedupe same' }));
    expect(await unwrap(importTmx(EDITOR, { bytes: tmx(undated), memory: 'Dedupe same' }))).toMatchObject({ added: 0, unchanged: 1 });
    expect(await unitsOf('Dedupe same')).toHaveLength(5);
  });

  it('an overlapping file updates newer copies, keeps older ones out, and adds second translations', async () => {
    await unwrap(importTmx(EDITOR, { bytes: tmx(FIRST), memory: 'Dedupe overlap' }));
    const overlap = [
      // same pair, newer, another author and a prop: metadata updated
      tu('The ceasefire held overnight.', ['ar', 'صمد وقف إطلاق النار طوال الليل.'], ' tuid="a1" creationid="amal" changeid="bahram" changedate="20240301T100000Z"', '<prop type="x-reviewed">yes</prop>'),
      // same pair, older: left alone
      tu('The ceasefire held overnight.', ['fa', 'آتش‌بس در طول شب برقرار ماند.'], ' tuid="f1" creationid="old" changedate="20230101T100000Z"'),
      // same source, another target, no tuid: a second translation
      tu('Talks resume on Monday.', ['ar', 'المحادثات تُستأنف الاثنين.'], ' changedate="20240301T100000Z"'),
      // same source, another target, the tuid of the stored unit: that unit is updated (a corrected Farsi target, ZWNJ kept)
      tu('Talks resume on Monday.', ['fa', 'گفت‌وگوها روز دوشنبه از سر گرفته می‌شوند.'], ' tuid="f2" changedate="20240301T100000Z"'),
      // the same target written with harakat (same normalized key), newer: the text is updated, no new unit
      tu('Talks resume on Monday.', ['ar', 'تُستأنَف المحادثاتُ يومَ الاثنين.'], ' tuid="a2" changedate="20240301T100000Z"'),
      // new
      tu('Casualty figures were revised.', ['ar', 'عُدّلت أرقام الضحايا.'], ' changedate="20240301T100000Z"'),
    ].join('\n');
    const r = await unwrap(importTmx(EDITOR, { bytes: tmx(overlap), memory: 'Dedupe overlap' }));
    expect(r).toMatchObject({ units: 6, added: 2, updated: 3, unchanged: 1 });
    const units = await unitsOf('Dedupe overlap');
    expect(units).toHaveLength(6);
    expect(units.find((u) => u.tuid === 'a1')).toMatchObject({ author: 'bahram', changedAt: '2024-03-01T10:00:00Z' });
    expect(units.find((u) => u.tuid === 'f1')).toMatchObject({ author: 'amal', changedAt: '2024-01-01T10:00:00Z' });
    expect(units.find((u) => u.tuid === 'f2')).toMatchObject({ targetText: 'گفت‌وگوها روز دوشنبه از سر گرفته می‌شوند.' });
    expect(units.find((u) => u.tuid === 'a2')).toMatchObject({ targetText: 'تُستأنَف المحادثاتُ يومَ الاثنين.' });
    const hits = await unwrap(lookupText(EDITOR, { source: 'en', target: 'ar', text: 'Talks resume on Monday.', memory: 'Dedupe overlap' }));
    expect(hits.map((h) => h.target).sort()).toEqual(['المحادثات تُستأنف الاثنين.', 'تُستأنَف المحادثاتُ يومَ الاثنين.'].sort());
    // The exported file holds each unit once, with the updated props.
    const { xml, units: exported } = await unwrap(exportTmx(EDITOR, { source: 'en', target: 'ar', memory: 'Dedupe overlap' }));
    expect(exported).toBe(4);
    expect(xml).toContain('<prop type="x-reviewed">yes</prop>');
  });

  it('a file with an error updates and adds nothing, even where it overlaps', async () => {
    await unwrap(importTmx(EDITOR, { bytes: tmx(FIRST), memory: 'Dedupe broken' }));
    const newer = tu('The ceasefire held overnight.', ['ar', 'صمد وقف إطلاق النار طوال الليل.'], ' tuid="a1" changeid="late" changedate="20250101T100000Z"');
    const added = tu('A unit that must not stay.', ['fa', 'واحدی که نباید بماند.']);
    const r = await importTmx(EDITOR, { bytes: tmx(`${newer}\n${added}\n<tu><tuv xml:lang="en"><seg>Broken <b>markup</b></seg></tuv></tu>`), memory: 'Dedupe broken' });
    expect(r).toMatchObject({ ok: false, code: 'tmx-invalid', params: { reason: 'unexpected-b' } });
    const units = await unitsOf('Dedupe broken');
    expect(units).toHaveLength(4);
    expect(units.find((u) => u.tuid === 'a1')).toMatchObject({ author: 'amal', changedAt: '2024-01-01T10:00:00Z' });
  });

  it('repeats inside one file are stored once', async () => {
    const twice = [tu('Shelling resumed.', ['ar', 'استؤنف القصف.'], ' changedate="20240101T100000Z"'), tu('Shelling resumed.', ['ar', 'استؤنف القصف.'], ' changeid="late" changedate="20240201T100000Z"')].join('\n');
    expect(await unwrap(importTmx(EDITOR, { bytes: tmx(twice), memory: 'Dedupe repeats' }))).toMatchObject({ units: 2, added: 1, unchanged: 1 });
    expect(await unitsOf('Dedupe repeats')).toEqual([expect.objectContaining({ author: 'late' })]);
  });

  it('two imports of one file at once store each unit once', async () => {
    const body = Array.from({ length: 40 }, (_, i) => tu(`Report number ${i} was filed.`, ['fa', `گزارش شمارهٔ ${i} ثبت شد.`])).join('\n');
    const [a, b] = await Promise.all([
      unwrap(importTmx(EDITOR, { bytes: tmx(body), memory: 'Dedupe concurrent' })),
      unwrap(importTmx(EDITOR, { bytes: tmx(body), memory: 'Dedupe concurrent' })),
    ]);
    expect(a.added + b.added).toBe(40);
    expect(a.unchanged + b.unchanged).toBe(40);
    expect(await unitsOf('Dedupe concurrent')).toHaveLength(40);
  });

  it('the database refuses a second imported copy of a pair in one memory', async () => {
    await unwrap(importTmx(EDITOR, { bytes: tmx(tu('One copy only.', ['ar', 'نسخة واحدة فقط.'])), memory: 'Dedupe index' }));
    const [row] = await sql`select * from tm_units u where u.source_text = 'One copy only.'`;
    const copy = { ...row } as Record<string, unknown>;
    delete copy.id;
    await expect(sql`insert into tm_units ${sql(copy as never)}`).rejects.toMatchObject({ code: '23505' });
  });
});

const para = (...content: PmNode[]): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content }] });
const plain = (text: string) => para({ type: 'text', text });

/** An English document of these paragraphs reading only the named memory. */
async function documentOf(title: string, sources: string[], memory: string): Promise<{ id: number; segments: number[] }> {
  const id = await createDocument({ title, authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments: sources.map((s) => ({ kind: 'paragraph' as const, content: plain(s), text: s })) }, 'local');
  const memories = await unwrap(listMemories(EDITOR));
  const m = memories.find((x) => x.name === memory);
  if (m) await unwrap(saveDocumentMemories(EDITOR, { documentId: id, memoryIds: [m.id], threshold: 70 }));
  return { id, segments: (await getDocument(id))!.segments.map((s) => s.id) };
}

describe('TMX context and inline codes (real PostgreSQL)', () => {
  it('context props of an imported file give 101 between the same neighbours, 100 elsewhere (Arabic and Farsi)', async () => {
    const pre = 'The drone struck the depot at dawn.';
    const src = 'Two guards were wounded in the blast.';
    const post = 'The group has not commented.';
    const withContext = (lang: string, target: string) =>
      `<tu tuid="ctx-${lang}"><prop type="x-context-pre">&lt;seg&gt;${pre}&lt;/seg&gt;</prop><prop type="x-context-post">&lt;seg&gt;${post}&lt;/seg&gt;</prop>` +
      `<tuv xml:lang="en"><seg>${src}</seg></tuv><tuv xml:lang="${lang}"><seg>${target}</seg></tuv></tu>`;
    const body = [withContext('ar', 'أُصيب حارسان في الانفجار.'), withContext('fa', 'دو نگهبان در انفجار زخمی شدند.')].join('\n');
    await unwrap(importTmx(EDITOR, { bytes: tmx(body), memory: 'Context memory' }));
    const same = await documentOf('Context same', [pre, src, post], 'Context memory');
    const other = await documentOf('Context other', ['Another opening line.', src, post], 'Context memory');
    for (const [lang, target] of [['ar', 'أُصيب حارسان في الانفجار.'], ['fa', 'دو نگهبان در انفجار زخمی شدند.']] as [Lang, string][]) {
      const hit = await unwrap(lookupSegment(EDITOR, { documentId: same.id, segmentId: same.segments[1]!, lang }));
      expect(hit.matches[0]).toMatchObject({ score: 101, kind: 'context', target });
      const miss = await unwrap(lookupSegment(EDITOR, { documentId: other.id, segmentId: other.segments[1]!, lang }));
      expect(miss.matches[0]).toMatchObject({ score: 100, kind: 'exact', target });
    }
    // Exported, the context props are written back as read.
    const { xml } = await unwrap(exportTmx(EDITOR, { source: 'en', target: 'fa', memory: 'Context memory' }));
    expect(xml).toContain(`<prop type="x-context-pre">&lt;seg&gt;${pre}&lt;/seg&gt;</prop>`);
  });

  it('a confirmed target exports its marks as TMX codes and its neighbours as context; imported back, the marks and the 101 return', async () => {
    const sources = ['Officials met in Baghdad on Sunday.', 'Kataib Hezbollah rejected the proposal outright.', 'Talks continue next week.'];
    const d = await documentOf('Inline source', sources, 'Inline project');
    const marked = para(
      { type: 'text', text: 'رفضت ' },
      { type: 'text', text: 'كتائب حزب الله', marks: [{ type: 'bold' }, { type: 'glossaryTerm', attrs: { conceptId: 'kh' } }] },
      { type: 'text', text: ' المقترح ' },
      { type: 'text', text: 'رفضًا قاطعًا', marks: [{ type: 'link', attrs: { href: 'https://example.org/kh', target: '_blank', rel: 'noopener noreferrer nofollow', class: null } }] },
      { type: 'text', text: '.' },
    );
    const text = 'رفضت كتائب حزب الله المقترح رفضًا قاطعًا.';
    await unwrap(saveSegment(EDITOR, { segmentId: d.segments[1]!, lang: 'ar', baseVersion: 0, content: marked, text, state: 'translated' }));
    const [unit] = await sql<{ memory: string }[]>`select m.name as memory from tm_units u join tm_memories m on m.id = u.memory_id where u.segment_id = ${d.segments[1]!} and u.level = 'paragraph'`;
    const { xml } = await unwrap(exportTmx(EDITOR, { source: 'en', target: 'ar', memory: unit!.memory }));
    expect(tmxProblems(xml)).toEqual([]);
    const tu = readTmx(xml).units.find((u) => u.variants[0]!.text === sources[1])!;
    expect(tu.variants[1]!.inline).toContain('<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>');
    expect(tu.variants[1]!.inline).toContain('type="link">&lt;a href=&quot;https://example.org/kh&quot;');
    expect(tu.variants[1]!.text).toBe(text);
    expect(tu.props.map((p) => p.type)).toEqual(['x-context-pre', 'x-context-post']);

    const r = await unwrap(importTmx(EDITOR, { bytes: new TextEncoder().encode(xml), memory: 'Inline reimport' }));
    expect(r.warnings.filter((w) => w.code === 'inline-flattened')).toEqual([]);
    const again = await documentOf('Inline again', sources, 'Inline reimport');
    const hit = await unwrap(lookupSegment(EDITOR, { documentId: again.id, segmentId: again.segments[1]!, lang: 'ar' }));
    expect(hit.matches[0]).toMatchObject({ score: 101, target: text, targetContent: marked });
    // and importing the same export once more adds nothing
    expect(await unwrap(importTmx(EDITOR, { bytes: new TextEncoder().encode(xml), memory: 'Inline reimport' }))).toMatchObject({ added: 0, updated: 0 });
  });
});
