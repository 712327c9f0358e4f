import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    glossaryTerm: {
      /** Marks the selection as a confirmed occurrence of a glossary concept. */
      setGlossaryTerm: (attrs: { conceptId: string }) => ReturnType;
      /** Removes the confirmation from the selection. */
      unsetGlossaryTerm: () => ReturnType;
      /** Inserts a term at the caret, marked with its concept. */
      insertGlossaryTerm: (attrs: { conceptId: string; text: string }) => ReturnType;
    };
  }
}

/** A term the translator confirmed: saved with the text (automatic matches are decorations). */
export const GlossaryTerm = Mark.create({
  name: 'glossaryTerm',
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      conceptId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-concept-id'),
        renderHTML: (attrs) => (attrs.conceptId ? { 'data-concept-id': attrs.conceptId } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-concept-id]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'glossary-term' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setGlossaryTerm:
        (attrs) =>
        ({ commands }) =>
          commands.setMark(this.name, attrs),
      unsetGlossaryTerm:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
      insertGlossaryTerm:
        ({ conceptId, text }) =>
        ({ chain }) =>
          chain()
            .insertContent({ type: 'text', text, marks: [{ type: this.name, attrs: { conceptId } }] })
            .run(),
    };
  },
});
