import type { PmNode } from '../documents/types';
import { mapLang } from '../formats/lang-map';
import type { TmxDocument, TmxProp } from '../formats/tmx-read';
import type { TmxWriteUnit } from '../formats/tmx-write';
import type { Lang } from '../text/lang';
import { hasInline, pmToTmxSeg, tmxSegToPm } from '../formats/tmx-inline';
import { contextKey, tagCount } from './rank';
import { contextOfProps, contextProps } from './tmx-context';
import { pairKeys } from './tokens';
import type { TmxImportReport, UnitLevel } from './types';

/** A unit before it is stored in a memory: texts, keys, context and origin (lib/db adds the memory). */
export interface UnitDraft {
  level: UnitLevel;
  sourceLang: Lang;
  targetLang: Lang;
  sourceText: string;
  targetText: string;
  sourceContent: PmNode | null;
  targetContent: PmNode | null;
  sourceTags: number;
  sourceKey: string;
  targetKey: string;
  sourceWords: number[];
  /** The source's bigram keys (tokens.ts bigramKeys); null when not computed (units written before migration 00015). */
  sourceBigrams: number[] | null;
  targetWords: number[];
  wordCount: number;
  exactHash: number;
  prevKey: string | null;
  nextKey: string | null;
  documentId: number | null;
  segmentId: number | null;
  sentenceIndex: number | null;
  tuid: string | null;
  /** What a TMX unit carried beyond its texts (StoredTmx), kept for export. */
  props: unknown;
  author: string;
  createdAt: string | null;
  changedAt: string | null;
}

const MAX_WARNINGS = 100;

/** The units of a TMX document (at most 100 warnings kept): one per target variant of each tu, the source being the tu's (or the header's) srclang. */
export function unitsFromTmx(doc: TmxDocument, author: string): { units: UnitDraft[]; warnings: TmxImportReport['warnings'] } {
  const warnings: TmxImportReport['warnings'] = [];
  const warn = (code: TmxImportReport['warnings'][number]['code'], at: { line: number; column: number }) => {
    if (warnings.length < MAX_WARNINGS) warnings.push({ code, line: at.line, column: at.column });
  };
  const headerSrc = doc.header.attrs.srclang;
  const units: UnitDraft[] = [];
  for (const tu of doc.units) {
    const srcTag = tu.attrs.srclang && tu.attrs.srclang !== '*all*' ? tu.attrs.srclang : headerSrc;
    // "*all*": any variant may be the source; English when the unit has it, else its first variant in our languages
    const sourceLang = srcTag === '*all*' ? (tu.variants.some((v) => mapLang(v.lang) === 'en') ? 'en' : tu.variants.map((v) => mapLang(v.lang)).find((l) => l !== undefined)) : mapLang(srcTag);
    const source = tu.variants.find((v) => sourceLang !== undefined && mapLang(v.lang) === sourceLang);
    const targets = tu.variants.filter((v) => v !== source);
    for (const v of targets) if (!mapLang(v.lang)) warn('tuv-language-skipped', v);
    const usable = targets.filter((v) => mapLang(v.lang) && mapLang(v.lang) !== sourceLang && v.text.trim() !== '');
    if (!source || !sourceLang || source.text.trim() === '' || usable.length === 0) {
      warn('tu-incomplete', tu);
      continue;
    }
    // Inline codes of our marks (or the standard bold, italic, underline, link) become the marks again;
    // other codes are kept as XML for export and flattened in the text, with a warning.
    const sourceContent = source.inline ? tmxSegToPm(source.inline) : null;
    if (source.inline && !sourceContent) warn('inline-flattened', source);
    const created = tmxDate(tu.attrs.creationdate);
    const context = contextOfProps(tu.props, source.props);
    for (const v of usable) {
      const targetContent = v.inline ? tmxSegToPm(v.inline) : null;
      if (v.inline && !targetContent) warn('inline-flattened', v);
      const targetLang = mapLang(v.lang)!;
      units.push({
        level: 'sentence',
        sourceLang,
        targetLang,
        sourceText: source.text,
        targetText: v.text,
        sourceContent,
        targetContent,
        // counted as the editor counts its own segments' codes, so a 100 stays a 100
        sourceTags: sourceContent ? tagCount(sourceContent) : source.tags,
        ...pairKeys(source.text, v.text, sourceLang, targetLang),
        prevKey: contextKey(context.pre, sourceLang),
        nextKey: contextKey(context.post, sourceLang),
        documentId: null,
        segmentId: null,
        sentenceIndex: null,
        tuid: tu.attrs.tuid ?? null,
        props: {
          tu: { attrs: tu.attrs, props: tu.props, notes: tu.notes },
          source: { lang: source.lang, attrs: source.attrs, props: source.props, notes: source.notes, inline: source.inline },
          target: { lang: v.lang, attrs: v.attrs, props: v.props, notes: v.notes, inline: v.inline },
        },
        author: tu.attrs.changeid ?? tu.attrs.creationid ?? author,
        createdAt: created,
        changedAt: tmxDate(tu.attrs.changedate) ?? created,
      });
    }
  }
  return { units, warnings };
}

/** A TMX date (YYYYMMDDThhmmssZ) as ISO 8601, or null. */
export function tmxDate(value: string | undefined): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : null;
}

/** What an imported unit keeps of its TMX unit: the tu's attributes, props and notes, and each variant's. */
export interface StoredTmx {
  tu?: { attrs?: Record<string, string>; props?: TmxProp[]; notes?: TmxProp[] };
  source?: { lang?: string; attrs?: Record<string, string>; props?: TmxProp[]; notes?: TmxProp[]; inline?: string | null };
  target?: { lang?: string; attrs?: Record<string, string>; props?: TmxProp[]; notes?: TmxProp[]; inline?: string | null };
  /** The neighbouring sources as written, for the editor's and the Align page's units (TMX context props on export). */
  context?: { pre: string | null; post: string | null };
}

/** A stored unit as TMX export reads it (dates already in TMX form). */
export interface StoredUnit {
  id: number;
  sourceText: string;
  targetText: string;
  tuid: string | null;
  props: unknown;
  author: string;
  createdAt: string;
  changedAt: string;
  /** The neighbouring sources' keys (context matches); written as context props when the unit has no TMX props of its own. */
  prevKey?: string | null;
  nextKey?: string | null;
  /** The Tiptap JSON of the editor's units: their marks are written as inline codes. */
  sourceContent?: unknown;
  targetContent?: unknown;
}

/**
 * The tu of a stored unit: as imported (attributes, props, notes, inline codes) or, for the editor's
 * and aligned units, from its origin, with its neighbouring sources as context props (the texts kept
 * with the unit, else their keys, which read back to the same keys).
 */
export function tmxUnitOf(r: StoredUnit, source: Lang, target: Lang): TmxWriteUnit {
  const t = (r.props ?? {}) as StoredTmx;
  const context = t.tu ? [] : contextProps(t.context?.pre ?? r.prevKey ?? null, t.context?.post ?? r.nextKey ?? null);
  return {
    attrs: t.tu?.attrs ?? { tuid: r.tuid ?? `tarjuman-${r.id}`, creationid: r.author, creationdate: r.createdAt, changedate: r.changedAt },
    props: t.tu?.props ?? context,
    notes: t.tu?.notes ?? [],
    variants: [
      { lang: t.source?.lang ?? source, text: r.sourceText, inline: t.source?.inline ?? inlineOf(r.sourceContent), attrs: t.source?.attrs ?? {}, props: t.source?.props ?? [], notes: t.source?.notes ?? [] },
      { lang: t.target?.lang ?? target, text: r.targetText, inline: t.target?.inline ?? inlineOf(r.targetContent), attrs: t.target?.attrs ?? {}, props: t.target?.props ?? [], notes: t.target?.notes ?? [] },
    ],
  };
}

const inlineOf = (content: unknown) => (hasInline(content as PmNode | null) ? pmToTmxSeg(content as PmNode) : null);
