/**
 * Runs `task` once the page has had no key, click or text input for `quietMs` (counted from now), and
 * the browser is idle; at the latest after `maxMs`. For work that blocks the main thread for a while
 * (compiling the editor's code): it should not fall between a person's click and the key they type.
 * Returns a cancel function.
 */
export function whenQuiet(task: () => void, { quietMs, maxMs }: { quietMs: number; maxMs: number }): () => void {
  const start = performance.now();
  let lastInput = start;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const touch = () => (lastInput = performance.now());
  const types = ['keydown', 'pointerdown', 'beforeinput'] as const;
  for (const t of types) window.addEventListener(t, touch, { capture: true, passive: true });
  const stopListening = () => types.forEach((t) => window.removeEventListener(t, touch, { capture: true }));
  const run = () => {
    stopListening();
    task();
  };
  const check = () => {
    const now = performance.now();
    const quiet = now - lastInput;
    if (quiet < quietMs && now - start < maxMs) return void (timer = setTimeout(check, quietMs - quiet));
    if (typeof window.requestIdleCallback === 'function') idle = window.requestIdleCallback(run, { timeout: Math.max(1, maxMs - (now - start)) });
    else run();
  };
  timer = setTimeout(check, quietMs);
  return () => {
    clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
    stopListening();
  };
}
