import { describe, expect, it } from 'vitest';
import { appCacheSize } from './embedded';

const GB = 1024 ** 3;

describe('appCacheSize', () => {
  it('gives the app server a quarter of the machine, between the stock 128MB and 4GB', () => {
    expect(appCacheSize(8 * GB)).toBe('2048MB');
    expect(appCacheSize(24 * GB)).toBe('4096MB');
    expect(appCacheSize(256 * GB)).toBe('4096MB');
    expect(appCacheSize(GB / 4)).toBe('128MB');
  });
});
