/** Glossary file import: picks TBX or CSV/TSV by extension and content; server/CLI side. */
import type { Concept } from '../terms/types';
import { decodeBytes } from './decode';
import { checkImportBytes, FormatError } from './format-error';
import { parseGlossaryCsv } from './glossary-csv';
import { emptySkipReport, type SkipReport } from './lang-map';
import { parseTbxWithReport } from './tbx';

export interface GlossaryFileResult {
  format: 'tbx' | 'csv' | 'tsv';
  concepts: Concept[];
  skipped: SkipReport;
}

/** Reads a glossary file (.tbx/.xml, .csv, .tsv); refuses empty, oversized or unknown files. */
export function parseGlossaryFile(bytes: Uint8Array, fileName: string): Concept[] {
  return readGlossaryFile(bytes, fileName).concepts;
}

/** As parseGlossaryFile, with the format found and the skip report. */
export function readGlossaryFile(bytes: Uint8Array, fileName: string): GlossaryFileResult {
  checkImportBytes(bytes);
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const format = sniff(bytes, ext, fileName);
  if (format === 'tbx') return { format, ...parseTbxWithReport(bytes) };
  const text = decodeBytes(bytes);
  return { format, concepts: parseGlossaryCsv(text, format === 'tsv' ? '\t' : ','), skipped: emptySkipReport() };
}

// Content wins over a misleading extension: a ".csv" holding XML is read as TBX and vice versa.
function sniff(bytes: Uint8Array, ext: string, fileName: string): 'tbx' | 'csv' | 'tsv' {
  const head = decodeHead(bytes);
  const xml = /^\s*</.test(head);
  if (xml) return 'tbx';
  if (ext === 'tbx' || ext === 'xml') throw new FormatError('xml-malformed', { line: 1, column: 1 }, { reason: 'not XML' });
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (ext === 'tsv' || (ext !== 'csv' && firstLine.includes('\t'))) return 'tsv';
  if (ext === 'csv' || firstLine.includes(',')) return 'csv';
  throw new FormatError('format-unknown', {}, { fileName });

  function decodeHead(b: Uint8Array): string {
    try {
      return decodeBytes(b.subarray(0, 4096), { xml: true });
    } catch {
      return decodeBytes(b.subarray(0, 4096).filter((x) => x < 0x80));
    }
  }
}

/** Counts for `glossary check`: concepts, terms and the languages present (en, ar, fa order). */
export function summarizeGlossary(concepts: Concept[]): { concepts: number; terms: number; languages: string[] } {
  const present = new Set(concepts.flatMap((c) => c.terms.map((t) => t.lang)));
  return {
    concepts: concepts.length,
    terms: concepts.reduce((n, c) => n + c.terms.length, 0),
    languages: ['en', 'ar', 'fa'].filter((l) => present.has(l as never)),
  };
}
