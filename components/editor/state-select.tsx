'use client';

import { useTranslations } from 'next-intl';
import { TRANSLATION_STATES, type TranslationState } from '@/lib/documents/types';

/**
 * A target's state as a translator reads it (docs/editor.md): "initial" is "Not translated" while empty and
 * "Draft" once it has text; "translated" is "Confirmed". Reviewed and final are an editor's to set.
 */
export function StateSelect(props: { state: TranslationState; hasText: boolean; disabled: boolean; canReview: boolean; label: string; onChange: (s: TranslationState) => void }) {
  const t = useTranslations('Editor');
  const { state, hasText, canReview } = props;
  const shown = state === 'initial' && hasText ? 'draft' : state;
  return (
    <select
      data-testid="state"
      data-shown={shown}
      value={state}
      disabled={props.disabled || !hasText}
      aria-label={props.label}
      onChange={(e) => props.onChange(e.target.value as TranslationState)}
      className={`rounded border border-transparent bg-transparent py-0.5 hover:border-stone-300 ${shown === 'draft' ? 'text-amber-800' : shown === 'initial' ? '' : 'text-emerald-800'}`}
    >
      {TRANSLATION_STATES.map((st) => (
        <option key={st} value={st} disabled={(st === 'reviewed' || st === 'final') && !canReview && st !== state}>
          {t(`state.${st === 'initial' && hasText ? 'draft' : st}`)}
        </option>
      ))}
    </select>
  );
}
