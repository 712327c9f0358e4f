/**
 * What a TMX file breaks of the LISA TMX 1.4b specification, as a list of messages (empty: none):
 * the header's required attributes and their values, the tu/tuv/seg structure, dates, and inline
 * codes (bpt/ept paired by i within a seg, their attributes, ph and it). Our writer's tests and the
 * conformance run ask it; it reads with the same safe parser as the importer.
 */
import { TMX_HEADER_REQUIRED } from './tmx-read';
import { childElements, parseXml, type XmlElement } from './xml';

const SEGTYPES = new Set(['block', 'paragraph', 'sentence', 'phrase']);
const DATE = /^\d{8}T\d{6}Z$/;
const DATE_ATTRS = ['creationdate', 'changedate', 'lastusagedate'];
const TU_ATTRS = new Set(['tuid', 'o-encoding', 'datatype', 'usagecount', 'lastusagedate', 'creationtool', 'creationtoolversion', 'creationdate', 'creationid', 'changedate', 'segtype', 'changeid', 'o-tmf', 'srclang']);
const TUV_ATTRS = new Set(['xml:lang', 'o-encoding', 'datatype', 'usagecount', 'lastusagedate', 'creationtool', 'creationtoolversion', 'creationdate', 'creationid', 'changedate', 'o-tmf', 'changeid']);
const CODE_ATTRS: Record<string, { allowed: Set<string>; required: string[] }> = {
  bpt: { allowed: new Set(['i', 'x', 'type']), required: ['i'] },
  ept: { allowed: new Set(['i']), required: ['i'] },
  ph: { allowed: new Set(['x', 'assoc', 'type']), required: [] },
  it: { allowed: new Set(['pos', 'x', 'type']), required: ['pos'] },
  ut: { allowed: new Set(['x']), required: [] },
  hi: { allowed: new Set(['x', 'type']), required: [] },
};
const NUMBER = /^\d+$/;

/** The spec's requirements the document breaks ("line:column: what"), or [] when it keeps them all. */
export function tmxProblems(input: string | Uint8Array): string[] {
  const out: string[] = [];
  const at = (el: XmlElement, what: string) => out.push(`${el.line}:${el.column}: ${what}`);
  const root = parseXml(input);
  if (root.local !== 'tmx') return ['root is not tmx'];
  if (root.attrs.version !== '1.4') at(root, `version ${root.attrs.version ?? '(none)'} is not 1.4`);
  const [header] = childElements(root, 'header');
  const [body] = childElements(root, 'body');
  if (!header) at(root, 'no header');
  if (!body) at(root, 'no body');
  if (header) {
    for (const a of TMX_HEADER_REQUIRED) if (!header.attrs[a]) at(header, `header lacks ${a}`);
    if (header.attrs.segtype && !SEGTYPES.has(header.attrs.segtype)) at(header, `segtype ${header.attrs.segtype}`);
    dates(header, at);
    props(header, at);
  }
  for (const tu of body ? childElements(body) : []) {
    if (tu.local !== 'tu') {
      at(tu, `${tu.local} in body`);
      continue;
    }
    for (const a of Object.keys(tu.attrs)) if (!TU_ATTRS.has(a)) at(tu, `tu attribute ${a}`);
    dates(tu, at);
    props(tu, at);
    const tuvs = childElements(tu, 'tuv');
    if (tuvs.length === 0) at(tu, 'tu without tuv');
    order(tu, at);
    for (const tuv of tuvs) {
      if (!tuv.attrs['xml:lang']) at(tuv, 'tuv without xml:lang');
      for (const a of Object.keys(tuv.attrs)) if (!TUV_ATTRS.has(a)) at(tuv, `tuv attribute ${a}`);
      dates(tuv, at);
      props(tuv, at);
      order(tuv, at);
      const segs = childElements(tuv, 'seg');
      if (segs.length !== 1) at(tuv, `${segs.length} seg elements`);
      for (const seg of segs) segCodes(seg, at);
    }
  }
  return out;
}

function dates(el: XmlElement, at: (el: XmlElement, what: string) => void) {
  for (const a of DATE_ATTRS) if (el.attrs[a] !== undefined && !DATE.test(el.attrs[a]!)) at(el, `${a} ${el.attrs[a]} is not YYYYMMDDThhmmssZ`);
}

function props(el: XmlElement, at: (el: XmlElement, what: string) => void) {
  for (const p of childElements(el, 'prop')) {
    if (!p.attrs.type) at(p, 'prop without type');
    if (childElements(p).length > 0) at(p, 'prop holding elements');
  }
  for (const n of childElements(el, 'note')) if (childElements(n).length > 0) at(n, 'note holding elements');
}

/** note and prop come before tuv (in a tu) or seg (in a tuv). */
function order(el: XmlElement, at: (el: XmlElement, what: string) => void) {
  let content = false;
  for (const c of childElements(el)) {
    if (c.local === 'tuv' || c.local === 'seg') content = true;
    else if ((c.local === 'note' || c.local === 'prop') && content) at(c, `${c.local} after ${el.local === 'tu' ? 'tuv' : 'seg'}`);
    else if (c.local !== 'note' && c.local !== 'prop') at(c, `${c.local} in ${el.local}`);
  }
}

function segCodes(seg: XmlElement, at: (el: XmlElement, what: string) => void) {
  const open = new Set<string>();
  const seen = new Set<string>();
  const walk = (el: XmlElement, top: boolean) => {
    for (const c of childElements(el)) {
      if (c.local === 'sub') {
        walk(c, false);
        continue;
      }
      const rule = CODE_ATTRS[c.local];
      if (!rule) {
        at(c, `${c.local} in seg`);
        continue;
      }
      for (const a of Object.keys(c.attrs)) if (!rule.allowed.has(a)) at(c, `${c.local} attribute ${a}`);
      for (const a of rule.required) if (c.attrs[a] === undefined) at(c, `${c.local} without ${a}`);
      for (const a of ['i', 'x']) if (c.attrs[a] !== undefined && !NUMBER.test(c.attrs[a]!)) at(c, `${c.local} ${a}="${c.attrs[a]}" is not a number`);
      if (c.local === 'it' && c.attrs.pos !== 'begin' && c.attrs.pos !== 'end') at(c, `it pos="${c.attrs.pos}"`);
      if (top && c.local === 'bpt' && c.attrs.i !== undefined) {
        if (seen.has(c.attrs.i)) at(c, `bpt i="${c.attrs.i}" twice`);
        seen.add(c.attrs.i);
        open.add(c.attrs.i);
      }
      if (top && c.local === 'ept' && c.attrs.i !== undefined && !open.delete(c.attrs.i)) at(c, `ept i="${c.attrs.i}" without its bpt`);
      walk(c, false);
    }
  };
  walk(seg, true);
  for (const i of open) at(seg, `bpt i="${i}" without its ept`);
}
