'use client';

import { useEffect, useState } from 'react';
import { runSegmentChecks } from '@/lib/qa/run';
import type { Finding } from '@/lib/qa/types';
import type { Lang } from '@/lib/text/lang';
import type { EditorGrid } from './editor-grid-context';

const DELAY_MS = 250;

/** Reruns the segment checks on this one segment a moment after the translator stops typing. */
export function useSegmentQa(opts: { enabled: boolean; unitId: string; sourceText: string; targetText: string; targetLang: Lang; grid: EditorGrid }): Finding[] {
  const { enabled, unitId, sourceText, targetText, targetLang, grid } = opts;
  const [findings, setFindings] = useState<Finding[]>([]);
  useEffect(() => {
    // an untouched empty target is just work to do, not a finding to shout about
    if (!enabled || targetText.trim() === '') {
      setFindings([]);
      return;
    }
    const timer = setTimeout(() => {
      setFindings(runSegmentChecks({ unitId, sourceText, targetText }, grid.qaContext(targetLang)));
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [enabled, unitId, sourceText, targetText, targetLang, grid]);
  return findings;
}
