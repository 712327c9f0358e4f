import type { DocumentRow } from '../documents/views';
import { plainText } from '../formats/xliff-tiptap';
import type { QuoteOriginals } from '../qa/document-input';
import type { Lang } from '../text/lang';
import type { EditionInput, EditionSegment } from './types';

export interface EditionSource {
  input: EditionInput;
  /** Segments left out because they have no translation in `lang` yet. */
  untranslated: number;
}

/** What an edition of a stored document in `lang` prints: title, segments in that language, quote originals. */
export function editionFromDocument(doc: DocumentRow, lang: Lang, quotes?: QuoteOriginals): EditionSource {
  const inLang = (s: DocumentRow['segments'][number]) => {
    if (lang === doc.sourceLang || s.doNotTranslate) return s.content;
    const tr = s.translations[lang];
    return tr?.content && tr.text.trim() !== '' ? tr.content : null;
  };
  // The importer keeps the page's title as the first heading: it becomes the edition's h1.
  const first = doc.segments[0];
  const titleSegment = first?.kind === 'heading' && first.text.trim() === doc.title.trim() ? first : null;
  const titleContent = titleSegment ? inLang(titleSegment) : null;
  const segments: EditionSegment[] = [];
  let untranslated = 0;
  for (const s of doc.segments) {
    if (s === titleSegment) continue;
    const content = inLang(s);
    if (!content) {
      untranslated += 1;
      continue;
    }
    const seg: EditionSegment = { kind: s.kind, content };
    const quote = quotes?.get(s.id);
    if (quote) seg.quote = { originalLang: quote.originalLang, originalText: quote.originalText };
    segments.push(seg);
  }
  if (titleSegment && !titleContent) untranslated += 1;
  const input: EditionInput = {
    lang,
    title: titleContent ? plainText(titleContent).trim() : doc.title,
    authors: doc.authors,
    publishedOn: doc.publishedOn,
    sourceUrl: doc.sourceUrl,
    segments,
    alsoAvailableIn: doc.sourceUrl && lang !== doc.sourceLang ? [{ lang: doc.sourceLang, url: doc.sourceUrl }] : [],
  };
  return { input, untranslated };
}
