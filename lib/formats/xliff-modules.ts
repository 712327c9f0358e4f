/** The module elements the validator checks: placement, and the Matches and Glossary constraints. */
import { checkNoText, fail, uniqueIds } from './xliff-rules';
import { isValidFragmentRef } from './xliff-syntax';
import { XML_NS, childElements, type XmlElement } from './xml';

const MODULES: Record<string, string> = {
  'urn:oasis:names:tc:xliff:matches:2.0': 'mtc',
  'urn:oasis:names:tc:xliff:glossary:2.0': 'gls',
  'urn:oasis:names:tc:xliff:fs:2.0': 'fs',
  'urn:oasis:names:tc:xliff:metadata:2.0': 'mda',
  'urn:oasis:names:tc:xliff:resourcedata:2.0': 'res',
  'urn:oasis:names:tc:xliff:changetracking:2.0': 'ctr',
  'urn:oasis:names:tc:xliff:sizerestriction:2.0': 'slr',
  'urn:oasis:names:tc:xliff:validation:2.0': 'val',
};

/** The module an element belongs to ('mtc', 'gls', ...), or undefined for core and extensions. */
export function moduleOf(el: XmlElement): string | undefined {
  return MODULES[el.uri];
}

// Where each module's top element may appear (XLIFF 2.1 modules chapter).
const PLACES: Record<string, string[]> = {
  'mtc:matches': ['unit'],
  'gls:glossary': ['unit'],
  'mda:metadata': ['file', 'group', 'unit'],
  'res:resourceData': ['file', 'group', 'unit'],
  'ctr:changeTrack': ['file', 'group', 'unit'],
  'slr:profiles': ['file'],
  'slr:data': ['file', 'group', 'unit'],
  'val:validation': ['file', 'group', 'unit'],
};

/** Checks a module element found among the children of file, group or unit. */
export function checkModuleElement(el: XmlElement, parent: 'file' | 'group' | 'unit'): void {
  const key = `${moduleOf(el)}:${el.local}`;
  if (!PLACES[key]?.includes(parent)) fail('module-placement', el, `<${el.name}> in <${parent}>`);
  if (key === 'mtc:matches') checkMatches(el);
  if (key === 'gls:glossary') checkGlossary(el);
}

function checkMatches(matches: XmlElement): void {
  checkNoText(matches);
  const items = childElements(matches);
  if (items.length === 0) fail('mtc-match-required', matches, 'empty <matches>');
  uniqueIds(items.filter((m) => m.attrs.id !== undefined).map((m) => ({ id: m.attrs.id!, el: m })), '<matches>', 'mtc-id-unique');
  for (const match of items) {
    if (moduleOf(match) !== 'mtc' || match.local !== 'match') fail('module-placement', match, `<${match.name}> in <matches>`);
    if (Object.entries(match.attrUris).some(([name, uri]) => uri === XML_NS && name === 'xml:lang')) {
      fail('mtc-match-lang', match, 'xml:lang on <match>');
    }
    const ref = match.attrs.ref;
    if (ref === undefined) fail('attribute-required', match, 'ref on <match>');
    if (!ref.startsWith('#') || !isValidFragmentRef(ref)) fail('fragment-id', match, `ref="${ref}"`);
  }
}

function checkGlossary(glossary: XmlElement): void {
  checkNoText(glossary);
  const entries = childElements(glossary);
  if (entries.length === 0) fail('gls-entry-required', glossary, 'empty <glossary>');
  const ids: { id: string; el: XmlElement }[] = [];
  for (const entry of entries) {
    if (moduleOf(entry) !== 'gls' || entry.local !== 'glossEntry') fail('module-placement', entry, `<${entry.name}> in <glossary>`);
    checkNoText(entry);
    if (entry.attrs.id !== undefined) ids.push({ id: entry.attrs.id, el: entry });
    if (entry.attrs.ref !== undefined && !isValidFragmentRef(entry.attrs.ref)) fail('fragment-id', entry, entry.attrs.ref);
    let terms = 0;
    let translations = 0;
    let definitions = 0;
    for (const child of childElements(entry)) {
      const mod = moduleOf(child);
      // Extensions are allowed in a glossEntry; other modules' elements are not.
      if (mod !== undefined && mod !== 'gls') fail('module-placement', child, `<${child.name}> in <glossEntry>`);
      if (mod !== 'gls') continue;
      if (child.local === 'term') terms++;
      else if (child.local === 'translation') {
        translations++;
        if (child.attrs.id !== undefined) ids.push({ id: child.attrs.id, el: child });
        if (child.attrs.ref !== undefined && !isValidFragmentRef(child.attrs.ref)) fail('fragment-id', child, child.attrs.ref);
      } else if (child.local === 'definition') definitions++;
      else fail('module-placement', child, `<${child.name}> in <glossEntry>`);
    }
    if (terms !== 1) fail('gls-term-required', entry, 'a <glossEntry> needs exactly one <term>');
    if (definitions > 1) fail('gls-definition-once', entry, 'more than one <definition>');
    if (translations === 0 && definitions === 0) fail('gls-entry-content', entry, '<glossEntry> needs a <translation> or a <definition>');
  }
  uniqueIds(ids, '<glossary>', 'gls-id-unique');
}
