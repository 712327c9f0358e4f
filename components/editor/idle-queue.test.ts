import { describe, expect, it, vi } from 'vitest';
import { idleQueue } from './idle-queue';

describe('the idle queue that mounts editors of rows on screen', () => {
  it('runs every task once, in order, and not one that was cancelled', async () => {
    const idle = idleQueue();
    const ran: string[] = [];
    idle(() => ran.push('ar'));
    const cancel = idle(() => ran.push('fa'));
    idle(() => ran.push('en'));
    cancel();
    expect(ran).toEqual([]); // nothing at once: only when idle
    await vi.waitFor(() => expect(ran).toEqual(['ar', 'en']), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toEqual(['ar', 'en']);
  });

  it('runs a long queue to its end, none of it at once', async () => {
    const idle = idleQueue();
    let n = 0;
    for (let i = 0; i < 10; i++) idle(() => n++);
    expect(n).toBe(0);
    await vi.waitFor(() => expect(n).toBe(10), { timeout: 5000 });
  });
});
