/** XLIFF 2.1 model: what Tarjuman reads and writes (groups flattened, extensions other than tj: dropped). */
export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** Namespace of Tarjuman's own extension attributes (e.g. tj:href on a link `<pc>`). */
export const TJ_NS = 'urn:tarjuman:xliff:1';

export type XliffState = 'initial' | 'translated' | 'reviewed' | 'final';
/** Core attributes by name; Tarjuman's extension attributes as `tj:<name>`. */
export type XliffAttrs = Record<string, string>;

export type XliffInline =
  | { kind: 'text'; text: string }
  | { kind: 'ph'; id: string; attrs?: XliffAttrs }
  | { kind: 'pc'; id: string; attrs?: XliffAttrs; content: XliffInline[] }
  | { kind: 'sc'; id: string; attrs?: XliffAttrs }
  | { kind: 'ec'; id?: string; startRef?: string; attrs?: XliffAttrs }
  | { kind: 'mrk'; id: string; attrs?: XliffAttrs; content: XliffInline[] }
  | { kind: 'sm'; id: string; attrs?: XliffAttrs }
  | { kind: 'em'; startRef: string };

export interface XliffNote {
  id?: string;
  category?: string;
  priority?: number;
  appliesTo?: 'source' | 'target';
  text: string;
}

export interface XliffSegment {
  id?: string;
  /** Set for an `<ignorable>` (content between segments, usually whitespace): not to translate or check. */
  ignorable?: true;
  state?: XliffState;
  source: XliffInline[];
  target?: XliffInline[];
}

export interface XliffUnit {
  id: string;
  name?: string;
  notes: XliffNote[];
  /** `<originalData>`: data id -> native code, referenced by dataRef attributes. */
  originalData?: Record<string, string>;
  segments: XliffSegment[];
}

export interface XliffFile {
  id: string;
  original?: string;
  notes: XliffNote[];
  units: XliffUnit[];
}

export interface XliffDoc {
  version: string;
  srcLang: string;
  trgLang?: string;
  files: XliffFile[];
}

export type XliffValidation =
  | { valid: true }
  | { valid: false; rule: string; message: string; line?: number; column?: number };
