/**
 * Performance marks of the editor's opening (hydrated, rows loaded, editor code loaded, first editor
 * ready), read by bench/editor.mjs for its breakdown. Each is set once per page; no-ops on the server.
 */
export type OpenMark = 'hydrated' | 'rows-loaded' | 'editor-code' | 'editor-ready';

export function markOpen(name: OpenMark): void {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  const full = `tarjuman:${name}`;
  if (performance.getEntriesByName(full, 'mark').length === 0) performance.mark(full);
}
