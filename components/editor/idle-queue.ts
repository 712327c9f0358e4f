/** How long after the last key, click or scroll the queue waits: the person's own work comes first. */
const QUIET_MS = 800;
/** Idle time a task needs (mounting a Tiptap editor takes a few ms on a quiet machine, tens on a busy one). */
const NEEDS_MS = 20;

/**
 * Tasks run one per idle period of the browser, once nobody has typed, clicked or scrolled for a moment
 * (the editors of panes on screen mount this way, a moment after the page opens and between bursts of work).
 */
export function idleQueue(): (task: () => void) => () => void {
  const tasks = new Set<() => void>();
  let scheduled = false;
  const hasWindow = typeof window !== 'undefined';
  // the page's opening counts as the first input: rows that turn live grow (their counts, state menus,
  // terms) and push the rows below them down, which must not happen under the first click
  let lastInput = hasWindow ? performance.now() : -Infinity;
  if (hasWindow) {
    const touch = () => (lastInput = performance.now());
    for (const type of ['keydown', 'pointerdown', 'wheel', 'scroll']) window.addEventListener(type, touch, { capture: true, passive: true });
  }
  const ric: (cb: (d: { timeRemaining: () => number }) => void) => void =
    hasWindow && 'requestIdleCallback' in window ? (cb) => window.requestIdleCallback(cb, { timeout: 2000 }) : (cb) => setTimeout(() => cb({ timeRemaining: () => 50 }), 16);
  const pump = (deadline: { timeRemaining: () => number }) => {
    scheduled = false;
    const quietFor = performance.now() - lastInput;
    if (quietFor < QUIET_MS) return void setTimeout(schedule, QUIET_MS - quietFor);
    if (deadline.timeRemaining() >= NEEDS_MS) {
      const [task] = tasks;
      if (task) {
        tasks.delete(task);
        task();
      }
    }
    if (tasks.size > 0) schedule();
  };
  function schedule() {
    if (scheduled) return;
    scheduled = true;
    ric(pump);
  }
  return (task) => {
    tasks.add(task);
    schedule();
    return () => void tasks.delete(task);
  };
}
