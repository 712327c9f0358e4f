/**
 * Editing hints across source and target (XLIFF 2.1, Editing Hints): non-reorderable sequences,
 * non-removable codes, and the pc <-> sc/ec attribute mapping. A code is keyed so that a <pc> and
 * an sc/ec pair with the same id correspond (a Modifier may convert one into the other).
 */
import type { Ctx } from './xliff-context';
import { type Container, type Ev, isCode } from './xliff-inline-check';
import type { XmlElement } from './xml';

/** The key that links a code event of the source to its counterpart in the target. */
function keyOf(ev: Ev): string | undefined {
  const a = ev.el.attrs;
  switch (ev.kind) {
    case 'ph':
      return a.id !== undefined ? `ph:${a.id}` : undefined;
    case 'pc':
      return a.id !== undefined ? `${ev.edge === 'open' ? 'start' : 'end'}:${a.id}` : undefined;
    case 'sc':
      return a.id !== undefined ? `${a.isolated === 'yes' ? 'istart' : 'start'}:${a.id}` : undefined;
    case 'ec':
      if (a.isolated === 'yes') return a.id !== undefined ? `iend:${a.id}` : undefined;
      return a.startRef !== undefined ? `end:${a.startRef}` : undefined;
    default:
      return undefined;
  }
}

/** canReorder of an event: the end of a firstNo <pc> continues its sequence as "no". */
function reorderOf(ev: Ev): string {
  const value = ev.el.attrs.canReorder ?? 'yes';
  return ev.kind === 'pc' && ev.edge === 'close' && value === 'firstNo' ? 'no' : value;
}

const codeEvents = (evs: Ev[]) => evs.filter((e) => isCode(e.kind));

/** Splits a side into its non-reorderable sequences; a "no" code must continue one. */
function sequences(evs: Ev[], ctx: Ctx): Ev[][] {
  const out: Ev[][] = [];
  let current: Ev[] | undefined;
  for (const ev of codeEvents(evs)) {
    const value = reorderOf(ev);
    if (value === 'firstNo') out.push((current = [ev]));
    else if (value === 'no') {
      if (current) current.push(ev);
      else if (ev.edge !== 'close') ctx.report.add('core.canReorder.sequence', ev.el, `canReorder="no" on <${ev.kind}> not preceded by a firstNo or no code`);
    } else current = undefined;
  }
  return out;
}

export function checkEditingHints(source: Ev[], target: Ev[], parts: Container[], ctx: Ctx): void {
  const r = ctx.report;
  const translated = new Set(parts.filter((p) => p.target).map((p) => p.index));
  const hasTarget = (part: number) => translated.has(part);
  const seqs = sequences(source, ctx);
  sequences(target, ctx);
  const targetKeys = codeEvents(target).map(keyOf);
  const firstAt = new Map<string, number>();
  targetKeys.forEach((k, i) => k !== undefined && !firstAt.has(k) && firstAt.set(k, i));

  for (const seq of seqs) {
    if (seq.length < 2 || !seq.every((ev) => hasTarget(ev.part))) continue;
    const start = firstAt.get(keyOf(seq[0]!) ?? '');
    if (start === undefined) continue; // missing altogether: reported as a deleted code
    const broken = seq.findIndex((ev, i) => targetKeys[start + i] !== keyOf(ev));
    if (broken >= 0) r.add('core.canReorder.target', seq[broken]!.el, `the non-reorderable sequence starting at <${seq[0]!.kind} id="${seq[0]!.el.attrs.id}"> is broken in the target`);
  }

  const reported = new Set<XmlElement>();
  for (const ev of codeEvents(source)) {
    const key = keyOf(ev);
    if (ev.el.attrs.canDelete !== 'no' || key === undefined || !hasTarget(ev.part) || firstAt.has(key) || reported.has(ev.el)) continue;
    reported.add(ev.el);
    r.add('core.canDelete.target', ev.el, `<${ev.kind}> with canDelete="no" is missing from the target`);
  }
  checkConversions(source, target, ctx);
}

interface Hints {
  canCopy: string;
  canDelete: string;
  canOverlap: string;
  canReorder: string;
}

function hintsOf(el: XmlElement, edge: 'start' | 'end'): Hints {
  const a = el.attrs;
  const reorder = a.canReorder ?? 'yes';
  return {
    canCopy: a.canCopy ?? 'yes',
    canDelete: a.canDelete ?? 'yes',
    canOverlap: a.canOverlap ?? (el.local === 'pc' ? 'no' : 'yes'),
    canReorder: edge === 'end' && el.local === 'pc' && reorder === 'firstNo' ? 'no' : reorder,
  };
}

/** A <pc> on one side and an sc/ec pair on the other (same id) carry the same hints. */
function checkConversions(source: Ev[], target: Ev[], ctx: Ctx): void {
  const ends = (evs: Ev[]) => {
    const m = new Map<string, Ev>();
    for (const ev of codeEvents(evs)) {
      const k = keyOf(ev);
      if (k && (k.startsWith('start:') || k.startsWith('end:')) && !m.has(k)) m.set(k, ev);
    }
    return m;
  };
  const src = ends(source);
  const trg = ends(target);
  for (const [key, s] of src) {
    const t = trg.get(key);
    if (!t || (s.kind === 'pc') === (t.kind === 'pc')) continue;
    const edge = key.startsWith('start:') ? 'start' : 'end';
    const a = hintsOf(s.el, edge);
    const b = hintsOf(t.el, edge);
    const diff = (Object.keys(a) as (keyof Hints)[]).find((n) => a[n] !== b[n]);
    if (diff) ctx.report.add('core.pc-sc.mapping', t.el, `${diff} of <${t.kind}> differs from the source <${s.kind}> it was converted from`);
  }
}
