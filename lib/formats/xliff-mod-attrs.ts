/**
 * Module attributes on core elements: Format Style (fs, subFs), Size and Length Restriction
 * (sizeRestriction, storageRestriction, equivStorage, sizeInfo, sizeInfoRef) and the ITS module.
 */
import type { Ctx, SlrProfiles } from './xliff-context';
import { FS_NS, SLR_NS, elements, idOf } from './xliff-rules';
import { isDecimalIn, isNmtoken, isNonNegativeInteger, isRestriction } from './xliff-syntax';
import type { XmlElement } from './xml';

export const ITS_NS = 'http://www.w3.org/2005/11/its';

/** Checks the fs, slr and its attributes of one core element. */
export function checkModuleAttributes(el: XmlElement, ctx: Ctx): void {
  let fs = false;
  let slr = false;
  let its = false;
  for (const name of Object.keys(el.attrs)) {
    const uri = el.attrUris[name];
    if (uri === FS_NS) fs = true;
    else if (uri === SLR_NS) slr = true;
    else if (uri === ITS_NS) its = true;
  }
  if (fs) checkFs(el, ctx);
  if (slr) checkSlr(el, ctx);
  if (its) checkIts(el, ctx);
}

/** Module attributes by local name (namespace given). */
function moduleAttrs(el: XmlElement, ns: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of Object.entries(el.attrs)) if (el.attrUris[name] === ns) out.set(name.slice(name.indexOf(':') + 1), value);
  return out;
}

const FS_HOSTS = ['file', 'group', 'unit', 'note', 'ph', 'pc', 'sc', 'ec', 'mrk', 'sm'];
const FS_VALUES = new Set(
  ('a b bdo big blockquote body br button caption center cite code col colgroup dd del div dl dt em h1 h2 h3 h4 h5 h6 ' +
    'head hr html i img label legend li ol p pre q s samp select small span strike strong sub sup table tbody td tfoot ' +
    'th thead title tr tt u ul').split(' '),
);

function checkFs(el: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  const a = moduleAttrs(el, FS_NS);
  for (const name of a.keys()) {
    if (name !== 'fs' && name !== 'subFs') r.add('mod.attribute.allowed', el, `fs:${name} is not a Format Style attribute`);
  }
  if (!FS_HOSTS.includes(el.local)) return r.add('mod.attribute.allowed', el, `Format Style attributes on <${el.local}>`);
  const fs = a.get('fs');
  const subFs = a.get('subFs');
  if (fs !== undefined && !FS_VALUES.has(fs)) r.add('mod.fs.value', el, `fs:fs="${fs}"`);
  if (subFs !== undefined) {
    if (fs === undefined) r.add('mod.fs.subFs', el, 'fs:subFs without fs:fs');
    else if (!isSubFs(subFs)) r.add('mod.fs.subFs', el, `fs:subFs="${subFs}"`);
  }
  if (el.local === 'ec' && el.attrs.isolated !== 'yes' && (fs !== undefined || subFs !== undefined)) r.add('mod.fs.ec', el, 'Format Style on a non-isolated <ec>');
}

/** name,value pairs separated by "\"; in values "\," and "\\" are escapes. */
function isSubFs(value: string): boolean {
  let i = 0;
  while (i < value.length) {
    const comma = value.indexOf(',', i);
    const name = comma < 0 ? '' : value.slice(i, comma);
    if (name === '' || name.includes('\\')) return false;
    i = comma + 1;
    for (; i < value.length; i++) {
      const ch = value[i];
      if (ch === ',') return false;
      if (ch !== '\\') continue;
      const next = value[i + 1];
      if (next === '\\' || next === ',') i++;
      else break; // pair separator
    }
    if (i < value.length) i++; // skip the separator
  }
  return value !== '';
}

const SLR_HOSTS: Record<string, string[]> = {
  sizeRestriction: ['file', 'group', 'unit', 'mrk', 'sm', 'pc', 'sc'],
  storageRestriction: ['file', 'group', 'unit', 'mrk', 'sm', 'pc', 'sc'],
  sizeInfo: ['file', 'group', 'unit', 'pc', 'sc', 'ec', 'ph'],
  sizeInfoRef: ['file', 'group', 'unit', 'pc', 'sc', 'ec', 'ph'],
  equivStorage: ['pc', 'sc', 'ec', 'ph'],
};
const STANDARD_GENERAL = ['xliff:codepoints'];
const STANDARD_STORAGE = ['xliff:utf8', 'xliff:utf16', 'xliff:utf32'];

/** The `<slr:profiles>` of a file: the profiles its size values are read with. */
export function readSlrProfiles(file: XmlElement): SlrProfiles {
  const profiles = elements(file).find((c) => c.uri === SLR_NS && c.local === 'profiles');
  if (!profiles) return {};
  const { generalProfile, storageProfile } = profiles.attrs;
  return { ...(generalProfile !== undefined ? { general: generalProfile } : {}), ...(storageProfile !== undefined ? { storage: storageProfile } : {}) };
}

/**
 * Whether a size value must follow the standard syntax: always under the standard profiles,
 * never under a third-party one, and without a declared profile when it looks like a number
 * (free text such as "some info" is then taken as profile-specific data).
 */
function strict(profile: string | undefined, standard: string[], value: string): boolean {
  if (profile === undefined) return /^[\s\d.,*+-]*\d[\s\d.,*+-]*$/.test(value);
  return standard.includes(profile);
}

function checkSlr(el: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  const a = moduleAttrs(el, SLR_NS);
  for (const [name, value] of a) {
    const hosts = SLR_HOSTS[name];
    if (!hosts) {
      r.add('mod.attribute.allowed', el, `slr:${name} is not a Size and Length Restriction attribute`);
      continue;
    }
    if (!hosts.includes(el.local)) r.add('mod.attribute.allowed', el, `slr:${name} on <${el.local}>`);
    else if (el.local === 'ec' && el.attrs.isolated !== 'yes') r.add('mod.slr.ec', el, `slr:${name} on a non-isolated <ec>`);
    if (name === 'sizeRestriction' && strict(ctx.slr.general, STANDARD_GENERAL, value) && !isRestriction(value)) r.add('mod.slr.restriction', el, `slr:sizeRestriction="${value}"`);
    if (name === 'storageRestriction' && strict(ctx.slr.storage, STANDARD_STORAGE, value) && !isRestriction(value)) r.add('mod.slr.restriction', el, `slr:storageRestriction="${value}"`);
    if (name === 'sizeInfo' && strict(ctx.slr.general, STANDARD_GENERAL, value) && !isNonNegativeInteger(value)) r.add('mod.slr.integer', el, `slr:sizeInfo="${value}"`);
    if (name === 'equivStorage' && strict(ctx.slr.storage, STANDARD_STORAGE, value) && !isNonNegativeInteger(value)) r.add('mod.slr.integer', el, `slr:equivStorage="${value}"`);
  }
  if (a.has('sizeInfo') && a.has('sizeInfoRef')) r.add('mod.slr.sizeInfo', el, 'slr:sizeInfo and slr:sizeInfoRef together');
  const ref = a.get('sizeInfoRef');
  if (ref !== undefined && !(isNmtoken(ref) && sizeInfoTarget(el, ref, ctx))) r.add('mod.slr.sizeInfoRef', el, `slr:sizeInfoRef="${ref}" names nothing in a sibling <slr:data>`);
}

/** Looks for `ref` inside the `<slr:data>` siblings of `el` and of its ancestors. */
function sizeInfoTarget(el: XmlElement, ref: string, ctx: Ctx): boolean {
  for (let parent = ctx.parents.get(el); parent; parent = ctx.parents.get(parent)) {
    for (const data of elements(parent)) {
      if (data.uri !== SLR_NS || data.local !== 'data') continue;
      const stack = elements(data);
      while (stack.length > 0) {
        const e = stack.pop()!;
        if (idOf(e) === ref) return true;
        stack.push(...elements(e));
      }
    }
  }
  return false;
}

const LQI_TYPES = new Set(
  ('terminology mistranslation omission untranslated addition duplication inconsistency grammar legal register ' +
    'locale-specific-content locale-violation style characters misspelling typographical formatting ' +
    'inconsistent-entities numbers markup pattern-problem whitespace internationalization length non-conformance ' +
    'uncategorized other').split(' '),
);
const ISSUE_ATTRS = ['locQualityIssueType', 'locQualityIssueComment', 'locQualityIssueSeverity', 'locQualityIssueProfileRef', 'locQualityIssueEnabled'];

function checkIts(el: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  const a = moduleAttrs(el, ITS_NS);
  const annotation = el.local === 'mrk' || el.local === 'sm';
  const type = el.attrs.type;
  if (annotation && [...a.keys()].some((n) => n !== 'version') && type !== undefined && type !== 'its:generic') {
    r.add('mod.its.type', el, `type="${type}" on an ITS annotation`);
  }
  const range = (name: string, min: number, max: number) => {
    const v = a.get(name);
    if (v !== undefined && !isDecimalIn(v, min, max)) r.add('mod.its.value', el, `its:${name}="${v}" (${min} to ${max})`);
  };
  range('mtConfidence', 0, 1);
  range('taConfidence', 0, 1);
  range('locQualityIssueSeverity', 0, 100);
  range('locQualityRatingScore', 0, 100);
  range('locQualityRatingScoreThreshold', 0, 100);
  for (const name of ['locQualityRatingVote', 'locQualityRatingVoteThreshold']) {
    const v = a.get(name);
    if (v !== undefined && !/^[+-]?\d+$/.test(v)) r.add('mod.its.value', el, `its:${name}="${v}" is not an integer`);
  }
  const enums: [string, string[]][] = [['locQualityIssueEnabled', ['yes', 'no']], ['localeFilterType', ['include', 'exclude']]];
  for (const [name, values] of enums) {
    const v = a.get(name);
    if (v !== undefined && !values.includes(v)) r.add('mod.its.value', el, `its:${name}="${v}"`);
  }
  const lqi = a.get('locQualityIssueType');
  if (lqi !== undefined && !LQI_TYPES.has(lqi)) r.add('mod.its.value', el, `its:locQualityIssueType="${lqi}"`);
  if (a.has('taIdentRef') && (a.has('taSource') || a.has('taIdent'))) r.add('mod.its.pairs', el, 'its:taIdentRef with its:taSource/its:taIdent');
  if (a.has('taSource') !== a.has('taIdent')) r.add('mod.its.pairs', el, 'its:taSource and its:taIdent go together');
  if (a.has('locQualityRatingScore') && a.has('locQualityRatingVote')) r.add('mod.its.pairs', el, 'its:locQualityRatingScore with its:locQualityRatingVote');
  if (a.has('locQualityIssuesRef') && ISSUE_ATTRS.some((n) => a.has(n))) r.add('mod.its.pairs', el, 'its:locQualityIssuesRef with inline issue attributes');
  for (const [threshold, base] of [['locQualityRatingScoreThreshold', 'locQualityRatingScore'], ['locQualityRatingVoteThreshold', 'locQualityRatingVote']]) {
    if (a.has(threshold!) && !inheritsIts(el, base!, ctx)) r.add('mod.its.pairs', el, `its:${threshold} without its:${base}`);
  }
}

function inheritsIts(el: XmlElement, local: string, ctx: Ctx): boolean {
  for (let e: XmlElement | undefined = el; e; e = ctx.parents.get(e)) {
    if (Object.keys(e.attrs).some((n) => e!.attrUris[n] === ITS_NS && n.endsWith(`:${local}`))) return true;
  }
  return false;
}
