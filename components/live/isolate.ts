/** A name isolated for bidirectional text (FSI … PDI, the plain-text <bdi>): a Latin name stays whole in an Arabic or Farsi sentence. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
