import type { TranslationState } from './types';

/**
 * The state of a target saved without an explicit state (the house rule, docs/editor.md): a draft is
 * "initial" with text, so typing makes a draft, and a change of the text of a confirmed ("translated"),
 * "reviewed" or "final" target drops it back to draft; a save that leaves the text as it was (marks
 * only) keeps the state.
 */
export function stateAfterSave(previous: TranslationState | undefined, previousText: string | undefined, text: string): TranslationState {
  if (text.trim() === '') return 'initial';
  return previous !== undefined && previousText === text ? previous : 'initial';
}

/** A target that counts as confirmed: "translated" (Ctrl+Enter), "reviewed" or "final". */
export function isConfirmed(state: TranslationState | undefined): boolean {
  return state === 'translated' || state === 'reviewed' || state === 'final';
}

/** A target that is a draft: text typed but not confirmed. */
export function isDraft(state: TranslationState | undefined, text: string): boolean {
  return (state ?? 'initial') === 'initial' && text.trim() !== '';
}

/**
 * The state of a target brought in without an explicit state (XLIFF import): a text makes it
 * "translated", no text "initial", a later state stays.
 */
export function stateAfterEdit(previous: TranslationState | undefined, text: string): TranslationState {
  if (text.trim() === '') return 'initial';
  return previous && previous !== 'initial' ? previous : 'translated';
}

/** The state a translator's confirmation (Ctrl+Enter) gives: initial becomes translated, a later state stays. */
export function confirmedState(current: TranslationState): TranslationState {
  return current === 'initial' ? 'translated' : current;
}

/** The state of two targets merged into one: it needs a fresh look unless both halves had been at least translated. */
export function mergedState(a: TranslationState | undefined, b: TranslationState | undefined, text: string): TranslationState {
  if (a && b && a !== 'initial' && b !== 'initial') return 'translated';
  return text.trim() ? 'translated' : 'initial';
}

/**
 * The state of a target brought back from an XLIFF file: the file's state ("initial" with a text is a
 * draft, as in the editor); without one, as a text brought in.
 */
export function importedState(fileState: TranslationState | undefined, previous: TranslationState | undefined, text: string): TranslationState {
  if (fileState) return fileState;
  return stateAfterEdit(previous, text);
}
