import type { PmMark } from '../documents/types';
import { addMark, linkMark, normalizeRuns, runsText, type Run } from './runs';

// " (/node/16673)" or " (https://…)": a link target left in the text by page extraction.
const BARE_PATH = /\s\((\/[^\s()]*|https?:\/\/[^\s()]+)\)/gu;
// A capitalized name just before the path: "Sabereen News", "Asaib Ahl al-Haq", "Islamic Revolutionary Guard Corps".
// Case-less scripts (Arabic, Farsi) never match, so there the path is simply dropped.
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*|al-\p{Lu}[\p{L}\p{M}'’\-]*)`;
const NAME_BEFORE = new RegExp(String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*(?:\s+(?:(?:of|the|and|al|bin|ibn|de)\s+)*${NAME_WORD})*$`, 'u');
const MAX_NAME_WORDS = 6;

interface Cell { ch: string; marks: PmMark[]; hardBreak?: boolean }
const key = (marks: PmMark[]) => JSON.stringify(marks);
const styled = (marks: PmMark[]) => marks.some((m) => m.type === 'bold' || m.type === 'italic');

/**
 * Turn "Name (/path)" into a link on Name and drop the path. Inside bold/italic
 * ("**Kataib Hezbollah (/node/16641)**") the whole styled span is the link text;
 * otherwise the capitalized words before the path are; with none, the path is just dropped.
 */
export function linkBarePaths(runs: Run[]): Run[] {
  const text = runsText(runs);
  const matches = [...text.matchAll(BARE_PATH)];
  if (!matches.length) return runs;
  const cells: Cell[] = [];
  for (const r of runs) for (let k = 0; k < r.text.length; k++) cells.push({ ch: r.text[k], marks: r.marks, hardBreak: r.hardBreak });
  for (const m of matches.reverse()) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = cells[start + 1].marks;
    let spanStart = -1;
    if (styled(inside) && (end === cells.length || key(cells[end].marks) !== key(inside))) {
      spanStart = start;
      while (spanStart > 0 && key(cells[spanStart - 1].marks) === key(inside)) spanStart--;
    } else {
      // Only the last stretch can hold a six-word name; scanning it alone keeps long paragraphs linear.
      const from = Math.max(0, start - 160);
      const name = NAME_BEFORE.exec(text.slice(from, start));
      if (name && name[0].split(/\s+/u).length <= MAX_NAME_WORDS) spanStart = from + name.index;
    }
    const alreadyLinked = spanStart >= 0 && cells.slice(spanStart, start).some((c) => c.marks.some((x) => x.type === 'link'));
    if (spanStart >= 0 && spanStart < start && !alreadyLinked) {
      // One new mark array per distinct source array, so equal neighbours stay identical (cheap to join).
      const linked = new Map<PmMark[], PmMark[]>();
      for (let k = spanStart; k < start; k++) {
        const src = cells[k].marks;
        if (!linked.has(src)) linked.set(src, addMark(src, linkMark(m[1])));
        cells[k] = { ...cells[k], marks: linked.get(src)! };
      }
    }
    cells.splice(start, end - start);
  }
  const out: Run[] = cells.map((c) => ({ text: c.ch, marks: c.marks, ...(c.hardBreak ? { hardBreak: true } : {}) }));
  return normalizeRuns(out);
}
