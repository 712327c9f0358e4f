import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument, getDocument } from '../../lib/db/documents';
import { closeSql, sql } from '../../lib/db/sql';
import type { DocumentDraft, PmNode } from '../../lib/documents/types';
import { SYSTEM_ACTOR, type Actor } from '../../lib/server/actor';
import { assignDocument, documentAssignments } from '../../lib/server/assignments';
import { auditLog } from '../../lib/server/audit';
import { conceptHistory, getConcept, createConcept } from '../../lib/server/glossary';
import { approveProposal, pendingProposals, proposeConcept, rejectProposal } from '../../lib/server/glossary-proposals';
import { documentStateProgress, reviewSegment, segmentReviewComments } from '../../lib/server/review';
import { saveSegment } from '../../lib/server/segments';
import { addUser } from '../../lib/server/users';
import { publishEdition } from '../../lib/server/editions';
import { unwrap } from './support';

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
let translator: Actor;
let editor: Actor;
let doc = 0;
let segs: number[] = [];

beforeAll(async () => {
  const t = await unwrap(addUser(SYSTEM_ACTOR, { email: 'wf-translator@example.test', name: 'رضا احمدی', role: 'translator', password: 'workflow password' }));
  const e = await unwrap(addUser(SYSTEM_ACTOR, { email: 'wf-editor@example.test', name: 'ليلى حداد', role: 'editor', password: 'workflow password' }));
  translator = { id: t.id, role: 'translator' };
  editor = { id: e.id, role: 'editor' };
  const draft: DocumentDraft = {
    title: 'Workflow', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en',
    segments: ['The resistance factions remain silent.', 'Kataib Hezbollah issued a statement.', 'Tehran called for restraint.'].map((text) => ({ kind: 'paragraph' as const, content: para(text), text })),
  };
  doc = await createDocument(draft, 'local');
  segs = (await getDocument(doc))!.segments.map((s) => s.id);
});
afterAll(() => closeSql());

describe('the review workflow', () => {
  it('initial → translated (the translator confirms) → reviewed → final (the editor), counted per state and language', async () => {
    const fa = 'گروه‌های مقاومت هنوز ساکت‌اند.';
    const saved = await unwrap(saveSegment(translator, { segmentId: segs[0]!, lang: 'fa', baseVersion: 0, content: para(fa), text: fa, state: 'translated' }));
    expect(saved.state).toBe('translated');
    // the translator cannot review or approve, through the review steps or a save with that state
    expect(await reviewSegment(translator, { segmentId: segs[0]!, lang: 'fa', version: saved.version, step: 'approve' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await saveSegment(translator, { segmentId: segs[0]!, lang: 'fa', baseVersion: saved.version, content: para(fa), text: fa, state: 'final' })).toMatchObject({ ok: false, code: 'forbidden' });
    const reviewed = await unwrap(reviewSegment(editor, { segmentId: segs[0]!, lang: 'fa', version: saved.version, step: 'review' }));
    expect(reviewed).toEqual({ version: saved.version + 1, state: 'reviewed' });
    // reviewing twice is not a step from reviewed
    expect(await reviewSegment(editor, { segmentId: segs[0]!, lang: 'fa', version: reviewed.version, step: 'review' })).toMatchObject({ ok: false, code: 'review-state', params: { state: 'reviewed', step: 'review' } });
    const final = await unwrap(reviewSegment(editor, { segmentId: segs[0]!, lang: 'fa', version: reviewed.version, step: 'approve' }));
    expect(final.state).toBe('final');
    // the text is unchanged by the steps, and the ZWNJ of the Farsi stays
    const [row] = await sql<{ text: string; state: string; updated_by: string }[]>`select text, state, updated_by from translations where segment_id = ${segs[0]!} and lang = 'fa'`;
    expect(row).toEqual({ text: fa, state: 'final', updated_by: editor.id });
    expect(row!.text).toContain('\u200c');
    const progress = await unwrap(documentStateProgress(editor, doc));
    expect(progress.find((p) => p.lang === 'fa')).toEqual({ lang: 'fa', total: 3, initial: 2, translated: 0, reviewed: 0, final: 1 });
    expect(progress.find((p) => p.lang === 'ar')).toEqual({ lang: 'ar', total: 3, initial: 3, translated: 0, reviewed: 0, final: 0 });
  });

  it('sends a segment back to initial with a required comment, kept on the revision row and naming the editor', async () => {
    const ar = 'أصدرت كتائب حزب الله بيانًا.';
    const saved = await unwrap(saveSegment(translator, { segmentId: segs[1]!, lang: 'ar', baseVersion: 0, content: para(ar), text: ar, state: 'translated' }));
    for (const comment of [undefined, '', '   ']) {
      expect(await reviewSegment(editor, { segmentId: segs[1]!, lang: 'ar', version: saved.version, step: 'send-back', comment })).toMatchObject({ ok: false, code: 'review-comment-required' });
    }
    const back = await unwrap(reviewSegment(editor, { segmentId: segs[1]!, lang: 'ar', version: saved.version, step: 'send-back', comment: 'استخدم «كتائب حزب الله» كما في المسرد' }));
    expect(back.state).toBe('initial');
    const [rev] = await sql<{ comment: string; before_state: string; after_state: string; author: string; after_text: string }[]>`
      select comment, before_state, after_state, author, after_text from revisions where segment_id = ${segs[1]!} and lang = 'ar' order by id desc limit 1`;
    expect(rev).toEqual({ comment: 'استخدم «كتائب حزب الله» كما في المسرد', before_state: 'translated', after_state: 'initial', author: editor.id, after_text: ar });
    expect(await unwrap(segmentReviewComments(translator, segs[1]!))).toMatchObject([{ lang: 'ar', comment: 'استخدم «كتائب حزب الله» كما في المسرد', authorName: 'ليلى حداد', afterState: 'initial' }]);
    // nothing to send back from initial; the translator confirms again
    expect(await reviewSegment(editor, { segmentId: segs[1]!, lang: 'ar', version: back.version, step: 'send-back', comment: 'again' })).toMatchObject({ ok: false, code: 'review-state' });
    expect((await unwrap(saveSegment(translator, { segmentId: segs[1]!, lang: 'ar', baseVersion: back.version, content: para(ar), text: ar, state: 'translated' }))).state).toBe('translated');
  });

  it('refuses a step on a text that changed since the editor saw it, with the stored text', async () => {
    const a = 'دعت طهران إلى ضبط النفس.';
    const first = await unwrap(saveSegment(translator, { segmentId: segs[2]!, lang: 'ar', baseVersion: 0, content: para(a), text: a, state: 'translated' }));
    const b = 'دعت طهران إلى التهدئة.';
    await unwrap(saveSegment(translator, { segmentId: segs[2]!, lang: 'ar', baseVersion: first.version, content: para(b), text: b }));
    const stale = await reviewSegment(editor, { segmentId: segs[2]!, lang: 'ar', version: first.version, step: 'approve' });
    // the changed text is a draft again (the house rule), and the editor's step on the old text is refused
    expect(stale).toMatchObject({ ok: false, code: 'conflict', current: { text: b, state: 'initial', version: first.version + 1 } });
    expect(await reviewSegment(editor, { segmentId: segs[2]!, lang: 'en', version: 1, step: 'approve' })).toMatchObject({ ok: false, code: 'segment-not-found' });
  });
});

describe('glossary proposals', () => {
  it('wait for an editor; approval creates the concept in the history under the editor’s name', async () => {
    const concept = { terms: [{ lang: 'en', text: 'strategic patience', status: 'preferred' }, { lang: 'fa', text: 'صبر راهبردی', status: 'preferred' }, { lang: 'ar', text: 'الصبر الاستراتيجي', status: 'preferred' }] };
    const p = await unwrap(proposeConcept(translator, { concept }));
    expect(p).toMatchObject({ kind: 'create', status: 'pending', proposedByName: 'رضا احمدی' });
    const id = p.concept.id;
    expect(id).toMatch(/strategic-patience/u);
    expect(await getConcept(editor, id)).toMatchObject({ ok: false, code: 'glossary-concept-not-found' });
    expect((await unwrap(pendingProposals(editor))).map((x) => x.id)).toContain(p.id);
    expect(await approveProposal(translator, p.id)).toMatchObject({ ok: false, code: 'forbidden' });
    const created = await unwrap(approveProposal(editor, p.id));
    expect(created.terms.map((t) => t.text)).toEqual(['strategic patience', 'صبر راهبردی', 'الصبر الاستراتيجي']);
    const history = await unwrap(conceptHistory(translator, id));
    expect(history.map((h) => [h.action, h.authorName])).toEqual([['create', 'ليلى حداد']]);
    expect(await approveProposal(editor, p.id)).toMatchObject({ ok: false, code: 'proposal-decided' });
    expect((await unwrap(pendingProposals(editor))).map((x) => x.id)).not.toContain(p.id);
  });

  it('a proposed change applies only on the version it was made on; a rejection keeps its reason', async () => {
    const stored = await unwrap(createConcept(editor, { id: 'wf-restraint', terms: [{ lang: 'en', text: 'restraint', status: 'preferred' }] }));
    const change = await unwrap(proposeConcept(translator, { conceptId: stored.id, baseVersion: stored.version, concept: { terms: [{ lang: 'en', text: 'restraint', status: 'preferred' }, { lang: 'ar', text: 'ضبط النفس', status: 'preferred' }] } }));
    const late = await unwrap(proposeConcept(translator, { conceptId: stored.id, baseVersion: stored.version, concept: { terms: [{ lang: 'en', text: 'restraint', status: 'preferred' }, { lang: 'fa', text: 'خویشتن‌داری', status: 'preferred' }] } }));
    expect((await unwrap(approveProposal(editor, change.id))).terms.map((t) => t.text)).toEqual(['restraint', 'ضبط النفس']);
    expect(await approveProposal(editor, late.id)).toMatchObject({ ok: false, code: 'glossary-version-conflict' });
    const rejected = await unwrap(rejectProposal(editor, late.id, 'تغییر هم‌زمان؛ دوباره پیشنهاد دهید'));
    expect(rejected).toMatchObject({ status: 'rejected', decidedByName: 'ليلى حداد', reason: 'تغییر هم‌زمان؛ دوباره پیشنهاد دهید' });
    expect(await proposeConcept(translator, { concept: { terms: [] } })).toMatchObject({ ok: false, code: 'glossary-invalid' });
    expect(await approveProposal(editor, 'x')).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(await approveProposal(editor, 9_999_999)).toMatchObject({ ok: false, code: 'proposal-not-found' });
  });
});

describe('assignments', () => {
  it('say which translator and editor work on a language; editors assign, translators read', async () => {
    await unwrap(assignDocument(editor, { documentId: doc, lang: 'fa', role: 'translator', userId: translator.id }));
    await unwrap(assignDocument(editor, { documentId: doc, lang: 'fa', role: 'editor', userId: editor.id }));
    expect(await assignDocument(editor, { documentId: doc, lang: 'ar', role: 'editor', userId: translator.id })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(await assignDocument(editor, { documentId: doc, lang: 'en', role: 'translator', userId: translator.id })).toMatchObject({ ok: false, code: 'invalid-value' });
    expect(await assignDocument(translator, { documentId: doc, lang: 'ar', role: 'translator', userId: translator.id })).toMatchObject({ ok: false, code: 'forbidden' });
    const seen = await unwrap(documentAssignments(translator, doc));
    expect(seen.canAssign).toBe(false);
    expect(seen.candidates).toEqual([]);
    expect(seen.assignments.map((a) => [a.lang, a.role, a.name])).toEqual([['fa', 'editor', 'ليلى حداد'], ['fa', 'translator', 'رضا احمدی']]);
    await unwrap(assignDocument(editor, { documentId: doc, lang: 'fa', role: 'translator', userId: null }));
    expect((await unwrap(documentAssignments(editor, doc))).assignments.map((a) => a.role)).toEqual(['editor']);
    const log = await unwrap(auditLog(SYSTEM_ACTOR, { action: 'assign' }));
    expect(log.filter((e) => e.subject === `document ${doc} fa`)).toHaveLength(3);
  });
});

describe('the audit log of publications and QA overrides', () => {
  it('records a publication over open errors as publish and qa-override, with the reason; a refused one records nothing', async () => {
    const before = (await unwrap(auditLog(SYSTEM_ACTOR, { limit: 1000 }))).length;
    expect(await publishEdition(translator, { documentId: doc, lang: 'ar', overrideReason: 'عاجل' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await publishEdition(editor, { documentId: doc, lang: 'ar' })).toMatchObject({ ok: false, code: 'publish-blocked' });
    expect((await unwrap(auditLog(SYSTEM_ACTOR, { limit: 1000 }))).length).toBe(before);
    const p = await unwrap(publishEdition(editor, { documentId: doc, lang: 'ar', overrideReason: 'نشر عاجل بطلب رئيس التحرير' }));
    const log = (await unwrap(auditLog(SYSTEM_ACTOR, { limit: 10 }))).filter((e) => e.subject === `document ${doc} ar`);
    expect(log.map((e) => [e.action, e.actorName])).toEqual([['qa-override', 'ليلى حداد'], ['publish', 'ليلى حداد']]);
    expect(log[0]!.details).toMatchObject({ publication: p.id, reason: 'نشر عاجل بطلب رئيس التحرير' });
  });
});
