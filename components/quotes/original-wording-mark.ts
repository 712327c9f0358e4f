import { Mark, mergeAttributes } from '@tiptap/core';

/**
 * Words of a quote in their original language (written by "use original wording"): printed verbatim by the
 * edition (lib/publish EDITION_MARKS.originalWording). Not inclusive, so typing next to it is ordinary text;
 * the editor must list this mark, or Tiptap refuses a target holding it.
 */
export const OriginalWording = Mark.create({
  name: 'originalWording',
  inclusive: false,
  excludes: '_',
  addAttributes() {
    return {
      lang: { default: null, parseHTML: (el) => el.getAttribute('lang'), renderHTML: (a) => (a.lang ? { lang: a.lang } : {}) },
      quoteId: { default: null, parseHTML: (el) => Number(el.getAttribute('data-quote-id')) || null, renderHTML: (a) => (a.quoteId ? { 'data-quote-id': a.quoteId } : {}) },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-original-wording]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { 'data-original-wording': '', class: 'original-wording' }), 0];
  },
});
