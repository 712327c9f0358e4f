import type { ReactNode } from 'react';

// a private-use character stands for the argument while the message is formatted
const MARK = '\uE000';

/**
 * A UI sentence whose argument `arg` (a user name, an id, a term) is rendered in <bdi>, so a Latin
 * name in an Arabic or Farsi sentence keeps its place and does not pull the words around it into its
 * direction. `format` is the translator call (`(v) => t('acceptedBy', v)`).
 */
export function withBdi<V extends Record<string, string | number>>(format: (values: V) => string, values: V, arg: keyof V & string, lang?: string): ReactNode {
  const text = format({ ...values, [arg]: MARK });
  const at = text.indexOf(MARK);
  if (at < 0) return format(values);
  return (
    <>
      {text.slice(0, at)}
      <bdi lang={lang}>{values[arg]}</bdi>
      {text.slice(at + MARK.length)}
    </>
  );
}
