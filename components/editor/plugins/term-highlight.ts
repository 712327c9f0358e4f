import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';
import { matchTerms, type TermIndex } from '@/lib/terms';
import type { TermMatch } from '@/lib/terms/types';
import type { Lang } from '@/lib/text/lang';
import { textBlocks } from './text-map';
import { TERM_REFRESH } from './term-refresh';

export interface TermHighlightOptions {
  lang: Lang;
  isTarget: boolean;
  getIndex: () => TermIndex | null;
  /** Called with the matches (document positions) after each change, e.g. for the term card. */
  onMatches?: (matches: PositionedMatch[]) => void;
}

export interface PositionedMatch extends TermMatch {
  from: number;
  to: number;
}

export const termHighlightKey = new PluginKey<DecorationSet>('termHighlight');

/** Finds the glossary terms of one pane's document (only this segment: the index is built once). */
export function findTermMatches(doc: PmNode, lang: Lang, index: TermIndex): PositionedMatch[] {
  const out: PositionedMatch[] = [];
  for (const block of textBlocks(doc)) {
    for (const m of matchTerms(index, block.text, lang)) out.push({ ...m, from: block.start + m.start, to: block.start + m.end });
  }
  return out;
}

function decorate(doc: PmNode, opts: TermHighlightOptions): DecorationSet {
  const index = opts.getIndex();
  if (!index) return DecorationSet.empty;
  const matches = findTermMatches(doc, opts.lang, index);
  opts.onMatches?.(matches);
  return DecorationSet.create(
    doc,
    matches.map((m) =>
      Decoration.inline(m.from, m.to, {
        class: 'term-match',
        'data-concept-id': m.conceptId,
        'data-status': m.status,
        'data-term': m.term,
        'data-error': opts.isTarget && (m.status === 'deprecated' || m.status === 'forbidden') ? 'true' : 'false',
      }),
    ),
  );
}

/**
 * Underlines recognized glossary terms as decorations (computed, never saved); a deprecated or
 * forbidden term in a target pane is marked as an error.
 */
export const TermHighlight = Extension.create<TermHighlightOptions>({
  name: 'termHighlight',

  addOptions() {
    return { lang: 'en', isTarget: false, getIndex: () => null };
  },

  addProseMirrorPlugins() {
    const opts = this.options;
    return [
      new Plugin<DecorationSet>({
        key: termHighlightKey,
        state: {
          init: (_config, state) => decorate(state.doc, opts),
          apply: (tr, old, _prev, state) => (tr.docChanged || tr.getMeta(TERM_REFRESH) ? decorate(state.doc, opts) : old.map(tr.mapping, tr.doc)),
        },
        props: {
          decorations: (state) => termHighlightKey.getState(state),
        },
      }),
    ];
  },
});
