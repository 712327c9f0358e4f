import type { PmNode } from '../documents/types';
import type { Lang } from '../text/lang';
import { AppError } from './errors';
import { json, sql } from './sql';

/** One confirmed pair of a published translation: the source sentences and their translation. */
export interface AlignedPair {
  source: string;
  target: string;
}

export interface AlignedDocumentInput {
  title: string;
  sourceLang: Lang;
  targetLang: Lang;
  pairs: AlignedPair[];
  sourceUrl?: string | null;
}

const paragraphDoc = (text: string): PmNode => ({
  type: 'doc',
  content: [{ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) }],
});

/**
 * Keeps the confirmed pairs of an aligned published translation as a new document: one segment per pair,
 * its source text and its translation (state `translated`), each with an `import` revision. A 0–1 pair
 * (translation only) gets an empty source marked do-not-translate so the translation is not lost.
 * There is no translation-memory table yet; the document is where the pairs live. Throws `align-no-pairs`.
 */
export async function createAlignedDocument(input: AlignedDocumentInput, author = 'local'): Promise<number> {
  const pairs = input.pairs
    .map((p) => ({ source: p.source.trim(), target: p.target.trim() }))
    .filter((p) => p.source !== '' || p.target !== '');
  if (pairs.length === 0) throw new AppError('align-no-pairs');
  if (input.sourceLang === input.targetLang) throw new AppError('align-same-language', { lang: input.targetLang });
  const title = input.title.trim() || pairs.find((p) => p.source)?.source.slice(0, 120) || 'Aligned';
  return sql.begin(async (tx) => {
    const [doc] = await tx<{ id: number }[]>`insert into documents (title, source_lang, source_url)
      values (${title}, ${input.sourceLang}, ${input.sourceUrl ?? null}) returning id`;
    const segs = await tx<{ id: number }[]>`insert into segments ${tx(
      pairs.map((p, i) => ({
        document_id: doc!.id,
        position: i + 1,
        kind: 'paragraph',
        content: json(paragraphDoc(p.source)),
        text: p.source,
        do_not_translate: p.source === '',
        updated_by: author,
      })) as never,
      'document_id', 'position', 'kind', 'content', 'text', 'do_not_translate', 'updated_by',
    )} returning id`;
    const translated = segs.map((s, i) => ({ id: s.id, ...pairs[i]! })).filter((p) => p.target !== '');
    if (translated.length > 0) {
      await tx`insert into translations ${tx(
        translated.map((p) => ({ segment_id: p.id, lang: input.targetLang, content: json(paragraphDoc(p.target)), text: p.target, state: 'translated', updated_by: author })) as never,
        'segment_id', 'lang', 'content', 'text', 'state', 'updated_by',
      )}`;
    }
    const revs = [
      ...segs.map((s, i) => ({ segment_id: s.id, lang: input.sourceLang, text: pairs[i]!.source, state: null as string | null })),
      ...translated.map((p) => ({ segment_id: p.id, lang: input.targetLang, text: p.target, state: 'translated' as string | null })),
    ].map((r) => ({ segment_id: r.segment_id, lang: r.lang, action: 'import', version: 1, after_content: json(paragraphDoc(r.text)), after_text: r.text, after_state: r.state, author }));
    await tx`insert into revisions ${tx(revs as never, 'segment_id', 'lang', 'action', 'version', 'after_content', 'after_text', 'after_state', 'author')}`;
    return doc!.id;
  });
}
