/** A clause link: UTF-16 ranges in the English quote and in the original post. */
export interface AssistantLink {
  en: [number, number];
  original: [number, number];
  score?: number;
}

/** What the assistant shows: the stretch of the post the quote renders, and the clause links inside it. */
export interface AssistantResult {
  stretch: [number, number] | null;
  links: AssistantLink[];
}
