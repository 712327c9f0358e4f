/** Change Tracking (ctr): <changeTrack> of <revisions> of <revision> of <item>. */
import type { Ctx, Place } from './xliff-context';
import { checkModuleElementAttrs, ownChildren } from './xliff-mod-common';
import { checkNoText, elements, idOf, isCore } from './xliff-rules';
import type { XmlElement } from './xml';

export function checkChangeTrack(track: XmlElement, place: Place, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(track, [], ctx);
  checkNoText(track, r);
  const all = ownChildren(track, ['revisions'], ctx);
  if (all.length === 0) r.add('mod.ctr.content', track, '<changeTrack> without <revisions>');
  for (const revisions of all) checkRevisions(revisions, place.scope.el, ctx);
}

function checkRevisions(revisions: XmlElement, scope: XmlElement, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(revisions, ['appliesTo', 'ref', 'currentVersion'], ctx);
  checkNoText(revisions, r);
  const { appliesTo, ref } = revisions.attrs;
  if (appliesTo === undefined) r.add('mod.ctr.content', revisions, '<revisions> without appliesTo');
  let subject: XmlElement | undefined;
  if (ref !== undefined) {
    subject = findById(scope, ref);
    if (!subject) r.add('mod.ctr.ref', revisions, `ref="${ref}" names no element of the enclosing <${scope.local}>`);
  } else if (appliesTo !== undefined) {
    const instances = findByName(scope, appliesTo);
    if (instances.length > 1 && instances.some((e) => e.attrs.id !== undefined)) r.add('mod.ctr.ref', revisions, `appliesTo="${appliesTo}" names several elements: ref is required`);
    if (instances.length === 1) subject = instances[0];
  }
  const list = ownChildren(revisions, ['revision'], ctx);
  if (list.length === 0) r.add('mod.ctr.content', revisions, '<revisions> without <revision>');
  for (const revision of list) {
    checkModuleElementAttrs(revision, ['author', 'datetime', 'version'], ctx);
    checkNoText(revision, r);
    const items = ownChildren(revision, ['item'], ctx);
    if (items.length === 0) r.add('mod.ctr.content', revision, '<revision> without <item>');
    const seen = new Set<string>();
    for (const item of items) {
      checkModuleElementAttrs(item, ['property'], ctx);
      const property = item.attrs.property;
      if (property === undefined) {
        r.add('mod.ctr.content', item, '<item> without property');
        continue;
      }
      if (seen.has(property)) r.add('mod.ctr.property', item, `property "${property}" twice in one <revision>`);
      seen.add(property);
      if (property !== 'content' && subject && subject.attrs[property] === undefined) {
        r.add('mod.ctr.property', item, `property="${property}" is neither content nor an attribute of <${subject.local}>`);
      }
    }
  }
}

// The elements of a scope (a file, group or unit) without entering nested units/groups or ctr.
function* within(scope: XmlElement): Generator<XmlElement> {
  const stack = elements(scope).reverse();
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.uri === 'urn:oasis:names:tc:xliff:changetracking:2.0' || el.uri === 'urn:oasis:names:tc:xliff:changetracking:2.1') continue;
    yield el;
    if (!(isCore(el, 'unit') || isCore(el, 'group'))) stack.push(...elements(el).reverse());
  }
}

function findById(scope: XmlElement, id: string): XmlElement | undefined {
  for (const el of within(scope)) if (idOf(el) === id) return el;
  return undefined;
}

function findByName(scope: XmlElement, local: string): XmlElement[] {
  return [...within(scope)].filter((el) => isCore(el, local));
}
