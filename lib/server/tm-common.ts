// Helpers shared by the TM use cases (lib/server/tm*.ts): input parsing, memories by name, word counts.
import type { z } from 'zod';
import { AppError } from '../contract/app-error';
import type { Tx } from '../db/sql';
import { addWordStats, memoryByName, type UnitInsert } from '../db/tm';
import type { Lang } from '../text/lang';

/** The memory a document's confirmations go to when it chose none (migration 00007 creates it). */
export const DEFAULT_MEMORY = 'Tarjuman';

/** Adds the word counts of freshly written units (per language, source and target sides). */
export async function addStats(tx: Tx, units: readonly UnitInsert[]): Promise<void> {
  const by = new Map<Lang, Map<number, number>>();
  const add = (lang: Lang, words: number[]) => {
    let m = by.get(lang);
    if (!m) by.set(lang, (m = new Map()));
    for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  };
  for (const u of units) {
    add(u.sourceLang, u.sourceWords);
    add(u.targetLang, u.targetWords);
  }
  for (const [lang, counts] of by) await addWordStats(tx, lang, counts);
}

export async function memoryId(name: string): Promise<number> {
  const m = await memoryByName(name);
  if (!m) throw new AppError('tm-memory-not-found', { name });
  return m.id;
}



/** The input as the schema reads it, or `invalid-input` naming the first field that is not. */
export function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const p = schema.safeParse(input);
  if (!p.success) throw new AppError('invalid-input', { field: p.error.issues[0]?.path.join('.') ?? '' });
  return p.data;
}

