/**
 * Glossary CSV/TSV: our own layout (one row per term) and the TICO-19 term lists
 * (f_*.csv: id,sourceLang,targetLang,sourceString,targetString; g_*.csv adds pos, description).
 */
import { isLang, type Lang } from '../text/lang';
import type { Concept, Term, TermStatus, TermType } from '../terms/types';
import { csvField, parseCsv, type CsvRecord } from './csv';
import { FormatError } from './format-error';
import { mapLang } from './lang-map';

/** Columns of our layout, in the order the writer emits them. */
export const GLOSSARY_COLUMNS = [
  'concept_id', 'lang', 'term', 'status', 'type', 'part_of_speech',
  'definition', 'note', 'subject', 'usage_note', 'source',
] as const;

const STATUSES: TermStatus[] = ['preferred', 'admitted', 'deprecated', 'forbidden'];
const TYPES: TermType[] = ['fullForm', 'acronym', 'abbreviation', 'shortForm', 'variant', 'transliteration'];

/** Reads our layout or a TICO-19 list; the delimiter is sniffed from the header when omitted. */
export function parseGlossaryCsv(text: string, delimiter?: ',' | '\t'): Concept[] {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delim = delimiter ?? (firstLine.includes('\t') ? '\t' : ',');
  const records = parseCsv(text, delim);
  if (records.length === 0) throw new FormatError('file-empty');
  const [header, ...rows] = records;
  const names = header!.fields.map((f) => f.trim());
  for (const row of rows) {
    if (row.fields.length !== names.length) {
      throw new FormatError('csv-invalid', { line: row.line, column: 1 }, { reason: 'column-count', expected: names.length, found: row.fields.length });
    }
  }
  if (names.includes('concept_id')) return readOwn(names, rows);
  if (names.includes('sourceString') && names.includes('targetString')) return readTico(names, rows);
  throw new FormatError('csv-invalid', { line: header!.line, column: 1 }, { reason: 'header-unknown', columns: names });
}

function readOwn(names: string[], rows: CsvRecord[]): Concept[] {
  for (const required of ['concept_id', 'lang', 'term']) {
    if (!names.includes(required)) throw new FormatError('csv-invalid', { line: 1, column: 1 }, { reason: 'column-missing', column: required });
  }
  const byId = new Map<string, Concept>();
  for (const row of rows) {
    const get = (name: string) => {
      const i = names.indexOf(name);
      return i < 0 ? '' : row.fields[i]!.trim();
    };
    const cell = (name: string) => ({ line: row.line, column: names.indexOf(name) + 1 });
    const id = get('concept_id');
    if (!id) throw new FormatError('csv-invalid', cell('concept_id'), { reason: 'concept-id-missing' });
    const lang = get('lang');
    if (!isLang(lang)) throw new FormatError('csv-invalid', cell('lang'), { reason: 'lang-unknown', value: lang });
    const text = get('term');
    if (!text) throw new FormatError('csv-invalid', cell('term'), { reason: 'term-empty' });
    const status = (get('status') || 'admitted') as TermStatus;
    if (!STATUSES.includes(status)) throw new FormatError('csv-invalid', cell('status'), { reason: 'status-unknown', value: status });
    const type = get('type') as TermType;
    if (type && !TYPES.includes(type)) throw new FormatError('csv-invalid', cell('type'), { reason: 'type-unknown', value: type });
    let concept = byId.get(id);
    if (!concept) byId.set(id, (concept = { id, terms: [] }));
    const term: Term = { lang, text, status };
    if (type) term.type = type;
    setIf(term, 'partOfSpeech', get('part_of_speech'));
    setIf(term, 'usageNote', get('usage_note'));
    setIf(term, 'source', get('source'));
    concept.terms.push(term);
    if (get('subject') && !concept.subjectField) concept.subjectField = get('subject');
    if (get('definition') && !concept.definitions?.[lang]) concept.definitions = { ...concept.definitions, [lang]: get('definition') };
    if (get('note') && !concept.notes?.[lang]) concept.notes = { ...concept.notes, [lang]: get('note') };
  }
  return [...byId.values()];
}

// Each TICO-19 row is one concept: the English term and its rendering, both preferred.
function readTico(names: string[], rows: CsvRecord[]): Concept[] {
  const idCol = names.includes('stringID') ? 'stringID' : 'id';
  const prefix = names.includes('description') ? 'tico19-g' : 'tico19-f';
  const concepts: Concept[] = [];
  for (const row of rows) {
    const get = (name: string) => {
      const i = names.indexOf(name);
      return i < 0 ? '' : row.fields[i]!.trim();
    };
    const langs = [mapLang(get('sourceLang')), mapLang(get('targetLang'))];
    const texts = [get('sourceString'), get('targetString')];
    const terms: Term[] = [];
    langs.forEach((lang, i) => {
      if (!lang || !texts[i]) return;
      const term: Term = { lang, text: texts[i]!, status: 'preferred' };
      setIf(term, 'partOfSpeech', get('pos'));
      terms.push(term);
    });
    if (terms.length === 0) continue;
    const concept: Concept = { id: `${prefix}-${get(idCol) || row.line}`, terms };
    const source = langs[0];
    if (get('description') && source) concept.definitions = { [source]: get('description') };
    concepts.push(concept);
  }
  return concepts;
}

/** Writes our layout, one row per term, with a header; CRLF line ends as RFC 4180 says. */
export function writeGlossaryCsv(concepts: Concept[], delimiter: ',' | '\t' = ','): string {
  const lines = [GLOSSARY_COLUMNS.join(delimiter)];
  for (const c of concepts) {
    const seen = new Set<Lang>();
    for (const t of c.terms) {
      // Concept texts go on the first row of each language (and the subject on the first row).
      const first = !seen.has(t.lang);
      seen.add(t.lang);
      const row = [
        c.id, t.lang, t.text, t.status, t.type ?? '', t.partOfSpeech ?? '',
        first ? (c.definitions?.[t.lang] ?? '') : '', first ? (c.notes?.[t.lang] ?? '') : '',
        t === c.terms[0] ? (c.subjectField ?? '') : '', t.usageNote ?? '', t.source ?? '',
      ];
      lines.push(row.map((v) => csvField(v, delimiter)).join(delimiter));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function setIf<K extends 'partOfSpeech' | 'usageNote' | 'source'>(term: Term, key: K, value: string): void {
  if (value) term[key] = value;
}
