'use client';

import { useTranslations } from 'next-intl';

/** The state of a quote's original wording in a pane (locked, blocked edit, unlocked) and the toggle. */
export function OriginalLock({ unlocked, blocked, onToggle }: { unlocked: boolean; blocked: boolean; onToggle: () => void }) {
  const t = useTranslations('Editor');
  return (
    <div className="flex items-center gap-2 px-2 text-xs text-violet-900" data-testid="original-lock">
      <span>{unlocked ? t('originalUnlocked') : blocked ? t('originalBlocked') : t('originalLocked')}</span>
      <button type="button" aria-pressed={unlocked} className="underline" onClick={onToggle}>
        {unlocked ? t('lockOriginal') : t('unlockOriginal')}
      </button>
    </div>
  );
}
