import type { TranslationState } from './types';

/**
 * The state of a target after its text is edited without an explicit state: typing into an untouched
 * target makes it "translated", clearing it makes it "initial" again, a later state stays.
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
 * The state of a target brought back from an XLIFF file: the file's state unless it says "initial"
 * for a non-empty text; without one, as after an edit.
 */
export function importedState(fileState: TranslationState | undefined, previous: TranslationState | undefined, text: string): TranslationState {
  if (fileState && !(fileState === 'initial' && text.trim() !== '')) return fileState;
  return stateAfterEdit(previous, text);
}
