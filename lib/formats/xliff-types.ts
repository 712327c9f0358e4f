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

/** One violated constraint: the rule id (see xliff-rule-list.ts), a detail, and where (1-based). */
export interface XliffIssue {
  rule: string;
  message: string;
  line?: number;
  column?: number;
}

/** What the validator reports besides the verdict: what it checked and what it could not. */
export interface XliffCoverage {
  /** Violations in the order found (at most `maxErrors`); empty when valid. */
  errors: XliffIssue[];
  /** Ids of the rules applied to this document (core, and those of the modules it uses). */
  rulesChecked: string[];
  /** Namespaces seen in the document for which the validator has no rules (extensions, unknown modules). */
  modulesNotValidated: string[];
}

/** `valid: false` also carries the first violation at the top level (rule, message, line, column). */
export type XliffValidation =
  | ({ valid: true } & XliffCoverage)
  | ({ valid: false; rule: string; message: string; line?: number; column?: number } & XliffCoverage);

export interface XliffValidateOptions {
  /**
   * Fragment-identifier prefixes registered beyond the built-in ones, by namespace URI
   * (e.g. `{ 'urn:example:ext': 'ex' }`), as with the XLIFF TC prefix registry.
   */
  prefixes?: Record<string, string>;
  /** Stop after this many violations (default 100). */
  maxErrors?: number;
  /**
   * Extension namespaces tolerated on inline codes although the spec allows only fs and slr there.
   * The reader uses it for Tarjuman's own files written before its exports became conformant.
   */
  codeAttributeNamespaces?: string[];
}
