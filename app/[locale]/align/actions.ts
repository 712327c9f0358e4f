'use server';

import { z } from 'zod';
import { alignTexts, detectLang } from '@/lib/align';
import { createAlignedDocument } from '@/lib/db/alignments';
import { AppError, toAppError } from '@/lib/db/errors';
import { glossaryIndex } from '@/lib/db/glossary';
import type { AlignResult } from '@/components/align/types';

const MAX = 500_000;

/** Splits both texts into sentences and aligns them (lengths, numbers, glossary terms, names). */
export async function alignAction(sourceText: string, targetText: string, targetLang: 'ar' | 'fa' | 'auto'): Promise<{ ok: true; result: AlignResult } | { ok: false; error: string }> {
  const p = z.object({ s: z.string().max(MAX), t: z.string().max(MAX), l: z.enum(['ar', 'fa', 'auto']) }).safeParse({ s: sourceText, t: targetText, l: targetLang });
  if (!p.success) return { ok: false, error: 'align-too-large' };
  if (p.data.s.trim() === '' || p.data.t.trim() === '') return { ok: false, error: 'align-empty' };
  const lang = p.data.l === 'auto' ? detectLang(p.data.t) : p.data.l;
  if (lang === 'en' || detectLang(p.data.s) !== 'en') return { ok: false, error: 'align-languages' };
  try {
    const r = alignTexts(p.data.s, p.data.t, { sourceLang: 'en', targetLang: lang, termIndex: await glossaryIndex() });
    return { ok: true, result: { targetLang: lang, source: r.source.map((s) => s.text), target: r.target.map((s) => s.text), links: r.links } };
  } catch (err) {
    console.error(err);
    return { ok: false, error: toAppError(err).code };
  }
}

const Keep = z.object({
  title: z.string().max(300),
  targetLang: z.enum(['ar', 'fa']),
  pairs: z.array(z.object({ source: z.string().max(MAX), target: z.string().max(MAX) })).max(20_000),
});

/** Keeps the confirmed pairs as a new document (there is no translation-memory table yet). */
export async function keepPairsAction(input: z.input<typeof Keep>): Promise<{ ok: true; documentId: number } | { ok: false; error: string }> {
  const p = Keep.safeParse(input);
  if (!p.success) return { ok: false, error: 'invalid-input' };
  try {
    return { ok: true, documentId: await createAlignedDocument({ ...p.data, sourceLang: 'en' }) };
  } catch (err) {
    if (!(err instanceof AppError)) console.error(err);
    return { ok: false, error: toAppError(err).code };
  }
}
