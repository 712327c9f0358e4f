/**
 * Tasks run one after another while the browser is idle, a few per idle period (the editors of rows on
 * screen mount this way, after the first paint and between keystrokes).
 */
export function idleQueue(): (task: () => void) => () => void {
  const tasks = new Set<() => void>();
  let scheduled = false;
  const ric: (cb: (d: { timeRemaining: () => number }) => void) => void =
    typeof window !== 'undefined' && 'requestIdleCallback' in window
      ? (cb) => window.requestIdleCallback(cb, { timeout: 1000 })
      : (cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 16);
  const pump = (deadline: { timeRemaining: () => number }) => {
    scheduled = false;
    for (const task of tasks) {
      if (deadline.timeRemaining() < 4) break;
      tasks.delete(task);
      task();
    }
    if (tasks.size > 0) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    ric(pump);
  };
  return (task) => {
    tasks.add(task);
    schedule();
    return () => void tasks.delete(task);
  };
}
