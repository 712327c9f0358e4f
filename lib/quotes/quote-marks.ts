/** Opening and closing quotation marks of a text; straight quotes are classed by their neighbours. */
export interface QuoteMark {
  at: number;
  open: boolean;
}

const OPEN = new Set(['“', '«', '„']);
const CLOSE = new Set(['”', '»']);

/** The quotation marks of a text in order (“ ” « » and straight " read from the characters around it). */
export function quoteMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.has(c)) marks.push({ at: i, open: true });
    else if (CLOSE.has(c)) marks.push({ at: i, open: false });
    else if (c === '"') {
      const before = i > 0 ? text[i - 1]! : ' ';
      const after = i + 1 < text.length ? text[i + 1]! : ' ';
      // Opening after a space or an opening bracket and before a word; closing otherwise.
      const opens = /[\s([{\u2014\u2013-]/u.test(before) && !/\s/u.test(after);
      const closes = !/\s/u.test(before) && (/[\s.,;:!?)\]}\u2014\u2013-]/u.test(after) || i + 1 === text.length);
      if (opens || closes) marks.push({ at: i, open: opens });
    }
  }
  return marks;
}

/** [start, end) of the paragraphs of a text (separated by blank lines). */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const blank = /\n[^\S\n]*\n\s*/gu;
  let from = 0;
  for (let m = blank.exec(text); m !== null; m = blank.exec(text)) {
    if (m.index > from) out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ start: from, end: text.length });
  return out;
}
