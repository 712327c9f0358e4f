'use server';

import { asCurrentActor } from '@/lib/server/act';
import { lookupSegment } from '@/lib/server/tm';
import type { Lang } from '@/lib/text/lang';

/** The TM panel's matches for the segment and target language in focus. */
export async function tmLookupAction(documentId: number, segmentId: number, lang: Lang) {
  return asCurrentActor((actor) => lookupSegment(actor, { documentId, segmentId, lang }));
}
