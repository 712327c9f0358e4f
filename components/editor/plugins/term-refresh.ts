/**
 * The transaction meta that makes the term-highlight plugin match a pane again (after the glossary
 * changed). A plain string, so that the grid can send it without loading ProseMirror itself.
 */
export const TERM_REFRESH = 'termHighlight:refresh';
