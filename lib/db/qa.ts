import type { PmNode } from '../documents/types';
import { hasOpenErrors, openFindings, qaContext, runDocumentChecks } from '../qa/run';
import type { Finding, QaSegment } from '../qa/types';
import type { Concept } from '../terms/types';
import type { Lang } from '../text/lang';
import { getDocument } from './documents';
import { glossaryIndex, loadAllConcepts } from './glossary';
import { acceptedKeys } from './qa-acceptances';
import { originalsForDocument } from './quotes';
import { sql } from './sql';

export interface QaInput {
  sourceLang: Lang;
  segments: QaSegment[];
  concepts: Concept[];
  accepted: string[];
}

export type QuoteOriginals = Map<number, { originalLang: 'ar' | 'fa'; originalText: string }>;

/** The hrefs of the link marks in a Tiptap doc, in order. */
export function linkHrefs(node: PmNode | null | undefined): string[] {
  const out: string[] = [];
  const walk = (n: PmNode) => {
    for (const m of n.marks ?? []) if (m.type === 'link' && typeof m.attrs?.href === 'string') out.push(m.attrs.href);
    n.content?.forEach(walk);
  };
  if (node) walk(node);
  return [...new Set(out)];
}

/**
 * The original wording of quoted segments, by segment id (lib/db/quotes.ts), or undefined while the
 * quotes table does not exist (QA then runs without quote-not-original, the edition prints quotes as
 * translated).
 */
export async function quoteOriginalsForDocument(documentId: number): Promise<QuoteOriginals | undefined> {
  const [t] = await sql<{ exists: boolean }[]>`select to_regclass('public.quotes') is not null as exists`;
  return t?.exists ? originalsForDocument(documentId) : undefined;
}

/** A document id from the CLI or a URL: digits only, else null. */
export function parseDocumentId(id: number | string): number | null {
  const s = String(id);
  return /^\d{1,15}$/.test(s) && Number(s) > 0 ? Number(s) : null;
}

/**
 * What QA needs of a stored document in one target language: its live, translatable segments
 * (unitId = segment id, texts, link hrefs, quote originals), the glossary and the accepted keys.
 * Null for an unknown document.
 */
export async function loadQaInput(documentId: number | string, lang: Lang): Promise<QaInput | null> {
  const id = parseDocumentId(documentId);
  const doc = id === null ? null : await getDocument(id);
  if (!doc) return null;
  const [concepts, accepted, quotes] = await Promise.all([loadAllConcepts(), acceptedKeys(doc.id, lang), quoteOriginalsForDocument(doc.id)]);
  const segments: QaSegment[] = [];
  for (const s of doc.segments) {
    // Do-not-translate segments are printed as written; there is nothing to check.
    if (s.doNotTranslate) continue;
    const tr = s.translations[lang];
    const seg: QaSegment = {
      unitId: String(s.id),
      sourceText: s.text,
      targetText: tr ? tr.text : null,
      sourceLinks: linkHrefs(s.content),
    };
    if (tr) seg.targetLinks = linkHrefs(tr.content);
    const quote = quotes?.get(s.id);
    if (quote) seg.quote = quote;
    segments.push(seg);
  }
  return { sourceLang: doc.sourceLang, segments, concepts, accepted };
}

export interface DocumentQa extends QaInput {
  lang: Lang;
  findings: Finding[];
  open: Finding[];
  openErrors: number;
  openWarnings: number;
  blocked: boolean;
}

/** Runs every check on a stored document in one language: findings, the open ones and the gate. */
export async function runDocumentQa(documentId: number | string, lang: Lang): Promise<DocumentQa | null> {
  const input = await loadQaInput(documentId, lang);
  if (!input) return null;
  // the glossary's matcher index is cached per glossary generation: a recheck after each save
  // must not rebuild it (about a second at 100k concepts)
  const ctx =
    input.concepts.length === 0
      ? qaContext(input.sourceLang, lang)
      : { sourceLang: input.sourceLang, targetLang: lang, termIndex: await glossaryIndex(), concepts: new Map(input.concepts.map((c) => [c.id, c])) };
  const findings = runDocumentChecks(input.segments, ctx);
  const open = openFindings(findings, input.accepted);
  return {
    ...input,
    lang,
    findings,
    open,
    openErrors: open.filter((f) => f.severity === 'error').length,
    openWarnings: open.filter((f) => f.severity === 'warning').length,
    blocked: hasOpenErrors(findings, input.accepted),
  };
}
