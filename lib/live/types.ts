import type { PmNode, TranslationState } from '../documents/types';
import type { Lang } from '../text/lang';

/** How often an open editor says where it is, and how long a silent one still counts as present. */
export const PRESENCE_HEARTBEAT_MS = 15_000;
export const PRESENCE_TTL_S = 45;

/** The NOTIFY payload of channel `segment_changed` (sent by a trigger at commit, migration 00010). */
export interface SegmentChanged {
  documentId: number;
  segmentId: number;
  lang: Lang;
  version: number;
  author: string;
}

/** One pane as it is stored after a change, pushed to every editor of the document. */
export interface LivePane {
  documentId: number;
  segmentId: number;
  lang: Lang;
  content: PmNode | null;
  text: string;
  state: TranslationState;
  version: number;
  author: { id: string; name: string };
  /** The source pane (its change may come with a split or a merge). */
  isSource: boolean;
}

/** One open editor of a document: who, and the pane it is in (none when only reading). */
export interface PresentPerson {
  clientId: string;
  user: { id: string; name: string };
  segmentId: number | null;
  lang: Lang | null;
}

/** What the events stream sends (`event:` names the type, `data:` is the JSON). */
/** The comment threads of one pane changed: its open and total counts now. */
export interface PaneComments {
  segmentId: number;
  lang: Lang;
  open: number;
  total: number;
}

export type LiveEvent =
  | { type: 'segment'; pane: LivePane }
  | { type: 'presence'; people: PresentPerson[] }
  | { type: 'comments'; counts: PaneComments }
  /** Segments were split, merged or added: the rows are to be read again. */
  | { type: 'structure' };

/**
 * How far before the last event an editor heard a catch-up reaches back: a save's row carries the
 * time its transaction began, which can be a little before its commit (and its NOTIFY).
 */
export const CATCH_UP_MARGIN_MS = 5_000;

const positive = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;

/** The pane a NOTIFY payload names ({documentId, segmentId, lang, …}), or null when it is not one. */
export function parsePanePayload(payload: string): ({ documentId: number; segmentId: number; lang: Lang } & Record<string, unknown>) | null {
  try {
    const p = JSON.parse(payload) as Record<string, unknown>;
    if (!positive(p.documentId) || !positive(p.segmentId) || (p.lang !== 'en' && p.lang !== 'ar' && p.lang !== 'fa')) return null;
    return { ...p, documentId: p.documentId, segmentId: p.segmentId, lang: p.lang };
  } catch {
    return null;
  }
}

/** Whether a NOTIFY payload is a well-formed segment change. */
export function parseSegmentChanged(payload: string): SegmentChanged | null {
  const p = parsePanePayload(payload);
  if (!p || !positive(p.version)) return null;
  return { documentId: p.documentId, segmentId: p.segmentId, lang: p.lang, version: p.version, author: String(p.author ?? '') };
}
