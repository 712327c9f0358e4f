/**
 * Keep a link target only if it is one a reader can follow safely: http(s), mailto, tel,
 * a relative path or a named anchor. "#" alone (page-chrome placeholders) and script URLs go.
 */
export function safeHref(raw: string, base?: string | null): string | null {
  const href = raw.trim().replace(/[\u0000-\u001f\s]+/gu, '');
  if (!href || href === '#') return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(href)?.[1]?.toLowerCase();
  if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) return null;
  if (!scheme && base && !href.startsWith('#')) {
    try {
      return new URL(href, base).href;
    } catch {
      return href;
    }
  }
  return href;
}
