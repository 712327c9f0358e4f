import { isLang, type Lang } from '@/lib/text/lang';

// The editor's panes are found by the attributes they already carry (data-testid="cell-<id>-<lang>",
// data-lang, a row's data-segment-id and the save status), so the live layer needs no hook inside them.

/** The cell of a pane, if it is on the page. */
export function paneCell(segmentId: number, lang: Lang): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="cell-${segmentId}-${lang}"]`);
}

/** Whether someone is at work in this pane here: focus inside it, or text not yet saved. */
export function paneBusy(segmentId: number, lang: Lang): boolean {
  const cell = paneCell(segmentId, lang);
  if (!cell) return false;
  if (cell.contains(document.activeElement)) return true;
  const status = cell.querySelector<HTMLElement>('[data-testid="save-status"]')?.dataset.status;
  return status !== undefined && status !== 'saved';
}

/** Whether someone is at work in any pane here (a reload of the rows would disturb them). */
export function anyPaneBusy(): boolean {
  if (document.activeElement?.closest('[data-testid^="cell-"][data-lang]')) return true;
  return [...document.querySelectorAll<HTMLElement>('[data-testid="save-status"]')].some((el) => el.dataset.status !== 'saved');
}

/** The pane an element is in: its segment and language, or none. */
export function paneAt(el: Element | null): { segmentId: number | null; lang: Lang | null } {
  const cell = el?.closest<HTMLElement>('[data-testid^="cell-"][data-lang]');
  const row = cell?.closest<HTMLElement>('[data-segment-id]');
  const lang = cell?.dataset.lang;
  const id = Number(row?.dataset.segmentId);
  return cell && row && isLang(lang) && Number.isInteger(id) && id > 0 ? { segmentId: id, lang } : { segmentId: null, lang: null };
}
