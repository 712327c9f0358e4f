import { LANGS, type Lang } from '../text/lang';
import type { Concept, Term, TermType } from '../terms/types';
import { escapeXml } from './xml';

const STATUS_OUT = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  // TBX-Basic has no "forbidden": deprecated plus a note the reader turns back into forbidden.
  forbidden: 'deprecatedTerm-admn-sts',
} as const;

const TYPE_OUT: Record<TermType, string> = {
  fullForm: 'fullForm', acronym: 'acronym', abbreviation: 'abbreviation',
  shortForm: 'shortForm', variant: 'variant', transliteration: 'transliteratedForm',
};

/** Writes concepts as a TBX-Basic v3 document in DCA style (UTF-8, 2-space indent). */
export function writeTbx(concepts: Concept[]): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <sourceDesc>',
    '        <p>Tarjuman glossary export</p>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const concept of concepts) writeConcept(concept, out);
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}

function writeConcept(c: Concept, out: string[]): void {
  out.push(`      <conceptEntry id="${attr(c.id)}">`);
  if (c.subjectField) out.push(`        <descrip type="subjectField">${escapeXml(c.subjectField)}</descrip>`);
  for (const lang of langOrder(c)) {
    out.push(`        <langSec xml:lang="${lang}">`);
    for (const line of lines(c.definitions?.[lang])) out.push(`          <descrip type="definition">${escapeXml(line)}</descrip>`);
    for (const line of lines(c.notes?.[lang])) out.push(`          <note>${escapeXml(line)}</note>`);
    for (const term of c.terms.filter((t) => t.lang === lang)) writeTerm(term, out);
    out.push('        </langSec>');
  }
  out.push('      </conceptEntry>');
}

function writeTerm(t: Term, out: string[]): void {
  out.push('          <termSec>', `            <term>${escapeXml(t.text)}</term>`);
  out.push(`            <termNote type="administrativeStatus">${STATUS_OUT[t.status]}</termNote>`);
  if (t.type) out.push(`            <termNote type="termType">${TYPE_OUT[t.type]}</termNote>`);
  if (t.partOfSpeech) out.push(`            <termNote type="partOfSpeech">${escapeXml(t.partOfSpeech)}</termNote>`);
  if (t.source) out.push(`            <admin type="source">${escapeXml(t.source)}</admin>`);
  for (const line of lines(t.usageNote)) out.push(`            <note>${escapeXml(line)}</note>`);
  if (t.status === 'forbidden') out.push('            <note>forbidden</note>');
  out.push('          </termSec>');
}

// Languages in the order their terms first appear, then those with only a definition or note.
function langOrder(c: Concept): Lang[] {
  const order: Lang[] = [];
  for (const t of c.terms) if (!order.includes(t.lang)) order.push(t.lang);
  for (const lang of LANGS) if (!order.includes(lang) && (c.definitions?.[lang] || c.notes?.[lang])) order.push(lang);
  return order;
}

// One element per line: the reader joins repeated elements with a line break.
function lines(text: string | undefined): string[] {
  return text ? text.split('\n').map((l) => l.trim()).filter(Boolean) : [];
}

function attr(value: string): string {
  return escapeXml(value).replace(/[\t\n\r]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
