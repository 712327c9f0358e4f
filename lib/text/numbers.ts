/** A number written in the text, with a value that is the same in every digit system and notation. */
export interface NumberToken {
  start: number;
  end: number;
  text: string;
  /** Canonical ASCII value: no grouping, "." for decimals, no superfluous zeros ("10000", "3.5", "-2"). */
  value: string;
}

// Digits: ASCII, Arabic-Indic (٠-٩), Persian (۰-۹). Separators between digits: , . ٫ (U+066B) ٬ (U+066C).
const NUMBER = /([-\u2212]?)([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*)/gu;

/** Every number in a text (digits of any of our systems, grouping and decimal separators, a leading minus). */
export function findNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    // A hyphen after a letter or digit joins words (COVID-19), it is not a minus sign.
    const signed = m[1] !== '' && isSignPosition(text, m.index);
    const digitsAt = m.index + m[1]!.length;
    for (const part of readRun(m[2]!, digitsAt)) {
      const neg = signed && part.start === digitsAt;
      const start = neg ? m.index : part.start;
      out.push({ start, end: part.end, text: text.slice(start, part.end), value: neg && part.value !== '0' ? `-${part.value}` : part.value });
    }
  }
  return out;
}

function isSignPosition(text: string, at: number): boolean {
  const before = at > 0 ? text[at - 1]! : '';
  return !/[\p{L}\p{N}]/u.test(before);
}

/** ASCII digits of a run of any of our digit systems. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (d) => String((d.charCodeAt(0) & 0xf) % 10));
}

interface Part {
  start: number;
  end: number;
  value: string;
}

/** Interprets one digits-and-separators run; a run that is no valid notation ("1,2,3") yields its parts. */
function readRun(run: string, offset: number): Part[] {
  const groups = run.split(/[.,\u066B\u066C]/u);
  const seps: string[] = run.match(/[.,\u066B\u066C]/gu) ?? [];
  if (seps.length === 0) return [{ start: offset, end: offset + run.length, value: canonical(asciiDigits(run), '') }];
  const last = seps[seps.length - 1]!;
  let decimal: string | null = null;
  if (last === '\u066B') decimal = last;
  else if (last === '.') decimal = seps.filter((s) => s === '.').length === 1 ? '.' : null;
  else if (last === ',') {
    if (seps.includes('.')) decimal = ',';
    else if (!(seps.length >= 1 && isGrouped(groups))) decimal = seps.length === 1 ? ',' : null;
  }
  const thousands = decimal === null ? groups : groups.slice(0, -1);
  const intSeps = decimal === null ? seps : seps.slice(0, -1);
  const sameSep = intSeps.every((s) => s === intSeps[0]) && !intSeps.includes(decimal ?? '');
  if ((thousands.length === 1 || (isGrouped(thousands) && sameSep)) && intSeps.every((s) => s !== '\u066B')) {
    const int = asciiDigits(thousands.join(''));
    const frac = decimal === null ? '' : asciiDigits(groups[groups.length - 1]!);
    return [{ start: offset, end: offset + run.length, value: canonical(int, frac) }];
  }
  // Not one number: a list such as 1,2,3 or 2.3.4; report each digit group.
  const parts: Part[] = [];
  let at = offset;
  for (const g of groups) {
    parts.push({ start: at, end: at + g.length, value: canonical(asciiDigits(g), '') });
    at += g.length + 1;
  }
  return parts;
}

function isGrouped(groups: string[]): boolean {
  return groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

function canonical(int: string, frac: string): string {
  const i = int.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** Canonical value of a run of digits and separators ("10,000" -> "10000"), or null if it is not one number. */
export function numberValue(run: string): string | null {
  if (!/^[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*$/u.test(run)) return null;
  const parts = readRun(run, 0);
  return parts.length === 1 ? parts[0]!.value : null;
}
