import { buildTermIndex, matchTerms } from '../terms';
import type { Lang } from '../text/lang';
import { loadStored, plainConcept } from './glossary-rows';
import { sql } from './sql';
import type { Occurrence } from '../terms/glossary-views';

export type { Occurrence } from '../terms/glossary-views';


interface TextRow {
  document_id: number;
  title: string;
  segment_id: number;
  position: number;
  lang: Lang;
  text: string;
}

/**
 * Occurrences of one concept in the stored documents (source and translations of live segments),
 * found by the lib matcher with an index of this concept alone, so morphology counts (بالمقاومة).
 */
export async function conceptOccurrences(id: string, limit = 200): Promise<Occurrence[]> {
  const [concept] = await loadStored(sql, [id]);
  if (!concept) return [];
  const index = buildTermIndex([plainConcept(concept)]);
  const langs = [...new Set(concept.terms.map((t) => t.lang))];
  const out: Occurrence[] = [];
  const cursor = sql<TextRow[]>`
    select x.* from (
      select d.id as document_id, d.title, s.id as segment_id, s.position, d.source_lang as lang, s.text
      from segments s join documents d on d.id = s.document_id where s.merged_into is null
      union all
      select d.id, d.title, s.id, s.position, t.lang, t.text
      from translations t join segments s on s.id = t.segment_id join documents d on d.id = s.document_id
      where s.merged_into is null and t.text <> ''
    ) x where x.lang = any(${langs}::text[])
    order by x.document_id, x.position, x.lang`.cursor(500);
  for await (const rows of cursor) {
    for (const r of rows) {
      for (const m of matchTerms(index, r.text, r.lang)) {
        out.push({ documentId: r.document_id, documentTitle: r.title, segmentId: r.segment_id, position: r.position, lang: r.lang, text: r.text, start: m.start, end: m.end, term: m.term });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
