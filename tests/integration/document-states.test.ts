import { afterAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql } from '../../lib/db/sql';
import type { DocumentDraft, PmNode } from '../../lib/documents/types';
import { documentsPage } from '../../lib/server/documents';
import { saveSegment } from '../../lib/server/segments';
import { EDITOR, unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const seg = (text: string) => ({ kind: 'paragraph' as const, content: para(text), text });

afterAll(() => closeSql());

describe('documents list: segments and words by state per target language', () => {
  it('counts source words of each state; a state change moves them', async () => {
    const draft: DocumentDraft = { title: 'States', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments: [seg('One two three.'), seg('Four five.'), seg('Six.')] };
    const id = await createDocument(draft, 'local');
    const segs = (await getDocument(id))!.segments;
    await unwrap(saveSegment(EDITOR, { segmentId: segs[0]!.id, lang: 'ar', baseVersion: 0, content: para('واحد اثنان ثلاثة.'), text: 'واحد اثنان ثلاثة.' }));
    await unwrap(saveSegment(EDITOR, { segmentId: segs[1]!.id, lang: 'ar', baseVersion: 0, content: para('أربعة خمسة.'), text: 'أربعة خمسة.', state: 'reviewed' }));
    const { states } = await unwrap(documentsPage(EDITOR));
    const [ar, fa] = states[id]!;
    // typed and saved without a confirmation: a draft
    expect(ar).toEqual({ lang: 'ar', segments: 3, words: 6, states: [{ state: 'initial', segments: 1, words: 1 }, { state: 'draft', segments: 1, words: 3 }, { state: 'reviewed', segments: 1, words: 2 }] });
    expect(fa).toEqual({ lang: 'fa', segments: 3, words: 6, states: [{ state: 'initial', segments: 3, words: 6 }] });
  });
});
