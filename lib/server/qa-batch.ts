import { z } from 'zod';
import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { insertAcceptances, listAcceptances, type Acceptance } from '../db/qa-acceptances';
import { transaction } from '../db/sql';
import { targetLangs } from '../documents/target-langs';
import { isDraft } from '../documents/translation-state';
import type { DocumentRow } from '../documents/views';
import { filterFindings, findingItems, type CheckCount, type FindingFilter, type FindingItem } from '../qa/finding-filter';
import { cleanReason } from '../qa/reason';
import { findingKey } from '../qa/run';
import type { Finding } from '../qa/types';
import { LANGS, type Lang } from '../text/lang';
import { act } from './act';
import { audit } from './audit';
import type { Actor } from './actor';
import { checkDocument } from './document-qa';
import { documentOrNotFound } from './load';
import { can } from './policy';

/** The most findings one batch may accept (a filtered page's worth). */
export const MAX_BATCH = 1000;
/** The most findings the QA page lists at once; the filters narrow the rest. */
export const PAGE_LIMIT = 300;

/** What the QA overview shows: the findings of every target language through the filter, counts per check, gates. */
export interface QaOverview {
  doc: DocumentRow;
  langs: Lang[];
  items: FindingItem[];
  shown: number;
  matching: number;
  total: number;
  counts: CheckCount[];
  gates: { lang: Lang; openErrors: number; openWarnings: number; blocked: boolean }[];
  acceptances: (Acceptance & { lang: Lang })[];
  canAccept: boolean;
}

/** Every finding of a document in its target languages, filtered (QA page that scales). */
export function qaOverview(actor: Actor, documentId: unknown, filter: FindingFilter): Promise<ActionResult<QaOverview>> {
  return act(actor, 'qa.read', async () => {
    const doc = await documentOrNotFound(documentId);
    const langs = targetLangs(doc.sourceLang);
    const runs = await Promise.all(langs.map((lang) => checkDocument(doc, lang)));
    const acceptances = (await Promise.all(langs.map((lang) => listAcceptances(doc.id, lang).then((rows) => rows.map((a) => ({ ...a, lang })))))).flat();
    const stateOf = new Map(doc.segments.map((s) => [String(s.id), s]));
    const all = findingItems(
      runs.map((r) => ({
        lang: r.lang,
        findings: r.findings,
        accepted: r.accepted,
        segmentState: (unitId: string) => {
          const s = stateOf.get(unitId);
          const tr = s?.translations[r.lang];
          if (!s) return '';
          return tr && isDraft(tr.state, tr.text) ? 'draft' : (tr?.state ?? 'initial');
        },
      })),
    );
    const { items, counts, total } = filterFindings(all, filter);
    return {
      doc,
      langs,
      items: items.slice(0, PAGE_LIMIT),
      shown: Math.min(items.length, PAGE_LIMIT),
      matching: items.length,
      total,
      counts,
      gates: runs.map((r) => ({ lang: r.lang, openErrors: r.openErrors, openWarnings: r.openWarnings, blocked: r.blocked })),
      acceptances,
      canAccept: can(actor, 'qa.accept'),
    };
  });
}

const BatchSchema = z.object({
  items: z.array(z.object({ lang: z.enum(LANGS), key: z.string().min(1).max(4000) })).max(MAX_BATCH),
  reason: z.string().max(10_000).nullish(),
});

/** What a batch acceptance did: how many were accepted now, how many were already. */
export interface BatchAccepted {
  accepted: number;
  alreadyAccepted: number;
}

/**
 * Accepts several findings with one reason, all in one transaction. Each is found again on the
 * server (its params are the real ones); if one is gone (its text changed) nothing is accepted
 * (`qa-finding-not-found` {count}). Findings already accepted keep their first reason.
 */
export function acceptFindings(actor: Actor, documentId: unknown, input: { items: unknown; reason: unknown }): Promise<ActionResult<BatchAccepted>> {
  return act(actor, 'qa.accept', async () => {
    if (Array.isArray(input.items) && input.items.length > MAX_BATCH) throw new AppError('qa-too-many-selected', { max: MAX_BATCH });
    const p = BatchSchema.safeParse(input);
    if (!p.success) throw new AppError('invalid-input', { field: p.error.issues[0]?.path.join('.') ?? '' });
    if (p.data.items.length === 0) throw new AppError('qa-nothing-selected');
    const reason = cleanReason(p.data.reason);
    const doc = await documentOrNotFound(documentId);
    const wanted = new Map<string, { lang: Lang; key: string }>();
    for (const it of p.data.items) wanted.set(JSON.stringify([it.lang, it.key]), it);
    const found: { lang: Lang; finding: Finding }[] = [];
    let missing = 0;
    const targets = targetLangs(doc.sourceLang);
    for (const lang of new Set([...wanted.values()].map((w) => w.lang))) {
      if (!targets.includes(lang)) {
        missing += [...wanted.values()].filter((w) => w.lang === lang).length;
        continue;
      }
      const qa = await checkDocument(doc, lang);
      const byKey = new Map(qa.findings.map((f) => [findingKey(f), f]));
      for (const w of wanted.values()) {
        if (w.lang !== lang) continue;
        const f = byKey.get(w.key);
        if (f) found.push({ lang, finding: f });
        else missing++;
      }
    }
    if (missing > 0) throw new AppError('qa-finding-not-found', { count: missing });
    const done = await transaction(async (tx) => {
      const rows = await insertAcceptances(tx, { documentId: doc.id, items: found, reason, author: actor.id });
      // accepted error findings let the edition past the QA gate: an override of QA, audited
      const errors = found.filter((f) => f.finding.severity === 'error');
      if (errors.length > 0) await audit({ actor: actor.id, action: 'qa-override', subject: `document ${doc.id}`, details: { errors: errors.length, langs: [...new Set(errors.map((e) => e.lang))].join(','), reason } }, tx);
      return rows;
    });
    return { accepted: done.length, alreadyAccepted: found.length - done.length };
  });
}
