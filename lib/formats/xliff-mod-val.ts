/** Validation module (val): <validation> of <rule>s. */
import type { Ctx, Place } from './xliff-context';
import { checkModuleElementAttrs, ownChildren } from './xliff-mod-common';
import { checkNoText, elements } from './xliff-rules';
import type { XmlElement } from './xml';

const KINDS = ['isPresent', 'isNotPresent', 'startsWith', 'endsWith'];
const ATTRS = [...KINDS, 'occurs', 'existsInSource', 'caseSensitive', 'normalization', 'disabled'];

export function checkValidation(validation: XmlElement, place: Place, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(validation, [], ctx);
  checkNoText(validation, r);
  const rules = ownChildren(validation, ['rule'], ctx);
  if (rules.length === 0) r.add('mod.val.content', validation, '<validation> without <rule>');
  for (const rule of rules) checkRule(rule, place.scope.kind === 'file', ctx);
}

function checkRule(rule: XmlElement, atFile: boolean, ctx: Ctx): void {
  const r = ctx.report;
  checkModuleElementAttrs(rule, ATTRS, ctx);
  const a = rule.attrs;
  const custom = Object.keys(a).some((n) => rule.attrUris[n] !== '' && !n.startsWith('xml:'));
  const kinds = KINDS.filter((k) => a[k] !== undefined).length + (custom ? 1 : 0);
  if (kinds !== 1) r.add('mod.val.rule', rule, `${kinds} of isPresent, isNotPresent, startsWith, endsWith or a custom rule (exactly one)`);
  if (a.occurs !== undefined) {
    if (a.isPresent === undefined) r.add('mod.val.occurs', rule, 'occurs without isPresent');
    else if (!/^[1-9]\d*$/.test(a.occurs)) r.add('mod.val.occurs', rule, `occurs="${a.occurs}" (a positive integer)`);
  }
  if (a.existsInSource !== undefined && ['isPresent', 'startsWith', 'endsWith'].filter((k) => a[k] !== undefined).length !== 1) {
    r.add('mod.val.existsInSource', rule, 'existsInSource needs exactly one of isPresent, startsWith, endsWith');
  }
  for (const name of ['caseSensitive', 'existsInSource', 'disabled']) {
    const v = a[name];
    if (v !== undefined && v !== 'yes' && v !== 'no') r.add('mod.val.value', rule, `${name}="${v}"`);
  }
  if (a.normalization !== undefined && !['none', 'nfc', 'nfd'].includes(a.normalization)) r.add('mod.val.value', rule, `normalization="${a.normalization}"`);
  if (a.disabled === 'yes' && atFile) r.add('mod.val.disabled', rule, 'disabled="yes" on a file-level rule');
  for (const c of elements(rule)) r.add('mod.val.content', c, `<${c.name}> in <rule>`);
}
