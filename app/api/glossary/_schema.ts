import { z } from 'zod';
import { MAX_TERM_LENGTH, MAX_TEXT_LENGTH, TERM_STATUSES, TERM_TYPES } from '@/lib/db/glossary-validate';
import { LANGS } from '@/lib/text/lang';

const LangSchema = z.enum(LANGS);
const StatusSchema = z.enum(TERM_STATUSES as [string, ...string[]]);
const short = z.string().max(MAX_TEXT_LENGTH).optional();

export const TermSchema = z.object({
  lang: LangSchema,
  text: z.string().min(1).max(MAX_TERM_LENGTH),
  status: StatusSchema,
  type: z.enum(TERM_TYPES as [string, ...string[]]).optional(),
  partOfSpeech: z.string().max(100).optional(),
  usageNote: short,
  source: short,
});

export const ConceptSchema = z.object({
  id: z.string().max(200).optional(),
  subjectField: z.string().max(200).optional(),
  definitions: z.partialRecord(LangSchema, z.string().max(MAX_TEXT_LENGTH)).optional(),
  notes: z.partialRecord(LangSchema, z.string().max(MAX_TEXT_LENGTH)).optional(),
  terms: z.array(TermSchema).min(1).max(200),
});

export const SaveSchema = z.object({ concept: ConceptSchema, baseVersion: z.number().int().min(0).optional() });

export const SearchSchema = z.object({
  q: z.string().max(200).default(''),
  lang: LangSchema.optional(),
  status: StatusSchema.optional(),
  subject: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  deleted: z.enum(['1', 'true']).optional(),
});

export const MatchSchema = z.object({ text: z.string().max(100_000), lang: LangSchema });
