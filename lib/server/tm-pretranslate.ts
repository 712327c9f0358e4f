// Analysis and pre-translation of a document against its memories (issue 13).
import { z } from 'zod';
import { AppError } from '../contract/app-error';
import { IdSchema } from '../contract/ids';
import type { ActionResult } from '../contract/result';
import { transaction } from '../db/sql';
import { documentHead, documentSegments, documentSettingRows, writeFromMemory } from '../db/tm';
import { touchDocument } from '../db/translations';
import type { PmNode } from '../documents/types';
import { LANGS, type Lang } from '../text/lang';
import { countWords } from '../text/word-count';
import { contextKey } from '../tm/rank';
import { BANDS, bandOf, type Band, type BandCount, type PretranslateReport, type TmMatch } from '../tm/types';
import { act } from './act';
import type { Actor } from './actor';
import { parse } from './tm-common';
import { findMatches } from './tm-match';

export const PretranslateSchema = z.object({ documentId: IdSchema, lang: z.enum(LANGS), min: z.number().int().min(50).max(101).optional() });

/** Counts by band of the document's empty targets in `lang` against its memories; writes nothing. */
export function analyzeDocument(actor: Actor, input: unknown): Promise<ActionResult<PretranslateReport>> {
  return act(actor, 'tm.read', async () => {
    const p = parse(PretranslateSchema, input);
    return (await runPretranslation(actor, p.documentId, p.lang, p.min ?? 100, false)).report;
  });
}

/**
 * Fills every empty target in `lang` from context and exact matches (state translated) and, when
 * `min` < 100, from fuzzy matches scoring at least `min` (state initial); marked as from memory; one transaction.
 */
export function pretranslateDocument(actor: Actor, input: unknown): Promise<ActionResult<PretranslateReport>> {
  return act(actor, 'tm.pretranslate', async () => {
    const p = parse(PretranslateSchema, input);
    return (await runPretranslation(actor, p.documentId, p.lang, p.min ?? 100, true)).report;
  });
}

async function runPretranslation(actor: Actor, documentId: number, lang: Lang, min: number, write: boolean): Promise<{ report: PretranslateReport }> {
  const head = await documentHead(documentId);
  if (!head) throw new AppError('document-not-found', { id: documentId });
  if (head.sourceLang === lang) throw new AppError('invalid-input', { field: 'lang' });
  const settings = await documentSettingRows(documentId);
  const memoryIds = settings.memories.map((m) => m.id);
  const segments = await documentSegments(documentId, lang);
  const empty = segments.filter((s) => (s.targetText ?? '').trim() === '' && s.text.trim() !== '');
  const found = await findMatches(
    { sourceLang: head.sourceLang, targetLang: lang, memoryIds },
    empty.map((s) => ({ text: s.text, lang: head.sourceLang, prevKey: contextKey(s.prevText, head.sourceLang), nextKey: contextKey(s.nextText, head.sourceLang) })),
    { threshold: Math.min(70, min), limit: 1, memoryOrder: memoryIds, concurrency: 4, fuzzy: 'unless-exact' },
  );
  const bands = Object.fromEntries(BANDS.map((b) => [b, { segments: 0, words: 0 }])) as Record<Band, BandCount>;
  const writes: { seg: (typeof empty)[number]; match: TmMatch }[] = [];
  for (const [i, seg] of empty.entries()) {
    const best = found[i]?.[0] ?? null;
    const band = bands[bandOf(best?.score ?? null)];
    band.segments++;
    band.words += countWords(seg.text, head.sourceLang);
    if (best && best.score >= min) writes.push({ seg, match: best });
  }
  let filled = 0;
  let filledFuzzy = 0;
  if (write && writes.length > 0) {
    await transaction(async (tx) => {
      const written = new Set(
        await writeFromMemory(
          tx,
          writes.map(({ seg, match }) => {
            const text = match.adjustedTarget ?? match.target;
            return {
              segmentId: seg.id,
              lang,
              content: match.targetContent && match.adjustedTarget === null ? match.targetContent : paragraphDoc(text),
              text,
              state: match.score >= 100 ? ('translated' as const) : ('initial' as const),
              origin: { unitId: match.unitId, score: match.score, memory: match.memory.name },
              author: actor.id,
            };
          }),
        ),
      );
      for (const { seg, match } of writes) {
        if (!written.has(seg.id)) continue;
        filled++;
        if (match.score < 100) filledFuzzy++;
      }
      await touchDocument(tx, documentId);
    });
  }
  return { report: { documentId, lang, bands, skipped: segments.length - empty.length, filled, filledFuzzy, min } };
}

const paragraphDoc = (text: string): PmNode => ({ type: 'doc', content: [{ type: 'paragraph', ...(text ? { content: [{ type: 'text', text }] } : {}) }] });
