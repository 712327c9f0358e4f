import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from './when-quiet';

// a window that takes listeners and events (no idle callbacks: the task runs once quiet)
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', new EventTarget());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
const key = () => window.dispatchEvent(new Event('keydown'));

describe('work that waits for a quiet moment (the editor code compiling after the page opens)', () => {
  it('runs once the page has been quiet for the time asked, not before', () => {
    const task = vi.fn();
    whenQuiet(task, { quietMs: 300, maxMs: 3000 });
    vi.advanceTimersByTime(299);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('a key typed meanwhile puts it off by the quiet time again', () => {
    const task = vi.fn();
    whenQuiet(task, { quietMs: 300, maxMs: 3000 });
    vi.advanceTimersByTime(200);
    key();
    vi.advanceTimersByTime(250);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest after the longest wait, however busy the keyboard', () => {
    const task = vi.fn();
    whenQuiet(task, { quietMs: 300, maxMs: 1000 });
    for (let t = 0; t < 1200; t += 100) {
      key();
      vi.advanceTimersByTime(100);
    }
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled', () => {
    const task = vi.fn();
    const cancel = whenQuiet(task, { quietMs: 300, maxMs: 3000 });
    cancel();
    vi.advanceTimersByTime(5000);
    expect(task).not.toHaveBeenCalled();
  });
});
