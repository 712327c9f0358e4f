import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionResult } from '../../lib/contract/result';
import { createDocument, getDocument } from '../../lib/db/documents';
import { saveSegmentText } from '../../lib/db/segments';
import { closeSql, sql } from '../../lib/db/sql';
import type { DocumentDraft, PmNode } from '../../lib/documents/types';
import { alignTexts, keepAlignedPairs } from '../../lib/server/align';
import { assignDocument, documentAssignments } from '../../lib/server/assignments';
import { auditLog } from '../../lib/server/audit';
import { ROLES, SYSTEM_ACTOR, type Actor, type Role } from '../../lib/server/actor';
import { acceptFinding, qaPage, revokeAcceptance, runDocumentQa } from '../../lib/server/document-qa';
import { documentsPage, editorPage, importDocument, importDraft, listDocuments } from '../../lib/server/documents';
import { editionHistory, editionPage, exportDocument, importXliff, publishEdition, saveEditionStyle } from '../../lib/server/editions';
import {
  conceptHistory, conceptOccurrences, conceptPage, createConcept, deleteConcept, exportGlossary, getConcept, glossaryOverview,
  importConcepts, importGlossary, matchGlossary, restoreConcept, searchGlossary, updateConcept,
} from '../../lib/server/glossary';
import { approveProposal, pendingProposals, proposeConcept, rejectProposal } from '../../lib/server/glossary-proposals';
import { addQuote, alignQuote, applyOriginal, detectQuotes, quotesPage, removeQuote, updateQuote } from '../../lib/server/quotes';
import { documentStateProgress, reviewSegment, segmentReviewComments } from '../../lib/server/review';
import { documentQaSummaries, documentRows, mergeSegments, saveSegment, segmentRevisions, splitSegment } from '../../lib/server/segments';
import { plainDocument } from '../../lib/server/documents-plain';
import { addUser, disableUser, listUsers, me, setUserPassword, setUserRole } from '../../lib/server/users';
import { addComment, documentCommentCounts, listThreads, resolveThread } from '../../lib/server/comments';
import { acceptFindings, qaOverview } from '../../lib/server/qa-batch';
import { restoreRevision, segmentHistory } from '../../lib/server/history';
import { openLiveFeed } from '../../lib/server/live-hub';
import { documentPresence, heartbeat, leaveDocument } from '../../lib/server/presence';
import { findInDocument, replaceInDocument, replacePage } from '../../lib/server/replace';
import {
  analyzeDocument, concordance, deleteUnit, documentMemories, exportTmx, fillBigramKeys, exportTmxStream, importTmx, listMemories, lookupSegment, lookupText,
  pretranslateDocument, rememberConfirmed, saveDocumentMemories,
} from '../../lib/server/tm';
import { memoryOverview } from '../../lib/server/tm-memories';
import { unwrap } from './support';

// Every use case of lib/server, run as every role against the real database: the roles listed may
// do it (the answer is anything but `forbidden`, and never `internal`), the others are refused with
// `forbidden` and nothing in the database changes. The lists are written out here, apart from
// lib/server/policy.ts, so a change to the policy that changes who may do what fails this test.

const ALL: Role[] = ['admin', 'editor', 'translator', 'viewer'];
const WRITERS: Role[] = ['admin', 'editor', 'translator'];
const EDITORS: Role[] = ['admin', 'editor'];
const ADMINS: Role[] = ['admin'];

const para = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const actors = {} as Record<Role, Actor>;
let doc = 0;
let seg: number[] = [];
const CONCEPT = 'role-table-muqawama';
let proposal = 0;
let other = '';
let thread = 0;
let revision = 0;
const TMX = new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="role-table" creationtoolversion="1" segtype="sentence" o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/>
<body><tu><tuv xml:lang="en"><seg>The factions are silent.</seg></tuv><tuv xml:lang="ar"><seg>الفصائل صامتة.</seg></tuv></tu></body></tmx>`);

async function targetVersion(segmentId: number, lang: string): Promise<number> {
  const [r] = await sql<{ version: number }[]>`select version from translations where segment_id = ${segmentId} and lang = ${lang}`;
  return r?.version ?? 0;
}

beforeAll(async () => {
  for (const role of ROLES) {
    const a = await unwrap(addUser(SYSTEM_ACTOR, { email: `table-${role}@example.test`, name: `Table ${role}`, role, password: 'role table password' }));
    actors[role] = { id: a.id, role };
  }
  const draft: DocumentDraft = {
    title: 'Role table', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en',
    segments: ['The resistance factions remain silent.', 'Kataib Hezbollah issued a statement.', '“We will respond,” the statement said.', 'A fourth one.'].map((text) => ({ kind: 'paragraph' as const, content: para(text), text })),
  };
  doc = await createDocument(draft, 'local');
  seg = (await getDocument(doc))!.segments.map((s) => s.id);
  for (const id of seg) {
    const text = 'لا تزال فصائل المقاومة صامتة.';
    await saveSegmentText({ segmentId: id, lang: 'ar', baseVersion: 0, content: para(text), text, author: 'local', state: 'translated' });
    await saveSegmentText({ segmentId: id, lang: 'fa', baseVersion: 0, content: para('گروه‌های مقاومت هنوز ساکت‌اند.'), text: 'گروه‌های مقاومت هنوز ساکت‌اند.', author: 'local', state: 'translated' });
  }
  await unwrap(createConcept(SYSTEM_ACTOR, { id: CONCEPT, terms: [{ lang: 'en', text: 'resistance', status: 'preferred' }, { lang: 'ar', text: 'المقاومة', status: 'preferred' }, { lang: 'fa', text: 'مقاومت', status: 'preferred' }] }));
  proposal = (await unwrap(proposeConcept(actors.translator, { concept: { terms: [{ lang: 'en', text: 'restraint', status: 'preferred' }, { lang: 'fa', text: 'خویشتن‌داری', status: 'preferred' }] } }))).id;
  thread = (await unwrap(addComment(actors.translator, { target: { kind: 'segment', segmentId: seg[0]!, lang: 'ar' }, body: 'هل هذه الصياغة صحيحة؟' })))[0]!.id;
  [{ id: revision }] = await sql<{ id: number }[]>`select id from revisions where segment_id = ${seg[0]!} and lang = 'ar' order by id limit 1`;
  other = (await unwrap(addUser(SYSTEM_ACTOR, { email: 'table-other@example.test', role: 'translator', password: 'role table password' }))).email;
});
afterAll(() => closeSql());

type Row = [name: string, allowed: Role[], run: (actor: Actor) => Promise<ActionResult<unknown, unknown>>];

const TABLE: Row[] = [
  // documents
  ['listDocuments', ALL, (a) => listDocuments(a)],
  ['editorPage', ALL, (a) => editorPage(a, doc)],
  ['documentRows', ALL, (a) => documentRows(a, doc, 0, 10)],
  ['plainDocument', ALL, (a) => plainDocument(a, doc)],
  ['importDocument', EDITORS, (a) => importDocument(a, { bytes: new TextEncoder().encode('# Imported\n\nOne paragraph.'), fileName: 'x.md' })],
  ['importDraft', EDITORS, (a) => importDraft(a, { title: 'Draft', authors: [], publishedOn: null, sourceUrl: null, sourceLang: 'en', segments: [{ kind: 'paragraph', content: para('One.'), text: 'One.' }] })],
  ['documentAssignments', ALL, (a) => documentAssignments(a, doc)],
  ['assignDocument', EDITORS, (a) => assignDocument(a, { documentId: doc, lang: 'fa', role: 'translator', userId: actors.translator.id })],
  // segments
  ['saveSegment', WRITERS, async (a) => saveSegment(a, { segmentId: seg[3]!, lang: 'fa', baseVersion: await targetVersion(seg[3]!, 'fa'), content: para('متن تازه'), text: 'متن تازه' })],
  ['segmentRevisions', ALL, (a) => segmentRevisions(a, seg[0]!)],
  ['mergeSegments', EDITORS, (a) => mergeSegments(a, doc, seg[2]!)],
  ['splitSegment', EDITORS, (a) => splitSegment(a, doc, seg[0]!, 4)],
  // review
  ['reviewSegment', EDITORS, async (a) => reviewSegment(a, { segmentId: seg[1]!, lang: 'ar', version: await targetVersion(seg[1]!, 'ar'), step: 'review' })],
  ['segmentReviewComments', ALL, (a) => segmentReviewComments(a, seg[1]!)],
  ['documentStateProgress', ALL, (a) => documentStateProgress(a, doc)],
  // QA and editions
  ['runDocumentQa', ALL, (a) => runDocumentQa(a, doc, 'ar')],
  ['qaPage', ALL, (a) => qaPage(a, doc, 'ar')],
  ['acceptFinding', EDITORS, (a) => acceptFinding(a, { documentId: doc, lang: 'ar', key: 'no-such-finding', reason: 'مقصود' })],
  ['revokeAcceptance', EDITORS, (a) => revokeAcceptance(a, { documentId: doc, lang: 'ar', key: 'no-such-finding' })],
  ['editionPage', ALL, (a) => editionPage(a, doc, 'ar')],
  ['saveEditionStyle', EDITORS, (a) => saveEditionStyle(a, doc, 'ar', {})],
  ['publishEdition', EDITORS, (a) => publishEdition(a, { documentId: doc, lang: 'fa' })],
  ['editionHistory', ALL, (a) => editionHistory(a, doc, 'ar')],
  ['exportDocument', ALL, (a) => exportDocument(a, doc, 'ar', 'md')],
  ['importXliff', WRITERS, (a) => importXliff(a, { documentId: doc, lang: 'ar', bytes: new TextEncoder().encode('<xliff/>') })],
  // glossary
  ['searchGlossary', ALL, (a) => searchGlossary(a, 'مقاومة')],
  ['glossaryOverview', ALL, (a) => glossaryOverview(a, '')],
  ['getConcept', ALL, (a) => getConcept(a, CONCEPT)],
  ['conceptHistory', ALL, (a) => conceptHistory(a, CONCEPT)],
  ['conceptOccurrences', ALL, (a) => conceptOccurrences(a, CONCEPT)],
  ['conceptPage', ALL, (a) => conceptPage(a, CONCEPT)],
  ['matchGlossary', ALL, (a) => matchGlossary(a, 'The resistance', 'en')],
  ['exportGlossary', ALL, (a) => exportGlossary(a, 'csv')],
  ['createConcept', EDITORS, (a) => createConcept(a, { terms: [{ lang: 'en', text: `calm ${a.role}`, status: 'preferred' }] })],
  ['updateConcept', EDITORS, async (a) => updateConcept(a, CONCEPT, { id: CONCEPT, terms: [{ lang: 'en', text: 'resistance', status: 'preferred' }, { lang: 'ar', text: 'المقاومة', status: 'preferred' }] }, (await unwrap(getConcept(SYSTEM_ACTOR, CONCEPT))).version)],
  ['deleteConcept', EDITORS, (a) => deleteConcept(a, CONCEPT)],
  ['restoreConcept', EDITORS, (a) => restoreConcept(a, CONCEPT)],
  ['importConcepts', EDITORS, (a) => importConcepts(a, [])],
  ['importGlossary', EDITORS, (a) => importGlossary(a, { bytes: new TextEncoder().encode('not a glossary'), fileName: 'g.tbx' })],
  ['proposeConcept', WRITERS, (a) => proposeConcept(a, { concept: { terms: [{ lang: 'en', text: `ceasefire ${a.role}`, status: 'preferred' }, { lang: 'ar', text: 'وقف إطلاق النار', status: 'preferred' }] } })],
  ['pendingProposals', ALL, (a) => pendingProposals(a)],
  ['approveProposal', EDITORS, (a) => approveProposal(a, proposal)],
  ['rejectProposal', EDITORS, (a) => rejectProposal(a, proposal, 'تکراری است')],
  // quotes and alignment
  ['quotesPage', ALL, (a) => quotesPage(a, doc)],
  ['detectQuotes', WRITERS, (a) => detectQuotes(a, doc)],
  ['addQuote', WRITERS, (a) => addQuote(a, doc, { segmentId: seg[2]!, start: 0, end: 5 })],
  ['removeQuote', WRITERS, (a) => removeQuote(a, doc, 999_999)],
  ['updateQuote', WRITERS, (a) => updateQuote(a, doc, 999_999, 1, {})],
  ['applyOriginal', WRITERS, (a) => applyOriginal(a, doc, 999_999)],
  ['alignQuote', WRITERS, (a) => alignQuote(a, doc, 999_999, 'سنرد', 'ar')],
  ['alignTexts', WRITERS, (a) => alignTexts(a, 'The factions are silent.', 'الفصائل صامتة.', 'ar')],
  ['keepAlignedPairs', EDITORS, (a) => keepAlignedPairs(a, {})],
  // accounts and the audit log
  // comments, history and live work
  ['addComment', WRITERS, (a) => addComment(a, { target: { kind: 'segment', segmentId: seg[0]!, lang: 'ar' }, body: `ملاحظة من ${a.role}` })],
  ['listThreads', ALL, (a) => listThreads(a, { kind: 'segment', segmentId: seg[0]!, lang: 'ar' })],
  ['resolveThread', WRITERS, (a) => resolveThread(a, thread, a.role !== 'admin')],
  ['documentCommentCounts', ALL, (a) => documentCommentCounts(a, doc)],
  ['segmentHistory', ALL, (a) => segmentHistory(a, seg[0]!)],
  ['restoreRevision', WRITERS, async (a) => restoreRevision(a, { revisionId: revision, baseVersion: await targetVersion(seg[0]!, 'ar') })],
  ['heartbeat', ALL, (a) => heartbeat(a, { documentId: doc, clientId: `table-client-${a.role}`, segmentId: seg[0]!, lang: 'ar' })],
  ['documentPresence', ALL, (a) => documentPresence(a, doc)],
  ['leaveDocument', ALL, (a) => leaveDocument(a, `table-client-${a.role}`)],
  ['openLiveFeed', ALL, async (a) => {
    const r = await openLiveFeed(a, doc, () => {});
    if (r.ok) r.value();
    return r;
  }],
  // find and replace, QA in bulk
  ['documentsPage', ALL, (a) => documentsPage(a)],
  ['findInDocument', ALL, (a) => findInDocument(a, { documentId: doc, lang: 'fa', query: 'مقاومت' })],
  ['replacePage', ALL, (a) => replacePage(a, doc)],
  ['replaceInDocument', WRITERS, async (a) => replaceInDocument(a, { documentId: doc, lang: 'fa', query: 'مقاومت', replacement: 'ایستادگی', segments: [{ segmentId: seg[1]!, version: await targetVersion(seg[1]!, 'fa') }] })],
  ['qaOverview', ALL, (a) => qaOverview(a, doc, {})],
  ['documentQaSummaries', ALL, (a) => documentQaSummaries(a, doc)],
  ['acceptFindings', EDITORS, (a) => acceptFindings(a, doc, { items: [{ lang: 'ar', key: 'no-such-finding' }], reason: 'مقصود' })],
  // translation memory
  ['lookupSegment', ALL, (a) => lookupSegment(a, { documentId: doc, segmentId: seg[0]!, lang: 'ar' })],
  ['lookupText', ALL, (a) => lookupText(a, { source: 'en', target: 'ar', text: 'The resistance factions remain silent.' })],
  ['concordance', ALL, (a) => concordance(a, { lang: 'ar', text: 'المقاومة' })],
  ['analyzeDocument', ALL, (a) => analyzeDocument(a, { documentId: doc, lang: 'ar' })],
  ['pretranslateDocument', WRITERS, (a) => pretranslateDocument(a, { documentId: doc, lang: 'ar' })],
  ['rememberConfirmed', WRITERS, (a) => rememberConfirmed(a, { segmentId: seg[0]!, lang: 'ar' })],
  ['importTmx', EDITORS, (a) => importTmx(a, { bytes: TMX, memory: `table-${a.role}` })],
  ['exportTmx', ALL, (a) => exportTmx(a, { source: 'en', target: 'ar' })],
  ['exportTmxStream', ALL, (a) => exportTmxStream(a, { source: 'en', target: 'ar' })],
  ['listMemories', ALL, (a) => listMemories(a)],
  ['memoryOverview', ALL, (a) => memoryOverview(a)],
  ['deleteUnit', EDITORS, (a) => deleteUnit(a, 999_999)],
  ['fillBigramKeys', EDITORS, (a) => fillBigramKeys(a)],
  ['documentMemories', ALL, (a) => documentMemories(a, doc)],
  ['saveDocumentMemories', EDITORS, (a) => saveDocumentMemories(a, { documentId: doc, memoryIds: [], threshold: 75 })],
  ['me', ALL, (a) => me(a)],
  ['listUsers', ADMINS, (a) => listUsers(a)],
  ['addUser', ADMINS, (a) => addUser(a, { email: `added-by-${a.role}@example.test`, role: 'viewer', password: 'role table password' })],
  ['setUserRole', ADMINS, (a) => setUserRole(a, { email: other, role: 'editor' })],
  ['setUserPassword', ADMINS, (a) => setUserPassword(a, { email: other, password: 'another long password' })],
  ['disableUser', ADMINS, (a) => disableUser(a, { email: other })],
  ['auditLog', ADMINS, (a) => auditLog(a)],
];

// helpers of the use cases that take an actor but are not use cases themselves
const NOT_USE_CASES = new Set(['setProcessActor', 'can', 'authorize', 'storeDraft', 'rememberAlignedPairs']);

/** Every row of every table a use case writes, as one hash per table. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not in ('sessions', 'sign_in_attempts', 'schema_migrations')`;
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    // the names come from the catalogue, not from input
    const [r] = await sql.unsafe<{ h: string }[]>(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${name}" x`);
    out[name] = r!.h;
  }
  return out;
}

describe('the role table', () => {
  it('lists every use case of lib/server', () => {
    const dir = join(import.meta.dirname, '..', '..', 'lib', 'server');
    const exported = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/^export (?:async )?function (\w+)\(actor: Actor\b/gmu)].map((m) => m[1]!));
    expect(exported.filter((n) => !NOT_USE_CASES.has(n)).sort()).toEqual(TABLE.map(([n]) => n).sort());
  });

  for (const [name, allowed, run] of TABLE) {
    it(`${name}: ${allowed.join(', ')}`, async () => {
      // the refused roles first, so that nothing the allowed ones change can hide a refusal
      for (const role of [...ALL].reverse()) {
        const before = allowed.includes(role) ? null : await fingerprint();
        const r = await run(actors[role]);
        const code = r.ok ? 'ok' : r.code;
        if (before) {
          expect(code, `${role} must be refused ${name}`).toBe('forbidden');
          expect(await fingerprint(), `${role} refused ${name} but something changed`).toEqual(before);
        } else {
          expect(code, `${role} may ${name}`).not.toBe('forbidden');
          expect(code, `${role}: ${name} failed inside`).not.toBe('internal');
        }
      }
    });
  }
});
