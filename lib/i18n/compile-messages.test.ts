import { describe, expect, it } from 'vitest';
import format from 'icu-minify/format';
import ar from '../../messages/ar.json';
import en from '../../messages/en.json';
import fa from '../../messages/fa.json';
import { compileCatalogue, type Catalogue, type CompiledCatalogue } from './compile-messages';

const formatters = {
  getDateTimeFormat: (...a: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...a),
  getNumberFormat: (...a: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...a),
  getPluralRules: (...a: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...a),
};
const at = (c: CompiledCatalogue, path: string) => path.split('.').reduce((o: unknown, k) => (o as CompiledCatalogue)[k], c) as never;
const say = (c: CompiledCatalogue, locale: string, path: string, values?: Record<string, string | number>) => format(at(c, path), locale, values, { formatters });

describe('the message catalogues, compiled for the browser', () => {
  const compiled = { en: compileCatalogue(en as Catalogue), ar: compileCatalogue(ar as Catalogue), fa: compileCatalogue(fa as Catalogue) };

  it('every message of en, ar and fa compiles, into plain data', () => {
    for (const c of Object.values(compiled)) {
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      expect(Object.keys(c).length).toBeGreaterThan(10);
    }
  });

  it('Arabic plurals take all six forms, with Arabic-Indic or Latin digits as the locale writes them', () => {
    const counts = (n: number) => say(compiled.ar, 'ar', 'Editor.counts', { words: n, characters: 1 });
    expect(counts(0)).toBe('لا كلمات · حرف واحد');
    expect(counts(1)).toBe('كلمة واحدة · حرف واحد');
    expect(counts(2)).toBe('كلمتان · حرف واحد');
    expect(counts(3)).toBe(`${new Intl.NumberFormat('ar').format(3)} كلمات · حرف واحد`);
    expect(counts(11)).toBe(`${new Intl.NumberFormat('ar').format(11)} كلمة · حرف واحد`);
    expect(counts(100)).toBe(`${new Intl.NumberFormat('ar').format(100)} كلمة · حرف واحد`);
  });

  it('Farsi keeps its ZWNJ, English fills its arguments', () => {
    expect(say(compiled.fa, 'fa', 'Editor.paneLabel', { lang: 'فارسی', n: '۳' })).toBe('فارسی، بخش ۳');
    const catcher = say(compiled.fa, 'fa', 'Editor.typedCatcher');
    expect(catcher).toBe((fa as { Editor: { typedCatcher: string } }).Editor.typedCatcher);
    expect(catcher).toContain('\u200c');
    expect(say(compiled.en, 'en', 'Editor.paneLabel', { lang: 'Arabic', n: 7 })).toBe('Arabic, segment 7');
  });
});
