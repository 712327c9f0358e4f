import { afterAll, describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { createDocument, getDocument } from '../../lib/db/documents';
import { listRevisions, saveSegmentText } from '../../lib/db/segments';
import type { ExportFormat } from '../../lib/publish/export-file';
import { exportDocument as exportUseCase, importXliff } from '../../lib/server/editions';
import type { Lang } from '../../lib/text/lang';
import { EDITOR, unwrap } from './support';
import { closeSql, sql } from '../../lib/db/sql';
import type { DocumentDraft, PmMark, PmNode } from '../../lib/documents/types';
import { parseXliff, validateXliff } from '../../lib/formats/xliff';

const doc = (runs: (string | [string, ...PmMark[]])[], block: PmNode = { type: 'paragraph' }): PmNode => ({
  type: 'doc',
  content: [{ ...block, content: runs.map((r) => (typeof r === 'string' ? { type: 'text', text: r } : { type: 'text', text: r[0], marks: r.slice(1) as PmMark[] })) }],
});
const text = (n: PmNode): string => (n.text ?? '') + (n.content ?? []).map(text).join('');
const bytes = (s: string) => new TextEncoder().encode(s);
const ZWNJ = '\u200c';

// the use cases as the editor calls them; an unknown document comes back as null
async function exportDocument(id: number, lang: Lang, format: ExportFormat, style?: unknown) {
  const r = await exportUseCase(EDITOR, id, lang, format, style);
  return !r.ok && r.code === 'document-not-found' ? null : unwrap(Promise.resolve(r));
}
const exportDocumentXliff = async (id: number, lang: Lang) => ((await exportDocument(id, lang, 'xliff'))?.body as string | undefined) ?? null;
const importDocumentXliff = (input: { documentId: number; lang: Lang; bytes: Uint8Array; author?: string }) => unwrap(importXliff(EDITOR, input));

async function setup() {
  const contents = [
    doc(['Sabereen News Criticizes Iran'], { type: 'heading', attrs: { level: 1 } }),
    doc(['The ', ['muqawama', { type: 'italic' }], ' and ', ['Kataib Hezbollah', { type: 'bold' }, { type: 'link', attrs: { href: '/node/16641' } }], ' in 2021.']),
    doc(['Unit 10,000 said it wants to be heard.']),
    doc(['Figure 1: a post']),
  ];
  const draft: DocumentDraft = {
    title: 'Sabereen News Criticizes Iran',
    authors: ['Hamdi Malik'],
    publishedOn: '2021-11-13',
    sourceUrl: 'https://www.washingtoninstitute.org/policy-analysis/sabereen',
    sourceLang: 'en',
    segments: contents.map((content, i) => ({ kind: i === 0 ? 'heading' : i === 3 ? 'caption' : 'paragraph', content, text: text(content) })),
  };
  const id = await createDocument(draft, 'local');
  const segs = (await getDocument(id))!.segments;
  const save = (i: number, lang: 'ar' | 'fa', content: PmNode, baseVersion = 0) => saveSegmentText({ segmentId: segs[i]!.id, lang, baseVersion, content, text: text(content), state: 'translated', author: 'local' });
  await save(0, 'ar', doc(['صابرين نيوز تنتقد إيران'], { type: 'heading', attrs: { level: 1 } }));
  await save(1, 'ar', doc(['المقاومة و', ['كتائب حزب الله', { type: 'bold' }, { type: 'link', attrs: { href: '/node/16641' } }], ' في عام 2021.']));
  await save(2, 'ar', doc(['قالت الوحدة 10,000 إنها تريد أن تُسمع.']));
  await save(1, 'fa', doc([`مقاومت و ${'کتائب حزب'}${ZWNJ}الله در سال ۲۰۲۱.`]));
  return { id, segs, save };
}

async function snapshot(id: number) {
  const rows = await sql`select t.segment_id, t.lang, t.content, t.text, t.state, t.version from translations t join segments s on s.id = t.segment_id where s.document_id = ${id} order by 1, 2`;
  const [revs] = await sql<{ n: number }[]>`select count(*)::int as n from revisions r join segments s on s.id = r.segment_id where s.document_id = ${id}`;
  const src = await sql`select id, content, text, version from segments where document_id = ${id} order by id`;
  return { rows: JSON.stringify(rows), revisions: revs!.n, src: JSON.stringify(src) };
}

afterAll(() => closeSql());

describe('XLIFF 2.1 export and import of a document', () => {
  it('exports a valid file: a unit per segment, states, version notes, marks as inline codes', async () => {
    const { id, segs } = await setup();
    const xml = (await exportDocumentXliff(id, 'ar'))!;
    expect(validateXliff(bytes(xml))).toMatchObject({ valid: true, errors: [] });
    const x = parseXliff(bytes(xml));
    expect(x).toMatchObject({ version: '2.1', srcLang: 'en', trgLang: 'ar' });
    const units = x.files[0]!.units;
    expect(units.map((u) => u.id)).toEqual(segs.map((s) => String(s.id)));
    expect(units[1]!.segments[0]!.state).toBe('translated');
    expect(units[3]!.segments[0]!.target).toBeUndefined();
    expect(units[1]!.notes).toEqual([{ category: 'tarjuman:target-version', appliesTo: 'target', text: '1' }]);
    expect(xml).toContain('subType="xlf:b"');
    // The link target rides in the code's original data (XLIFF allows no extension attributes on codes).
    expect(xml).toMatch(/<data id="tj\d+">\{"href":"\/node\/16641"\}<\/data>/);
    expect(await exportDocumentXliff(987654321, 'ar')).toBeNull();
  });

  it('a round trip changes nothing (Arabic, and Farsi with ZWNJ)', async () => {
    const { id } = await setup();
    for (const lang of ['ar', 'fa'] as const) {
      const before = await snapshot(id);
      const report = await importDocumentXliff({ documentId: id, lang, bytes: bytes((await exportDocumentXliff(id, lang))!) });
      expect(report).toMatchObject({ updated: [], unknown: [], conflicts: [], sourceChanged: [], unsupported: [] });
      expect(report.unchanged).toBe(4);
      expect(await snapshot(id)).toEqual(before);
    }
    expect((await getDocument(id))!.segments[1]!.translations.fa!.text).toContain(`حزب${ZWNJ}الله`);
  });

  it('an edited target becomes a new version with a revision; marks and block attributes are kept; a new target is created', async () => {
    const { id, segs } = await setup();
    let xml = (await exportDocumentXliff(id, 'ar'))!;
    xml = xml.replace(' في عام 2021.', ' في سنة 2021.').replace('قالت الوحدة 10,000', 'أعلنت الوحدة 10,000');
    // the caption had no target: a translator adds one
    xml = xml.replace(/(<source>Figure 1: a post<\/source>)/, '$1\n    <target>الشكل 1: منشور</target>');
    const srcBefore = (await snapshot(id)).src;
    const report = await importDocumentXliff({ documentId: id, lang: 'ar', bytes: bytes(xml), author: 'local' });
    expect(report.updated.map((u) => [u.unitId, u.version])).toEqual([
      [String(segs[1]!.id), 2],
      [String(segs[2]!.id), 2],
      [String(segs[3]!.id), 1],
    ]);
    expect(report.unchanged).toBe(1);
    const after = (await getDocument(id))!.segments;
    expect(after[1]!.translations.ar).toMatchObject({ text: 'المقاومة وكتائب حزب الله في سنة 2021.', version: 2, state: 'translated' });
    const marked = after[1]!.translations.ar!.content!.content![0]!.content!.find((n) => n.text === 'كتائب حزب الله');
    expect(marked?.marks).toEqual([{ type: 'bold' }, { type: 'link', attrs: { href: '/node/16641' } }]);
    expect(after[3]!.translations.ar).toMatchObject({ text: 'الشكل 1: منشور', version: 1, state: 'translated' });
    const history = await listRevisions(segs[1]!.id, 'ar');
    expect(history[0]).toMatchObject({ action: 'save', version: 2, beforeText: 'المقاومة وكتائب حزب الله في عام 2021.', afterText: 'المقاومة وكتائب حزب الله في سنة 2021.' });
    expect((await snapshot(id)).src).toBe(srcBefore);
    // Importing the same file again changes nothing more.
    const again = await importDocumentXliff({ documentId: id, lang: 'ar', bytes: bytes(xml) });
    expect(again.updated).toEqual([]);
    expect(again.conflicts.map((c) => c.unitId)).toEqual([]);
  });

  it('reports unknown units and conflicts (a target edited here since the export), changing nothing for them', async () => {
    const { id, segs, save } = await setup();
    let xml = (await exportDocumentXliff(id, 'ar'))!;
    await save(2, 'ar', doc(['قالت الوحدة 10,000 إنها تريد أن يُسمع صوتها.']), 1);
    xml = xml.replace('إنها تريد أن تُسمع', 'إنها تودّ أن تُسمع');
    xml = xml.replace('</file>', '  <unit id="999999999">\n   <segment>\n    <source>Ghost</source>\n    <target>شبح</target>\n   </segment>\n  </unit>\n </file>');
    const before = await snapshot(id);
    const report = await importDocumentXliff({ documentId: id, lang: 'ar', bytes: bytes(xml) });
    expect(report.unknown).toEqual(['999999999']);
    expect(report.conflicts).toEqual([{ unitId: String(segs[2]!.id), baseVersion: 1, currentVersion: 2 }]);
    expect(report.updated).toEqual([]);
    const after = await snapshot(id);
    expect(after.rows).toBe(before.rows);
    // the refused text is kept in the log, as for a stale save in the editor
    expect(after.revisions).toBe(before.revisions + 1);
    expect((await listRevisions(segs[2]!.id, 'ar'))[0]).toMatchObject({ action: 'conflict', afterText: 'قالت الوحدة 10,000 إنها تودّ أن تُسمع.' });
  });

  it('refuses a file of another document, of other languages, or invalid, with a code and nothing stored', async () => {
    const { id } = await setup();
    const other = await setup();
    const before = await snapshot(id);
    const foreign = (await exportDocumentXliff(other.id, 'ar'))!;
    await expect(importDocumentXliff({ documentId: id, lang: 'ar', bytes: bytes(foreign) })).rejects.toMatchObject({ code: 'xliff-wrong-document' });
    const fa = (await exportDocumentXliff(id, 'fa'))!;
    await expect(importDocumentXliff({ documentId: id, lang: 'ar', bytes: bytes(fa) })).rejects.toMatchObject({ code: 'xliff-language-mismatch' });
    await expect(importDocumentXliff({ documentId: id, lang: 'ar', bytes: bytes('<xliff version="2.1"/>') })).rejects.toMatchObject({ code: 'xliff-invalid' });
    await expect(importDocumentXliff({ documentId: 987654321, lang: 'ar', bytes: bytes(fa) })).rejects.toMatchObject({ code: 'document-not-found' });
    expect(await snapshot(id)).toEqual(before);
  });
});

describe('document export', () => {
  it('renders the Arabic edition as standalone RTL HTML with embedded fonts, Markdown, DOCX and JSON', async () => {
    const { id } = await setup();
    const html = (await exportDocument(id, 'ar', 'html'))!;
    expect(html.contentType).toBe('text/html; charset=utf-8');
    expect(html.fileName).toBe(`tarjuman-${id}-sabereen-news-criticizes-iran.ar.html`);
    const page = html.body as string;
    expect(page).toMatch(/<html lang="ar" dir="rtl">/);
    expect(page).toContain('<h1>صابرين نيوز تنتقد إيران</h1>');
    expect(page).toContain("font-family:'Noto Naskh Arabic'");
    expect(page).toContain('data:font/woff2;base64,');
    expect(page).toContain('href="https://www.washingtoninstitute.org/node/16641"');
    // the untranslated caption is left out, not printed in English
    expect(page).not.toContain('Figure 1: a post');
    const md = (await exportDocument(id, 'ar', 'md'))!;
    expect(md.body as string).toContain('# صابرين نيوز تنتقد إيران');
    const docx = (await exportDocument(id, 'ar', 'docx'))!;
    expect(docx.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const read = await mammoth.extractRawText({ buffer: Buffer.from(docx.body as Uint8Array) });
    expect(read.value).toContain('قالت الوحدة 10,000 إنها تريد أن تُسمع.');
    const withStyle = (await exportDocument(id, 'ar', 'html', { digits: 'arabic-indic' }))!;
    expect(withStyle.body as string).toContain('١٠٬٠٠٠');
    const json = JSON.parse((await exportDocument(id, 'fa', 'json'))!.body as string);
    expect(json).toMatchObject({ id, sourceLang: 'en', lang: 'fa' });
    expect(json.segments[1].target.text).toContain(`حزب${ZWNJ}الله`);
    expect(json.segments[0].target).toBeNull();
    await expect(exportDocument(id, 'ar', 'html', { calendar: 'solar-hijri' })).rejects.toMatchObject({ code: 'house-style-unsupported' });
    expect(await exportDocument(987654321, 'ar', 'html')).toBeNull();
  });

  it('prints the Farsi edition with Persian digits and a Solar Hijri date when chosen', async () => {
    const { id } = await setup();
    const page = (await exportDocument(id, 'fa', 'html', { calendar: 'solar-hijri' }))!.body as string;
    expect(page).toMatch(/<html lang="fa" dir="rtl">/);
    expect(page).toContain('۲۲ آبان ۱۴۰۰');
    expect(page).toContain(`حزب${ZWNJ}الله`);
    expect(page).toContain("font-family:'Vazirmatn'");
  });
});
