import { describe, expect, it } from 'vitest';
import { readTmx } from '../formats/tmx-read';
import { writeTmx } from '../formats/tmx-write';
import { contextKey } from './rank';
import { contextOfProps, contextProps } from './tmx-context';
import { tmxUnitOf, unitsFromTmx } from './tmx-units';

const HEADER = '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>';
const file = (tu: string) => `<tmx version="1.4">${HEADER}<body>${tu}</body></tmx>`;

describe('TMX context props', () => {
  it.each([
    ['memoQ (escaped seg, on the tu)', '<prop type="x-context-pre">&lt;seg&gt;Nobody has claimed the strike.&lt;/seg&gt;</prop><prop type="x-context-post">&lt;seg&gt;The group &amp;amp; its allies.&lt;/seg&gt;</prop>', ''],
    ['XTM (seg element, on the source tuv)', '', '<prop type="x-context-pre"><seg>Nobody has claimed the strike.</seg></prop><prop type="x-context-post"><seg>The group &amp; its allies.</seg></prop>'],
    ['OmegaT (prev/next)', '<prop type="prev">Nobody has claimed the strike.</prop><prop type="next">The group &amp; its allies.</prop>', ''],
  ])('%s: read into the unit\'s context keys', (_name, tuProps, tuvProps) => {
    const xml = file(`<tu tuid="9">${tuProps}<tuv xml:lang="en">${tuvProps}<seg>It promised a response.</seg></tuv><tuv xml:lang="ar"><seg>توعّدت بالرد.</seg></tuv></tu>`);
    const [unit] = unitsFromTmx(readTmx(xml), 'me').units;
    expect(unit!.prevKey).toBe(contextKey('Nobody has claimed the strike.', 'en'));
    expect(unit!.nextKey).toBe(contextKey('The group & its allies.', 'en'));
  });

  it('Arabic and Farsi neighbours keep their keys (letter variants folded, ZWNJ as the key has it)', () => {
    const props = contextProps('قالَ المتحدّث إنّ الضربة وقعت.', 'حزب‌الله بیانیه داد.');
    const ctx = contextOfProps(props);
    expect(ctx).toEqual({ pre: 'قالَ المتحدّث إنّ الضربة وقعت.', post: 'حزب‌الله بیانیه داد.' });
  });

  it('an editor unit exports its neighbours, and the export reads back to the same keys', () => {
    const prevKey = contextKey('Nobody has claimed the strike.', 'en');
    const nextKey = contextKey('The group promised a response.', 'en');
    const stored = { id: 3, sourceText: 'It said so.', targetText: 'قالت ذلك.', tuid: null, author: 'local', createdAt: '20240101T000000Z', changedAt: '20240101T000000Z', prevKey, nextKey };
    // with the neighbours' texts kept (new units) and with their keys only (units written before)
    for (const props of [{ context: { pre: 'Nobody has claimed the strike.', post: 'The group promised a response.' } }, null]) {
      const xml = writeTmx({ attrs: { srclang: 'en' } }, [tmxUnitOf({ ...stored, props }, 'en', 'ar')]);
      expect(xml).toContain('<prop type="x-context-pre">&lt;seg&gt;');
      const [unit] = unitsFromTmx(readTmx(xml), 'me').units;
      expect([unit!.prevKey, unit!.nextKey]).toEqual([prevKey, nextKey]);
    }
  });
});
