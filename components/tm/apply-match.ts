import type { Editor } from '@tiptap/react';
import type { PmNode } from '@/lib/documents/types';
import type { Lang } from '@/lib/text/lang';
import type { EditorGrid } from '@/components/editor/editor-grid-context';

/** A plain text as editor content: one paragraph per line. */
export function textContent(text: string): PmNode {
  const lines = text.split('\n');
  return { type: 'doc', content: lines.map((l) => (l === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: l }] })) };
}

/**
 * Runs `edit` on the editor of a row's target pane once it stands (mounting the pane first when it is
 * not yet; tried for about a second of frames). A do-not-translate row keeps its target read-only, for
 * the memory too. False when the row has no such pane.
 */
function withPaneEditor(grid: EditorGrid, segmentIndex: number, lang: Lang, edit: (editor: Editor) => void): boolean {
  const cell = grid.cell(segmentIndex, lang);
  if (!cell) return false;
  const run = (tries: number) => {
    const editor = cell.editor();
    if (!editor) {
      if (tries === 0) cell.activate();
      if (tries < 60) requestAnimationFrame(() => run(tries + 1));
      return;
    }
    if (editor.isEditable) edit(editor);
  };
  run(0);
  return true;
}

/** Replaces the target pane of a row with a match's target; the pane's own update handler saves it, as a draft. */
export function applyToPane(grid: EditorGrid, segmentIndex: number, lang: Lang, content: PmNode): boolean {
  return withPaneEditor(grid, segmentIndex, lang, (editor) => editor.chain().focus().setContent(content as object, { emitUpdate: true }).focus('end').run());
}

/** Inserts a sentence match's target at the caret of a row's target pane, with a space before it when needed. */
export function insertIntoPane(grid: EditorGrid, segmentIndex: number, lang: Lang, text: string): boolean {
  return withPaneEditor(grid, segmentIndex, lang, (editor) => {
    const before = editor.state.doc.textBetween(Math.max(0, editor.state.selection.from - 1), editor.state.selection.from);
    const lead = before === '' || /\s/u.test(before) ? '' : ' ';
    editor.chain().focus().insertContent(`${lead}${text}`).run();
  });
}
