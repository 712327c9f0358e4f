import { finding } from '../finding';
import type { SegmentCheck } from '../types';

const URL_IN_TEXT = /(?:https?:\/\/|www\.)[^\s<>"«»“”]+/giu;
// Sentence punctuation glued to a URL in running text is not part of it.
const TRAILING = /[.,;:!?؟،؛)\]}'’»]+$/u;

/** URLs written out in a text (http(s):// or www.), without trailing sentence punctuation. */
export function urlsInText(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map((m) => m[0].replace(TRAILING, ''));
}

/** A comparable form of a link: scheme and host lower-cased, a final slash dropped. */
export function normalizeUrl(url: string): string {
  let u = url.trim().replace(/\/+$/u, '');
  if (/^www\./iu.test(u)) u = `http://${u}`;
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/iu.exec(u);
  if (!m) return u;
  const scheme = m[1]!.toLowerCase().replace(/^https:/u, 'http:');
  return scheme + m[2]!.toLowerCase().replace(/^www\./u, '') + m[3];
}

/** A link mark's href or a URL of the source that the target does not carry. */
export const linkMissing: SegmentCheck = {
  id: 'link-missing',
  severity: 'warning',
  scope: 'segment',
  run(seg) {
    const target = seg.targetText;
    if (!target || target.trim() === '') return [];
    const wanted = new Map<string, string>();
    for (const url of [...(seg.sourceLinks ?? []), ...urlsInText(seg.sourceText)]) {
      if (url.trim()) wanted.set(normalizeUrl(url), url.trim());
    }
    if (wanted.size === 0) return [];
    const have = new Set([...(seg.targetLinks ?? []), ...urlsInText(target)].map(normalizeUrl));
    return [...wanted]
      .filter(([key]) => !have.has(key))
      .map(([, url]) => finding(linkMissing, seg.unitId, { url }));
  },
};
