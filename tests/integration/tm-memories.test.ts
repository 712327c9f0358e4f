import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSql } from '../../lib/db/sql';
import { importTmx } from '../../lib/server/tm';
import { memoryOverview } from '../../lib/server/tm-memories';
import { actorWith, EDITOR, unwrap } from './support';

afterAll(() => closeSql());

describe('memoryOverview (the Memories page)', () => {
  it('lists an imported memory with its units and its language pairs', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/tmx/en-ar-fa.tmx'));
    const name = `Overview ${Date.now()}`;
    await unwrap(importTmx(EDITOR, { bytes, memory: name }));
    const all = await unwrap(memoryOverview(EDITOR));
    const m = all.find((x) => x.name === name)!;
    expect(m.kind).toBe('imported');
    // the fixture: four English–Arabic and four English–Farsi pairs
    expect(m.units).toBe(8);
    expect(m.pairs).toEqual(
      expect.arrayContaining([
        { source: 'en', target: 'ar', units: 4 },
        { source: 'en', target: 'fa', units: 4 },
      ]),
    );
    expect(m.pairs.reduce((n, p) => n + p.units, 0)).toBe(m.units);
  });

  it('is open to every role that may read the memory', async () => {
    const viewer = await actorWith('viewer');
    const r = await memoryOverview(viewer);
    expect(r.ok).toBe(true);
  });
});
