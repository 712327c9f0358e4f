/**
 * The parts of a DOCX, checked and inflated within caps before mammoth parses anything.
 *
 * mammoth never sees the uploaded bytes: it is handed `file`, an object with the two methods its own zip
 * wrapper has (`exists`, `read`), backed by our verified archive. Every XML part (`.xml`, `.rels`) is
 * inflated up front within the zip caps and its elements and paragraphs are counted; other parts
 * (pictures, embedded workbooks) are only inflated if mammoth asks for them, which it does not since
 * images are skipped. So no difference between our zip reading and JSZip's can let a bomb through.
 */
import { ImportError } from './import-error';
import { openZip, ZIP_LIMITS, type ZipLimits } from './zip-archive';

export interface DocxLimits extends ZipLimits {
  /** Paragraph elements (`<w:p>`, any prefix) in all XML parts together. */
  maxParagraphs: number;
  /** Elements in all XML parts together (bounds the XML tree mammoth builds). */
  maxElements: number;
}

/** A long report has a few thousand paragraphs and some 100,000 elements; a book should be split. */
export const DOCX_LIMITS: DocxLimits = { ...ZIP_LIMITS, maxParagraphs: 30_000, maxElements: 500_000 };

/** What mammoth's `file` input must offer (the shape of mammoth's own zip wrapper). */
export interface MammothFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

const XML_PART = /\.(?:xml|rels)$/iu;

/** Opens a DOCX within the limits; rejects with an ImportError (archive codes, or import-docx-corrupt). */
export async function openDocxPackage(bytes: Uint8Array, limits: DocxLimits = DOCX_LIMITS): Promise<MammothFile> {
  const zip = openZip(bytes, limits);
  const parts = new Map<string, Uint8Array>();
  const counter = new ElementCounter(limits);
  for (const entry of zip.entries) {
    if (!XML_PART.test(entry.name)) continue;
    counter.entry = entry.name;
    parts.set(entry.name, await zip.read(entry.name, (chunk) => counter.push(chunk)));
  }
  return {
    exists: (name) => zip.has(name),
    async read(name, encoding) {
      const data = parts.get(name) ?? (await zip.read(name));
      if (encoding === 'base64') return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return data;
    },
  };
}

/**
 * Counts element start tags, and those whose local name is `p`, over XML bytes fed in chunks (a tag may
 * straddle two), and throws as soon as a cap is passed, so inflating stops there. Any prefix counts
 * (`<w:p>`, `<x:p>` bound to the same namespace, DrawingML's `<a:p>`): over-counting is the safe side.
 * End tags, comments, processing instructions and declarations are not elements.
 */
export class ElementCounter {
  elements = 0;
  paragraphs = 0;
  /** The part being read, named in the error. */
  entry = '';
  private state = TEXT;
  private localLength = 0;
  private localIsP = false;

  constructor(private readonly limits: { maxElements: number; maxParagraphs: number }) {}

  push(chunk: Uint8Array): void {
    let { state, localLength, localIsP, elements, paragraphs } = this;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (state === TEXT) {
        if (b === 0x3c) state = OPEN;
        continue;
      }
      if (state === OPEN) {
        if (b === 0x2f || b === 0x3f || b === 0x21) {
          state = TEXT; // </ <? <!
          continue;
        }
        elements++;
        state = NAME;
        localLength = 0;
      }
      if (b === 0x3e || b === 0x2f || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) {
        if (localLength === 1 && localIsP) paragraphs++;
        state = TEXT;
      } else if (b === 0x3a) localLength = 0;
      else {
        localIsP = localLength === 0 && b === 0x70;
        localLength++;
      }
      if (elements > this.limits.maxElements || paragraphs > this.limits.maxParagraphs) break;
    }
    Object.assign(this, { state, localLength, localIsP, elements, paragraphs });
    if (paragraphs > this.limits.maxParagraphs) throw new ImportError('import-archive-too-many-paragraphs', { entry: this.entry, limit: this.limits.maxParagraphs });
    if (elements > this.limits.maxElements) throw new ImportError('import-archive-too-many-elements', { entry: this.entry, limit: this.limits.maxElements });
  }
}

const TEXT = 0;
const OPEN = 1;
const NAME = 2;
