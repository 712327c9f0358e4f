import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import ar from './ar.json';
import en from './en.json';
import fa from './fa.json';
import { ERROR_STATUS } from '../lib/contract/error-codes';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

// the argument names a message uses, and its literal words (select/plural keywords are not words)
function walk(elements: MessageFormatElement[], args: Set<string>, words: string[]): void {
  for (const el of elements) {
    if (el.type === TYPE.literal) words.push(el.value);
    else if (el.type === TYPE.pound) continue;
    else {
      if ('value' in el && typeof el.value === 'string') args.add(el.value);
      if ('options' in el) for (const opt of Object.values(el.options)) walk(opt.value, args, words);
      if (el.type === TYPE.tag) walk(el.children, args, words);
    }
  }
}

function analyse(message: string): { args: string; words: string } {
  const args = new Set<string>();
  const words: string[] = [];
  walk(parse(message, { ignoreTag: true }), args, words);
  return { args: [...args].sort().join(), words: words.join(' ') };
}

// what may stay Latin in an Arabic or Farsi string: names of formats, keys, the product's own
// language names, placeholders and markup
const ALLOWED_LATIN = /\{[^{}]*\}|\b(?:Markdown|HTML|XML|DTD|UTF-8|XLIFF|TBX|CSV|TSV|DOCX|docx|Word|Ctrl|Enter|Alt|English|PDF|URL|X|Twitter|Telegram|ID|TM|TMX)\b|\.docx|\.txt|\.md/gu;

const EN = flatten(en as Tree);
const OTHERS = { ar: flatten(ar as Tree), fa: flatten(fa as Tree) };

describe('message catalogues', () => {
  for (const [lang, messages] of Object.entries(OTHERS)) {
    it(`${lang} has exactly the keys of en`, () => {
      expect([...messages.keys()].filter((k) => !EN.has(k))).toEqual([]);
      expect([...EN.keys()].filter((k) => !messages.has(k))).toEqual([]);
    });

    it(`${lang} uses the same placeholders as en`, () => {
      const differ = [...EN].filter(([k, v]) => messages.has(k) && analyse(v).args !== analyse(messages.get(k)!).args).map(([k]) => k);
      expect(differ).toEqual([]);
    });

    it(`${lang} has no empty message and no English left in it`, () => {
      const bad = [...messages].filter(([k, v]) => {
        if (k.startsWith('LocaleSwitcher.name.')) return false; // each language named in its own script
        const rest = analyse(v).words.replace(ALLOWED_LATIN, '');
        return v.trim() === '' || /[A-Za-z]{3,}/u.test(rest);
      });
      expect(bad).toEqual([]);
    });
  }
});

describe('the one error namespace', () => {
  it('words exactly the error codes of lib/contract/error-codes.ts', () => {
    expect(Object.keys(en.Errors).sort()).toEqual(Object.keys(ERROR_STATUS).sort());
  });

  it('has no second catalogue of errors left in a page namespace', () => {
    const stray = [...EN.keys()].filter((k) => /(^|\.)errors\./u.test(k) || k.startsWith('GlossaryErrors.'));
    expect(stray).toEqual([]);
  });
});
