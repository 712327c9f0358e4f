import type { TmxProp } from '../formats/tmx-read';
import { segText } from '../formats/tmx-read';
import { escapeXml, parseXml } from '../formats/xml';

/**
 * The neighbouring sources a TMX unit was translated between, as the big tools write them: memoQ and
 * XTM `x-context-pre` / `x-context-post` (the text wrapped in a seg, escaped or as an element), OmegaT
 * `prev` / `next` (plain text). Read from the tu's props, then the source variant's.
 */
const PRE = new Set(['x-context-pre', 'prev']);
const POST = new Set(['x-context-post', 'next']);

/** The previous and next source texts a unit's props name (undefined when they name none; '' at a document's edge). */
export function contextOfProps(...lists: (TmxProp[] | undefined)[]): { pre: string | undefined; post: string | undefined } {
  let pre: string | undefined;
  let post: string | undefined;
  for (const list of lists) {
    for (const p of list ?? []) {
      if (p.type && PRE.has(p.type) && pre === undefined) pre = contextText(p.value);
      if (p.type && POST.has(p.type) && post === undefined) post = contextText(p.value);
    }
  }
  return { pre, post };
}

/** A context prop's text: a `<seg>…</seg>` value read as TMX seg content (codes dropped), anything else as written. */
export function contextText(value: string): string {
  const v = value.trim();
  if (!/^<seg[\s>/]/.test(v)) return value;
  try {
    return segText(parseXml(v));
  } catch {
    return v.replace(/<[^>]*>/g, '');
  }
}

/** The context props we write (memoQ's shape): the neighbouring sources as escaped seg elements. */
export function contextProps(pre: string | null, post: string | null): TmxProp[] {
  const out: TmxProp[] = [];
  if (pre !== null) out.push({ type: 'x-context-pre', lang: null, value: `<seg>${escapeXml(pre)}</seg>` });
  if (post !== null) out.push({ type: 'x-context-post', lang: null, value: `<seg>${escapeXml(post)}</seg>` });
  return out;
}
