/** The state one validation carries through the document walk. */
import type { FileIdx, PrefixRegistry, ScopeIdx, UnitIdx } from './xliff-index';
import type { Report } from './xliff-rules';
import type { XmlElement } from './xml';

/** Size and Length Restriction profiles in force in a file (from its `<slr:profiles>`). */
export interface SlrProfiles {
  general?: string;
  storage?: string;
}

export interface Ctx {
  report: Report;
  prefixes: PrefixRegistry;
  /** Namespace URIs met on elements and attributes (other than core and XML). */
  seen: Set<string>;
  files: Map<string, FileIdx>;
  /** Checks that need the whole document indexed (references to later units, files...). */
  deferred: (() => void)[];
  srcLang: string;
  trgLang?: string;
  /** Extension namespaces tolerated on inline codes (see XliffValidateOptions). */
  codeNamespaces: string[];
  slr: SlrProfiles;
  /** Parent of every element (module constraints look at siblings of ancestors). */
  parents: Map<XmlElement, XmlElement>;
  file?: FileIdx;
}

/** Where a module element or attribute sits: its host element and the enclosing scopes. */
export interface Place {
  scope: ScopeIdx;
  unit?: UnitIdx;
}
