/** What the align action returns: the sentences of both sides and the links between them. */
export interface AlignResult {
  targetLang: 'ar' | 'fa';
  source: string[];
  target: string[];
  links: { source: number[]; target: number[]; score: number }[];
}
