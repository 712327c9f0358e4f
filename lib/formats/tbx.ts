/**
 * TBX reader: TBX-Basic v3 (`<tbx>`, conceptEntry/langSec/termSec, DCA style) and TBX v2
 * (`<martif>`, termEntry/langSet/tig|ntig). Only en/ar/fa are kept (regional tags folded);
 * other languages are counted in the skip report. Server/CLI side.
 */
import type { Lang } from '../text/lang';
import type { Concept, Term, TermStatus, TermType } from '../terms/types';
import { checkImportBytes, FormatError } from './format-error';
import { countSkippedLang, emptySkipReport, mapLang, type SkipReport } from './lang-map';
import { childElements, deepText, parseXml, type XmlElement } from './xml';

export { writeTbx } from './tbx-write';

export interface TbxParseResult {
  concepts: Concept[];
  skipped: SkipReport;
}

/** Reads a TBX file (v3 or v2) into concepts; throws FormatError on anything malformed. */
export function parseTbx(bytes: Uint8Array): Concept[] {
  return parseTbxWithReport(bytes).concepts;
}

/** As parseTbx, with counts of the languages and concepts left out. */
export function parseTbxWithReport(bytes: Uint8Array): TbxParseResult {
  checkImportBytes(bytes);
  const root = parseXml(bytes);
  const v3 = root.local === 'tbx';
  if (!v3 && root.local !== 'martif') throw invalid(root, 'root', { root: root.name });
  const body = childElements(root, 'text')[0] && childElements(childElements(root, 'text')[0]!, 'body')[0];
  if (!body) throw invalid(root, 'body-missing');
  const skipped = emptySkipReport();
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const rootLang = root.attrs['xml:lang'];
  childElements(body, v3 ? 'conceptEntry' : 'termEntry').forEach((entry, index) => {
    const id = (entry.attrs.id ?? entry.attrs['xml:id'] ?? (v3 ? '' : `tbx-${index + 1}`)).trim();
    if (!id) throw invalid(entry, 'concept-id-missing');
    if (seen.has(id)) throw invalid(entry, 'concept-id-duplicate', { id });
    seen.add(id);
    const concept = readConcept(entry, id, entry.attrs['xml:lang'] ?? rootLang, skipped);
    if (concept.terms.length > 0) concepts.push(concept);
    else skipped.concepts++;
  });
  return { concepts, skipped };
}

function readConcept(entry: XmlElement, id: string, entryLang: string | undefined, skipped: SkipReport): Concept {
  const concept: Concept = { id, terms: [] };
  const subject = typed(entry, 'descrip', 'subjectField')[0];
  if (subject) concept.subjectField = clean(subject);
  // Definitions and notes at concept level belong to the entry's language, when it is one of ours.
  const conceptLang = mapLang(entryLang);
  if (conceptLang) collectTexts(entry, conceptLang, concept);
  for (const sec of childElements(entry).filter((c) => c.local === 'langSec' || c.local === 'langSet')) {
    const tag = sec.attrs['xml:lang'];
    if (!tag) throw invalid(sec, 'lang-missing');
    const lang = mapLang(tag);
    if (!lang) {
      countSkippedLang(skipped, tag);
      continue;
    }
    collectTexts(sec, lang, concept);
    for (const termSec of childElements(sec).filter((c) => ['termSec', 'tig', 'ntig'].includes(c.local))) {
      concept.terms.push(readTerm(termSec, lang));
    }
  }
  return concept;
}

function collectTexts(el: XmlElement, lang: Lang, concept: Concept): void {
  const definition = typed(el, 'descrip', 'definition').map(clean).filter(Boolean).join('\n');
  if (definition) concept.definitions = { ...concept.definitions, [lang]: join(concept.definitions?.[lang], definition) };
  const note = childElements(el, 'note').map(clean).filter(Boolean).join('\n');
  if (note) concept.notes = { ...concept.notes, [lang]: join(concept.notes?.[lang], note) };
}

function readTerm(sec: XmlElement, lang: Lang): Term {
  const termEl = sec.local === 'ntig' ? childElements(childElements(sec, 'termGrp')[0] ?? sec, 'term')[0] : childElements(sec, 'term')[0];
  if (!termEl) throw invalid(sec, 'term-missing');
  const text = clean(termEl);
  if (!text) throw invalid(termEl, 'term-empty');
  const notes = termNotes(sec);
  const plainNotes = [...childElements(sec, 'note'), ...childElements(childElements(sec, 'termGrp')[0] ?? sec, 'note')]
    .filter((n, i, all) => all.indexOf(n) === i)
    .map(clean)
    .filter(Boolean);
  const forbidden = plainNotes.some((n) => n.toLowerCase() === FORBIDDEN_NOTE);
  let status = statusOf(notes.administrativeStatus ?? notes.normativeAuthorization);
  if (forbidden && status === 'deprecated') status = 'forbidden';
  const term: Term = { lang, text, status };
  const type = typeOf(notes.termType);
  if (type) term.type = type;
  if (notes.partOfSpeech) term.partOfSpeech = notes.partOfSpeech;
  const usage = [
    ...plainNotes.filter((n) => !(forbidden && n.toLowerCase() === FORBIDDEN_NOTE)),
    ...(notes.usageNote ? [notes.usageNote] : []),
    ...typed(sec, 'descrip', 'usageNote').map(clean),
  ].filter(Boolean);
  if (usage.length > 0) term.usageNote = usage.join('\n');
  const source = [...typed(sec, 'admin', 'source'), ...typed(sec, 'descrip', 'source')].map(clean).find(Boolean);
  if (source) term.source = source;
  return term;
}

/** The note text that marks a TBX deprecated term as forbidden in Tarjuman (TBX-Basic lacks the value). */
export const FORBIDDEN_NOTE = 'forbidden';

// termNotes directly in the term section, in termGrp (v2 ntig) or in termNoteGrp (v3).
function termNotes(sec: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  const holders = [sec, ...childElements(sec).filter((c) => c.local === 'termGrp' || c.local === 'termNoteGrp')];
  for (const holder of holders) {
    for (const grp of [holder, ...childElements(holder, 'termNoteGrp')]) {
      for (const note of childElements(grp, 'termNote')) {
        const type = note.attrs.type;
        if (type && out[type] === undefined) out[type] = clean(note);
      }
    }
  }
  return out;
}

/** Elements of a kind with a `type`, directly under `el` or inside its *Grp wrappers. */
function typed(el: XmlElement, local: string, type: string): XmlElement[] {
  const direct = childElements(el, local);
  const grouped = childElements(el, `${local}Grp`).flatMap((g) => childElements(g, local));
  return [...direct, ...grouped].filter((c) => c.attrs.type === type);
}

const STATUS_BASE: Record<string, TermStatus> = {
  preferred: 'preferred', standardized: 'preferred', admitted: 'admitted', legal: 'admitted',
  regulated: 'admitted', deprecated: 'deprecated', superseded: 'deprecated', obsolete: 'deprecated',
  forbidden: 'forbidden', notrecommended: 'deprecated',
};

function statusOf(value: string | undefined): TermStatus {
  if (!value) return 'admitted';
  const base = value.replace(/-admn-sts$/i, '').replace(/Term$/, '').toLowerCase();
  return STATUS_BASE[base] ?? 'admitted';
}

const TYPES: Record<string, TermType> = {
  fullform: 'fullForm', acronym: 'acronym', abbreviation: 'abbreviation', abbreviatedform: 'abbreviation',
  shortform: 'shortForm', variant: 'variant', transliteratedform: 'transliteration', transliteration: 'transliteration',
};

function typeOf(value: string | undefined): TermType | undefined {
  return value ? TYPES[value.toLowerCase()] : undefined;
}

// Line breaks with their indentation are pretty-printing, not content; separate elements carry lines.
function clean(el: XmlElement): string {
  return deepText(el).replace(/\s*\n\s*/g, ' ').trim();
}

function join(a: string | undefined, b: string): string {
  return a ? `${a}\n${b}` : b;
}

function invalid(el: XmlElement, reason: string, extra: Record<string, unknown> = {}): FormatError {
  return new FormatError('tbx-invalid', { line: el.line, column: el.column }, { reason, ...extra });
}
