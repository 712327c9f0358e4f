'use client';

import { useEffect, useState } from 'react';

/**
 * False until React has taken over the page: forms that submit through React keep their button
 * disabled until then, so an early click never falls back to a plain browser submission.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
