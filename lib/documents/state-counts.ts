import type { Lang } from '../text/lang';
import { countWords } from '../text/word-count';

/** The states a target goes through, in order ('draft' where the editor keeps one); others follow. */
export const STATE_ORDER = ['initial', 'draft', 'translated', 'reviewed', 'final'] as const;

/** Segments and source words of one target language in one state. */
export interface StateCount {
  state: string;
  segments: number;
  words: number;
}

/** One target language of a document: every state with segments and words, and the totals. */
export interface LangStateCounts {
  lang: Lang;
  segments: number;
  words: number;
  states: StateCount[];
}

/** A live segment to be translated: its source text and the state of each target that exists. */
export interface SegmentStates {
  sourceText: string;
  states: Partial<Record<Lang, string>>;
}

/**
 * Per target language, how many segments and how many source words are in each state (a segment with
 * no target is 'initial'), as CAT tools count them: the words to translate are the source's, counted by
 * countWords (ZWNJ joins, clitics do not split). States in STATE_ORDER, then any other in name order.
 */
export function countStates(segments: Iterable<SegmentStates>, sourceLang: Lang, targets: readonly Lang[]): LangStateCounts[] {
  const per = new Map(targets.map((l) => [l, new Map<string, StateCount>()]));
  let total = 0;
  let totalWords = 0;
  for (const s of segments) {
    const words = countWords(s.sourceText, sourceLang);
    total++;
    totalWords += words;
    for (const lang of targets) {
      const state = s.states[lang] ?? 'initial';
      const m = per.get(lang)!;
      const c = m.get(state) ?? { state, segments: 0, words: 0 };
      c.segments++;
      c.words += words;
      m.set(state, c);
    }
  }
  const rank = (st: string) => {
    const i = (STATE_ORDER as readonly string[]).indexOf(st);
    return i < 0 ? STATE_ORDER.length : i;
  };
  return targets.map((lang) => ({
    lang,
    segments: total,
    words: totalWords,
    states: [...per.get(lang)!.values()].sort((a, b) => rank(a.state) - rank(b.state) || a.state.localeCompare(b.state)),
  }));
}
