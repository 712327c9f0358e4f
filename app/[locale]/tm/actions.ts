'use server';

import { asCurrentActor } from '@/lib/server/act';
import { concordance, deleteUnit, importTmx } from '@/lib/server/tm';
import { failure } from '@/lib/contract/result';
import type { Lang } from '@/lib/text/lang';

/** Units whose text in `lang` holds the words searched, with where. */
export async function concordanceAction(lang: Lang, text: string) {
  return asCurrentActor((actor) => concordance(actor, { lang, text }));
}

/** Deletes one unit from its memory (editors). */
export async function deleteUnitAction(unitId: number) {
  return asCurrentActor((actor) => deleteUnit(actor, unitId));
}

/** Imports an uploaded TMX file into a named memory (the file's name when none is given), all or nothing. */
export async function importTmxAction(form: FormData) {
  const file = form.get('file');
  const name = form.get('memory');
  const memory = typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
  if (!(file instanceof File) || file.size === 0) return failure('invalid-input', { field: 'file' });
  const bytes = new Uint8Array(await file.arrayBuffer());
  return asCurrentActor((actor) => importTmx(actor, { bytes, memory, fileName: file.name }));
}
