import type { Lang } from '../text/lang';
import { sql } from './sql';

/** Units per memory and language pair (an index-only scan of tm_units_memory). */
export function memoryPairRows(): Promise<{ memoryId: number; sourceLang: Lang; targetLang: Lang; units: number }[]> {
  return sql`select memory_id as "memoryId", source_lang as "sourceLang", target_lang as "targetLang", count(*)::int as units
    from tm_units group by memory_id, source_lang, target_lang order by memory_id, count(*) desc`;
}
