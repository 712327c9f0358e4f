import { escapeXml } from './xml';
import { TMX_HEADER_REQUIRED, type TmxProp } from './tmx-read';

/** One variant to write: the seg's XML content when it carries inline codes (as read), else its text. */
export interface TmxWriteVariant {
  lang: string;
  text: string;
  inline?: string | null;
  attrs?: Record<string, string>;
  props?: TmxProp[];
  notes?: TmxProp[];
}

export interface TmxWriteUnit {
  attrs?: Record<string, string>;
  props?: TmxProp[];
  notes?: TmxProp[];
  variants: TmxWriteVariant[];
}

/** The header: the attributes TMX 1.4b requires are filled with our defaults when not given. */
export interface TmxWriteHeader {
  attrs: Partial<Record<(typeof TMX_HEADER_REQUIRED)[number], string>> & Record<string, string>;
  props?: TmxProp[];
  notes?: TmxProp[];
}

const DEFAULTS: Record<(typeof TMX_HEADER_REQUIRED)[number], string> = {
  creationtool: 'Tarjuman',
  creationtoolversion: '0.1.0',
  segtype: 'sentence',
  'o-tmf': 'Tarjuman',
  adminlang: 'en',
  srclang: 'en',
  datatype: 'plaintext',
};

const attrs = (a: Record<string, string> | undefined) =>
  Object.entries(a ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');

const propsXml = (indent: string, props: TmxProp[] | undefined, notes: TmxProp[] | undefined) =>
  [
    ...(notes ?? []).map((n) => `${indent}<note${n.lang ? ` xml:lang="${escapeXml(n.lang)}"` : ''}>${escapeXml(n.value)}</note>\n`),
    ...(props ?? []).map((p) => `${indent}<prop type="${escapeXml(p.type ?? 'x-unknown')}"${p.lang ? ` xml:lang="${escapeXml(p.lang)}"` : ''}>${escapeXml(p.value)}</prop>\n`),
  ].join('');

/** Writes a TMX 1.4 document (UTF-8, no BOM), one unit after another so large memories stream through `chunks`. */
export function* writeTmxChunks(header: TmxWriteHeader, units: Iterable<TmxWriteUnit>): Generator<string> {
  const h = { ...DEFAULTS, ...header.attrs };
  const ordered: Record<string, string> = {};
  for (const k of TMX_HEADER_REQUIRED) ordered[k] = h[k];
  for (const [k, v] of Object.entries(h)) if (!(k in ordered)) ordered[k] = v;
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n  <header${attrs(ordered)}>\n${propsXml('    ', header.props, header.notes)}  </header>\n  <body>\n`;
  for (const u of units) yield unitXml(u);
  yield '  </body>\n</tmx>\n';
}

/** One tu element. */
export function unitXml(u: TmxWriteUnit): string {
  let out = `    <tu${attrs(u.attrs)}>\n${propsXml('      ', u.props, u.notes)}`;
  for (const v of u.variants) {
    out += `      <tuv xml:lang="${escapeXml(v.lang)}"${attrs(v.attrs)}>\n${propsXml('        ', v.props, v.notes)}        <seg>${v.inline ?? escapeXml(v.text)}</seg>\n      </tuv>\n`;
  }
  return `${out}    </tu>\n`;
}

/** A whole TMX document as one string. */
export function writeTmx(header: TmxWriteHeader, units: Iterable<TmxWriteUnit>): string {
  return [...writeTmxChunks(header, units)].join('');
}
