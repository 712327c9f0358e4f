import { describe, expect, it } from 'vitest';
import { cliLang, describeCliError } from './cli-i18n';

describe('CLI messages from the shared catalogue', () => {
  it.each([
    [{ TARJUMAN_LANG: 'ar' }, 'ar'],
    [{ LANG: 'fa_IR.UTF-8' }, 'fa'],
    [{ LANG: 'ar_IQ.UTF-8', TARJUMAN_LANG: 'en' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{}, 'en'],
  ] as const)('%o -> %s', (env, lang) => {
    expect(cliLang(env)).toBe(lang);
  });

  it.each([
    ['en', 'empty.txt: import-empty {"size":1}', 'The file is empty. Nothing was imported.'],
    ['ar', 'empty.txt: import-empty {"size":1}', 'الملف فارغ. لم يُستورد شيء.'],
    ['fa', 'empty.txt: import-empty {"size":1}', 'پرونده خالی است. چیزی وارد نشد.'],
    ['ar', 'x.bin: import-binary {}', 'هذا الملف ليس نصاً (يبدو ملفاً ثنائياً). لم يُستورد شيء.'],
  ] as const)('%s: %s', (lang, line, expected) => {
    expect(describeCliError(line, lang)).toBe(expected);
  });

  it('returns null when the line has no known code (a path with hyphens is not one)', () => {
    expect(describeCliError('cannot read /tmp/my-file-name.txt: ENOENT', 'en')).toBeNull();
    expect(describeCliError('option --lang needs a value', 'ar')).toBeNull();
  });

  it('leaves a message with an ICU select or plural to its code (i18next would print its syntax)', () => {
    expect(describeCliError('glossary.tbx: glossary-invalid {"field":"definition","lang":"fa","issue":"too_long","max":5000}', 'fa')).toBeNull();
    expect(describeCliError('document-not-found {"id":"7"}', 'ar')).toBe('لم تعد هذه الوثيقة موجودة.');
  });
});
