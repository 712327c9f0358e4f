import { describe, expect, it } from 'vitest';
import { readTmx } from '../formats/tmx-read';
import { unitsFromTmx } from './tmx-units';

describe('srclang *all*', () => {
  it('takes English as the source when the unit has it, else its first variant (an Arabic–Farsi memory)', () => {
    const xml = `<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="*all*" datatype="plaintext"/><body>
      <tu><tuv xml:lang="ar"><seg>لم يتبنَّ أحد الضربة.</seg></tuv><tuv xml:lang="fa"><seg>هیچ گروهی مسئولیت این حمله را بر عهده نگرفت.</seg></tuv></tu>
      <tu><tuv xml:lang="ar"><seg>توعّدت بالرد.</seg></tuv><tuv xml:lang="en-GB"><seg>It promised a response.</seg></tuv></tu></body></tmx>`;
    const { units, warnings } = unitsFromTmx(readTmx(xml), 'me');
    expect(warnings).toEqual([]);
    expect(units.map((u) => [u.sourceLang, u.targetLang, u.sourceText])).toEqual([
      ['ar', 'fa', 'لم يتبنَّ أحد الضربة.'],
      ['en', 'ar', 'It promised a response.'],
    ]);
  });
});
