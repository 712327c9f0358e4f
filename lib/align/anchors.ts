import type { Lang } from '../text/lang';
import { findNumbers } from '../text/numbers';
import { matchTerms } from '../terms';
import { numberWordKeys } from './number-words';
import { letterSignature } from './latin-phonemes';
import { arabicConsonants, arabicVariants, consonantKey, latinNameKey, prepareName, similarityPrepared, NAME_THRESHOLD, type PreparedName } from './transliterate';
import type { TermIndex } from './types';

/**
 * Anchors: evidence that two sentences render each other beyond their lengths. Every anchor is a key
 * shared by both sides (a number value in digits or words, a month, a concept id, a Latin name and the
 * Arabic-script words it transliterates, a Latin token written on both sides, brackets and quotations);
 * keys are interned to integers so the alignment's inner loop only compares small sorted arrays.
 */
export interface AnchorTable {
  source: Int32Array[];
  target: Int32Array[];
  /** Cost reduction when a key occurs on both sides of a bead. */
  bonus: Float64Array;
  /** Cost added for a key present on one side only (numbers: translations keep them). */
  penalty: Float64Array;
  sourceEnd: Uint8Array;
  targetEnd: Uint8Array;
}

// [bonus when shared, penalty when on one side] by kind: n number, m month, c concept, p name, l Latin
// token, q bracket or quotation. Names, Latin tokens and concepts found on both sides somewhere in the
// text cost ONE_SIDED where one side of a bead lacks them (see buildAnchors).
const WEIGHTS: Record<string, [number, number]> = { n: [3, 1.5], m: [2, 1], c: [2, 0], p: [3, 0], l: [3, 0], q: [1, 1] };
const ONE_SIDED = 1;
const LATIN = /^\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;
const STOP = new Set(
  ('the this that these those it its in on at for and but if when what how why who we you they he she ' +
    'a an is are do does can there some all also as by with from to of our your their his her after before ' +
    'such yet so or not no please most many more one i my me').split(' '),
);

/** Sentence-end kinds: 1 question, 2 exclamation, 3 colon, 4 ellipsis, 5 full stop, 0 none. */
export function endKind(sentence: string): number {
  const s = sentence.replace(/[\s"'”’»)\]*_]+$/u, '');
  if (/(\.\.\.|…)$/u.test(s)) return 4;
  const last = s[s.length - 1];
  return last === '?' || last === '؟' ? 1 : last === '!' ? 2 : last === ':' ? 3 : last === '.' || last === '۔' ? 5 : 0;
}

// Words only (no matching keys needed): lib/text's tokenizer would also normalize every word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\u200C-][\p{L}\p{M}\p{N}]+)*/gu;
function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Latin words that may be names: capitalized inside the sentence or all capitals, not a function word. */
function latinNames(words: string[]): string[] {
  return words
    // Short all-capital words are spelled out letter by letter (ICD, سي دي), not transliterated.
    .filter((w, k) => /^\p{Lu}/u.test(w) && (/\p{Ll}/u.test(w) ? k > 0 : w.length >= 5) && !STOP.has(w.toLowerCase()))
    .filter((w) => prepareName(w).consonants >= 2);
}

function rawKeys(text: string, lang: Lang, termIndex: TermIndex | undefined): string[] {
  const keys = findNumbers(text).map((n) => `n:${n.value}`);
  keys.push(...numberWordKeys(text, lang));
  if (termIndex) for (const m of matchTerms(termIndex, text, lang)) keys.push(`c:${m.conceptId}`);
  // Brackets and quotations survive translation: one key per opening bracket, one per pair of quotes.
  for (const _ of text.match(/\(/gu) ?? []) keys.push('q:(');
  for (let k = (text.match(/["“”«»]/gu) ?? []).length >> 1; k > 0; k--) keys.push('q:"');
  return keys;
}

/** Builds the anchor keys of every sentence of both sides. */
export function buildAnchors(source: string[], target: string[], sourceLang: Lang, targetLang: Lang, termIndex?: TermIndex): AnchorTable {
  const src = source.map((s) => rawKeys(s, sourceLang, termIndex));
  const tgt = target.map((s) => rawKeys(s, targetLang, termIndex));
  const srcTokens = source.map(words);
  const tgtTokens = target.map(words);
  addLatinShared(srcTokens, tgtTokens, src, tgt);
  if (sourceLang === 'en' && targetLang !== 'en') addNames(srcTokens, tgtTokens, src, tgt);
  if (targetLang === 'en' && sourceLang !== 'en') addNames(tgtTokens, srcTokens, tgt, src);
  dropLopsided(src, tgt);
  const ids = new Map<string, number>();
  const intern = (keys: string[]) =>
    Int32Array.from(keys.map((k) => ids.get(k) ?? (ids.set(k, ids.size), ids.size - 1))).sort();
  const table = { source: src.map(intern), target: tgt.map(intern) };
  const bonus = new Float64Array(ids.size);
  const penalty = new Float64Array(ids.size);
  for (const [key, id] of ids) [bonus[id], penalty[id]] = WEIGHTS[key[0]!]!;
  // A name, Latin token or concept that the other side has somewhere can be missed where it is absent
  // (it can be a dropped sentence's); one that the other side never shows may just be untransliterated.
  const inSource = new Uint8Array(ids.size);
  for (const keys of table.source) for (const k of keys) inSource[k] = 1;
  for (const keys of table.target) for (const k of keys) if (inSource[k] === 1 && penalty[k] === 0) penalty[k] = ONE_SIDED;
  return {
    ...table, bonus, penalty,
    sourceEnd: Uint8Array.from(source.map(endKind)),
    targetEnd: Uint8Array.from(target.map(endKind)),
  };
}

// A Latin word (URL, acronym, code) written as is on both sides, when one side is Arabic script.
function addLatinShared(a: string[][], b: string[][], ka: string[][], kb: string[][]): void {
  // Distinct words first: an English side repeats its words many times over.
  const latin = (tokens: string[][]) => {
    const out = new Map<string, string>();
    for (const ws of tokens) for (const w of ws) if (!out.has(w) && w.length > 1 && LATIN.test(w)) out.set(w, w.toLowerCase());
    return out;
  };
  const la = latin(a);
  const lb = latin(b);
  if (la.size === 0 || lb.size === 0) return;
  const lower = new Set(lb.values());
  const shared = new Set([...la.values()].filter((w) => lower.has(w)));
  if (shared.size === 0) return;
  const mark = (tokens: string[][], forms: Map<string, string>, keys: string[][]) =>
    tokens.forEach((ws, i) => ws.forEach((w) => {
      const l = forms.get(w);
      if (l !== undefined && shared.has(l)) keys[i]!.push(`l:${l}`);
    }));
  mark(a, la, ka);
  mark(b, lb, kb);
}

// Names in Latin letters on one side, their transliterations in Arabic script on the other.
function addNames(latinTokens: string[][], arabicTokens: string[][], kl: string[][], ka: string[][]): void {
  const names = latinTokens.map(latinNames);
  const vocab = new Map<string, PreparedName>();
  for (const ns of names) for (const n of ns) vocab.set(latinNameKey(n), prepareName(n));
  if (vocab.size === 0) return;
  // Words are looked up by their first two consonant letters; names are filed under the spellings of
  // their first two consonants and of the second and third (the first may be unwritten: Wuhan ~ ووهان).
  const byLetters = new Map<string, [string, PreparedName][]>();
  for (const [key, name] of vocab) for (const k of name.keys) (byLetters.get(k) ?? byLetters.set(k, []).get(k)!).push([key, name]);
  // Names matched by each form of a word; forms repeat across words (الصين, بالصين, والصين: صين).
  const byForm = new Map<string, string[]>();
  const matchForm = (v: string): string[] => {
    let hit = byForm.get(v);
    if (hit) return hit;
    hit = [];
    const cons = arabicConsonants(v);
    const sig = letterSignature(v);
    for (const [key, name] of byLetters.get(consonantKey(v)) ?? []) {
      // More than two consonants apart cannot reach the threshold for names of usual length.
      if (Math.abs(cons - name.consonants) > 2) continue;
      // Two-consonant names meet many short words (Amon ~ من): ask for a near-exact match.
      const min = name.consonants === 2 ? 0.95 : NAME_THRESHOLD;
      if (similarityPrepared(name, v, min, cons, sig) >= min) hit.push(key);
    }
    byForm.set(v, hit);
    return hit;
  };
  const cache = new Map<string, string[]>();
  const matchWord = (word: string): string[] => {
    let hit = cache.get(word);
    if (hit) return hit;
    const forms = arabicVariants(word).filter((v) => v.length >= 3);
    hit = forms.length === 1 ? matchForm(forms[0]!) : [...new Set(forms.flatMap(matchForm))];
    cache.set(word, hit);
    return hit;
  };
  names.forEach((ns, i) => ns.forEach((n) => kl[i]!.push(`p:${latinNameKey(n)}`)));
  arabicTokens.forEach((ws, i) => {
    const found = new Set<string>();
    const words = ws.filter((w) => ARABIC.test(w));
    // Single words, and a word with the next when that one has the article (حزب الله ~ Hezbollah).
    words.forEach((w, k) => {
      for (const key of matchWord(w)) found.add(key);
      const next = words[k + 1];
      if (next?.startsWith('ال')) for (const key of matchWord(w + next)) found.add(key);
    });
    for (const key of found) ka[i]!.push(`p:${key}`);
  });
}

// A name or Latin key found in many more sentences on one side than on the other is a false friend
// of some common word (Amon ~ من), not an anchor.
function dropLopsided(a: string[][], b: string[][]): void {
  const count = (side: string[][]) => {
    const c = new Map<string, number>();
    for (const keys of side) for (const k of new Set(keys)) c.set(k, (c.get(k) ?? 0) + 1);
    return c;
  };
  const ca = count(a);
  const cb = count(b);
  const bad = new Set<string>();
  for (const k of new Set([...ca.keys(), ...cb.keys()])) {
    const x = ca.get(k) ?? 0;
    const y = cb.get(k) ?? 0;
    if ((k[0] === 'p' || k[0] === 'l') && (x > 3 * y + 3 || y > 3 * x + 3)) bad.add(k);
  }
  if (bad.size === 0) return;
  for (const keys of [...a, ...b]) for (let i = keys.length - 1; i >= 0; i--) if (bad.has(keys[i]!)) keys.splice(i, 1);
}
