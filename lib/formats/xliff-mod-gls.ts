/** Glossary module (gls): <glossary> of <glossEntry> (term, translations, definition). */
import type { Ctx, Place } from './xliff-context';
import { parseFragment, resolveFragment } from './xliff-fragment';
import { checkModuleElementAttrs, isXliffNs, ownChildren } from './xliff-mod-common';
import { checkNoText, elements } from './xliff-rules';
import { isNmtoken } from './xliff-syntax';
import type { XmlElement } from './xml';

export function checkGlossary(glossary: XmlElement, place: Place, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(glossary, [], ctx);
  checkNoText(glossary, r);
  const entries = ownChildren(glossary, ['glossEntry'], ctx);
  if (entries.length === 0) r.add('mod.placement', glossary, '<glossary> without <glossEntry>');
  const ids = new Set<string>();
  const id = (el: XmlElement) => {
    const v = el.attrs.id;
    if (v === undefined) return;
    if (!isNmtoken(v)) r.add('mod.gls.id', el, `id="${v}" is not an NMTOKEN`);
    else if (ids.has(v)) r.add('mod.gls.id', el, `id "${v}" repeated in <glossary>`);
    ids.add(v);
  };
  for (const entry of entries) checkEntry(entry, place, ctx, id);
}

function checkEntry(entry: XmlElement, place: Place, ctx: Ctx, id: (el: XmlElement) => void): void {
  const r = ctx.report;
  checkModuleElementAttrs(entry, ['id', 'ref'], ctx);
  id(entry);
  checkRef(entry, place, ctx);
  checkNoText(entry, r);
  let terms = 0;
  let translations = 0;
  let definitions = 0;
  for (const child of elements(entry)) {
    if (child.uri !== entry.uri) {
      // Extension elements are allowed at the end of an entry; other modules' elements are not.
      if (isXliffNs(child.uri)) r.add('mod.placement', child, `<${child.name}> in <glossEntry>`);
      else ctx.seen.add(child.uri);
      continue;
    }
    if (child.local === 'term') {
      if (terms++ > 0 || translations + definitions > 0) r.add('mod.gls.content', child, 'one <term>, first in <glossEntry>');
      checkModuleElementAttrs(child, ['source'], ctx);
    } else if (child.local === 'translation') {
      translations++;
      if (definitions > 0) r.add('mod.gls.content', child, '<translation> after <definition>');
      checkModuleElementAttrs(child, ['id', 'ref', 'source'], ctx);
      id(child);
      checkRef(child, place, ctx);
    } else if (child.local === 'definition') {
      if (definitions++ > 0) r.add('mod.gls.content', child, 'more than one <definition>');
      checkModuleElementAttrs(child, ['source'], ctx);
    } else {
      r.add('mod.placement', child, `<${child.name}> in <glossEntry>`);
      continue;
    }
    for (const c of elements(child)) r.add('mod.gls.content', c, `<${c.name}> in <${child.name}>`);
  }
  if (terms === 0) r.add('mod.gls.content', entry, '<glossEntry> without <term>');
  if (translations === 0 && definitions === 0) r.add('mod.gls.content', entry, '<glossEntry> needs a <translation> or a <definition>');
}

/** A same-document ref points to a span (segment, source or target inline element) of the unit. */
function checkRef(el: XmlElement, place: Place, ctx: Ctx): void {
  const ref = el.attrs.ref;
  if (ref === undefined || !ref.startsWith('#')) return;
  const parsed = parseFragment(ref, ctx.prefixes);
  if ('problem' in parsed) return ctx.report.add(parsed.problem.rule, el, parsed.problem.detail);
  const unit = place.unit;
  if (!unit) return;
  ctx.deferred.push(() => {
    const hit = resolveFragment(parsed.fragment, { file: unit.file, ...(unit.group ? { group: unit.group } : {}), unit }, ctx.files);
    if (!hit || (hit.kind !== 'part' && hit.kind !== 'target') || hit.unit !== unit) ctx.report.add('mod.gls.ref', el, `ref="${ref}" is not a span of this unit`);
  });
}
