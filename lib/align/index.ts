// Sentence alignment of published pairs and the transliteration model.
export type { AlignLink, AlignOptions, TermIndex } from './types';
export { alignSentences, anchorScore, bandWidth } from './align-sentences';
export { alignTexts, sentencesOf, type TextAlignment } from './align-texts';
export { buildAnchors, endKind, type AnchorTable } from './anchors';
export { detectLang } from './detect-lang';
export { charLength, defaultParams, estimateParams, fitParams, lengthCost, lengthProbability, lengthTermCost, normalCdf, PRIOR, wordCount, type BeadType, type LengthParams } from './length-model';
export { numberWordKeys } from './number-words';
export { nameSimilarity, NAME_THRESHOLD } from './transliterate';
