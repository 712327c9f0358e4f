import type { ReactNode } from 'react';
import type { PmMark, PmNode } from '@/lib/documents/types';

function withMarks(text: string, marks: PmMark[] | undefined, key: number): ReactNode {
  let node: ReactNode = text;
  for (const mark of marks ?? []) {
    if (mark.type === 'bold') node = <strong>{node}</strong>;
    else if (mark.type === 'italic') node = <em>{node}</em>;
    else if (mark.type === 'link') node = <a href={String(mark.attrs?.href ?? '')}>{node}</a>;
    else if (mark.type === 'originalWording')
      node = (
        <span className="original-wording" data-original-wording="" lang={String(mark.attrs?.lang ?? '')}>
          {node}
        </span>
      );
    else if (mark.type === 'glossaryTerm') node = <span className="glossary-term" data-concept-id={String(mark.attrs?.conceptId ?? '')}>{node}</span>;
  }
  return <span key={key}>{node}</span>;
}

function inline(nodes: PmNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((n, i) => (n.type === 'text' ? withMarks(n.text ?? '', n.marks, i) : n.type === 'hardBreak' ? <br key={i} /> : null));
}

/** A light read-only rendering of a pane's Tiptap JSON, shown until its editor mounts. */
export function StaticContent({ doc }: { doc: PmNode | null }) {
  const blocks = doc?.content ?? [];
  return (
    <>
      {blocks.map((block, i) =>
        block.type === 'heading' ? (
          <h2 key={i}>{inline(block.content)}</h2>
        ) : (
          <p key={i}>{inline(block.content)}</p>
        ),
      )}
    </>
  );
}
