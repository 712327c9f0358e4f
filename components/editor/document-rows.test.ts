import { describe, expect, it } from 'vitest';
import { chunkOffsets, ROWS_CHUNK, rowsUrl } from './document-rows';

describe('the chunks of rows after the first screen', () => {
  it('cover every row once, in order, from the first after the page’s own', () => {
    expect(chunkOffsets(40, 27)).toEqual([]);
    expect(chunkOffsets(40, 40)).toEqual([]);
    expect(chunkOffsets(40, 41)).toEqual([40]);
    expect(chunkOffsets(40, 300)).toEqual([40]);
    expect(chunkOffsets(40, 540)).toEqual([40]);
    expect(chunkOffsets(40, 541)).toEqual([40, 540]);
    expect(chunkOffsets(40, 3000)).toEqual([40, 540, 1040, 1540, 2040, 2540]);
  });

  it('are asked for at the address the page preloads, 500 rows each', () => {
    expect(ROWS_CHUNK).toBe(500);
    expect(rowsUrl(7, 540)).toBe('/api/documents/7/rows?offset=540&limit=500');
  });
});
