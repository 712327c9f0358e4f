import type { Lang } from '@/lib/text/lang';
import type { EditorGrid } from './editor-grid-context';
import { preferredTerm } from './preferred-term';

/**
 * Inserts a concept's preferred term, marked as a confirmed glossary term, at the caret of a pane
 * of the row (mounting the pane first if it is not yet); optionally replacing a range.
 */
export function insertTerm(grid: EditorGrid, segmentIndex: number, lang: Lang, conceptId: string, replace?: { from: number; to: number }): boolean {
  const term = preferredTerm(grid.concept(conceptId), lang);
  const cell = grid.cell(segmentIndex, lang);
  if (!term || !cell) return false;
  const run = (tries: number) => {
    const editor = cell.editor();
    if (!editor) {
      if (tries === 0) cell.activate();
      if (tries < 40) requestAnimationFrame(() => run(tries + 1));
      return;
    }
    const chain = editor.chain().focus();
    if (replace) chain.setTextSelection(replace);
    chain.insertGlossaryTerm({ conceptId, text: term.text }).run();
  };
  run(0);
  return true;
}
