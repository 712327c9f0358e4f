import { z } from 'zod';
import { AppError } from '../contract/app-error';
import type { ActionResult } from '../contract/result';
import { alignTexts as alignSentences, detectLang } from '../align';
import { alignedDocumentDraft, type AlignResult } from '../documents/aligned-pairs';
import { act } from './act';
import type { Actor } from './actor';
import { storeDraft } from './documents';
import { glossarySnapshot } from './glossary-cache';
import { rememberAlignedPairs } from './tm';

const MAX = 500_000;

/** Splits an English text and its Arabic or Farsi edition into sentences and aligns them (lengths, numbers, glossary terms, names). */
export function alignTexts(actor: Actor, sourceText: unknown, targetText: unknown, targetLang: unknown): Promise<ActionResult<AlignResult>> {
  return act(actor, 'align.run', async () => {
    const p = z.object({ s: z.string().max(MAX), t: z.string().max(MAX), l: z.enum(['ar', 'fa', 'auto']) }).safeParse({ s: sourceText, t: targetText, l: targetLang });
    if (!p.success) throw new AppError('align-too-large', { max: MAX });
    if (p.data.s.trim() === '' || p.data.t.trim() === '') throw new AppError('align-empty');
    const lang = p.data.l === 'auto' ? detectLang(p.data.t) : p.data.l;
    if (lang === 'en' || detectLang(p.data.s) !== 'en') throw new AppError('align-languages');
    const r = alignSentences(p.data.s, p.data.t, { sourceLang: 'en', targetLang: lang, termIndex: (await glossarySnapshot()).index });
    return { targetLang: lang, source: r.source.map((s) => s.text), target: r.target.map((s) => s.text), links: r.links };
  });
}

const Keep = z.object({
  title: z.string().max(300),
  targetLang: z.enum(['ar', 'fa']),
  pairs: z.array(z.object({ source: z.string().max(MAX), target: z.string().max(MAX) })).max(20_000),
  sourceUrl: z.string().max(2000).nullable().optional(),
});

/**
 * Keeps the confirmed pairs of an aligned published translation as a new document (one segment per
 * pair, the translation `translated`), and the pairs as units of a memory named after it.
 */
export function keepAlignedPairs(actor: Actor, input: unknown): Promise<ActionResult<{ documentId: number }>> {
  return act(actor, 'align.keep', async () => {
    const p = Keep.safeParse(input);
    if (!p.success) throw new AppError('invalid-input');
    const documentId = await storeDraft(actor, alignedDocumentDraft({ ...p.data, sourceLang: 'en' }));
    // issue 13: the kept pairs also go into a memory named after the document
    await rememberAlignedPairs(actor, { memory: p.data.title, documentId, sourceLang: 'en', targetLang: p.data.targetLang, pairs: p.data.pairs });
    return { documentId };
  });
}
