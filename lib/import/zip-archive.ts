/**
 * A strict, capped reader of zip archives (DOCX packages). Server/CLI only (node:zlib).
 *
 * Opening reads the central directory and every local header and refuses, before inflating anything,
 * the layouts used by zip bombs and parser tricks: zip64 fields, several disks, too many entries,
 * encryption, methods other than stored/deflate, duplicate names, a local header that disagrees with the
 * directory, entries whose data overlap (one compressed stream shared by many entries). Reading an entry
 * checks its declared size against the caps, then inflates as a stream that is destroyed as soon as the
 * output passes the declared size (so a directory that lies is caught after at most that many bytes) or an
 * inspector of the chunks refuses them, or the output outgrows the input consumed more than `maxRatio` times; the inflated size and CRC-32 must then equal the declared ones.
 * Entries never read (pictures, embedded workbooks) are never inflated.
 */
import zlib from 'node:zlib';
import { ImportError } from './import-error';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Inflated bytes of one entry that is read. */
  maxEntryBytes: number;
  /** Inflated bytes of all entries read from one archive. */
  maxTotalBytes: number;
  /** Inflated bytes per compressed byte, checked once an entry has given 1 MiB (Word XML: about 10, 75 for a very repetitive one). */
  maxRatio: number;
}

/** Caps for a DOCX of at most 10 MB: a few hundred pages of Word XML fit well inside them. */
export const ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxEntryBytes: 16 * 1024 * 1024, maxTotalBytes: 48 * 1024 * 1024, maxRatio: 500 };

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  compressedSize: number;
  /** Inflated size as declared by the central directory. */
  size: number;
  crc32: number;
  /** Offset of the local header, and of the entry's data just after it. */
  headerOffset: number;
  dataStart: number;
}

export interface ZipArchive {
  entries: readonly ZipEntry[];
  has(name: string): boolean;
  /**
   * Inflated bytes of an entry, within the caps; rejects with an ImportError. `inspect` sees each inflated
   * chunk as it comes and may throw to stop inflating at once.
   */
  read(name: string, inspect?: (chunk: Uint8Array) => void): Promise<Uint8Array>;
  /** Inflated bytes read so far from this archive. */
  readonly bytesRead: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const unsafe = (entry: string, reason: string) => new ImportError('import-archive-unsafe', { entry, reason });
const tooLarge = (entry: string, limit: number, scope: 'entry' | 'total') =>
  new ImportError('import-archive-too-large', { entry, limit, limitMb: Math.round(limit / (1024 * 1024)), scope });
const corrupt = (reason: string, entry?: string) => new ImportError('import-docx-corrupt', entry === undefined ? { reason } : { reason, entry });

/** Opens a zip after checking its whole directory; nothing is inflated yet. Throws ImportError. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  const eocd = findEndOfDirectory(bytes, view);
  if (eocd >= 20 && u32(eocd - 20) === ZIP64_LOCATOR) throw unsafe('', 'zip64');
  const [disk, cdDisk, onDisk, total, cdSize, cdOffset] = [u16(eocd + 4), u16(eocd + 6), u16(eocd + 8), u16(eocd + 10), u32(eocd + 12), u32(eocd + 16)];
  if (total === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw unsafe('', 'zip64');
  if (disk !== 0 || cdDisk !== 0 || onDisk !== total) throw unsafe('', 'multi-disk');
  if (total > limits.maxEntries) throw new ImportError('import-archive-too-many-entries', { count: total, limit: limits.maxEntries });
  // The directory ends where the end record starts: nothing hidden between them.
  if (cdOffset + cdSize !== eocd) throw unsafe('', 'layout');

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let at = cdOffset;
  for (let i = 0; i < total; i++) {
    if (at + 46 > eocd || u32(at) !== CENTRAL) throw corrupt('zip');
    const [flags, method, crc, csize, size, nameLen, extraLen, commentLen, startDisk, offset] = [
      u16(at + 8), u16(at + 10), u32(at + 16), u32(at + 20), u32(at + 24), u16(at + 28), u16(at + 30), u16(at + 32), u16(at + 34), u32(at + 42),
    ];
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLen);
    const name = new TextDecoder().decode(nameBytes);
    at += 46 + nameLen + extraLen + commentLen;
    if (at > eocd) throw corrupt('zip');
    if (csize === 0xffffffff || size === 0xffffffff || offset === 0xffffffff || startDisk === 0xffff) throw unsafe(name, 'zip64');
    if (startDisk !== 0) throw unsafe(name, 'multi-disk');
    if (flags & 0x41) throw unsafe(name, 'encrypted');
    if (method !== 0 && method !== 8) throw unsafe(name, 'method');
    if (method === 0 && csize !== size) throw unsafe(name, 'size-mismatch');
    if (byName.has(name)) throw unsafe(name, 'duplicate');

    if (offset + 30 > cdOffset || u32(offset) !== LOCAL) throw corrupt('zip', name);
    const [localMethod, localNameLen, localExtraLen] = [u16(offset + 8), u16(offset + 26), u16(offset + 28)];
    const localName = bytes.subarray(offset + 30, offset + 30 + localNameLen);
    if (localMethod !== method || !sameBytes(localName, nameBytes)) throw unsafe(name, 'header-mismatch');
    const dataStart = offset + 30 + localNameLen + localExtraLen;
    if (dataStart + csize > cdOffset) throw corrupt('zip', name);
    const entry: ZipEntry = { name, method, compressedSize: csize, size, crc32: crc, headerOffset: offset, dataStart };
    entries.push(entry);
    byName.set(name, entry);
  }
  if (at !== eocd) throw corrupt('zip');
  // Each entry's header and data lie before the next header: no byte belongs to two entries.
  const ordered = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    if (prev.dataStart + prev.compressedSize > ordered[i]!.headerOffset) throw unsafe(ordered[i]!.name, 'overlap');
  }

  let bytesRead = 0;
  return {
    entries,
    has: (name) => byName.has(name),
    get bytesRead() {
      return bytesRead;
    },
    async read(name, inspect) {
      const entry = byName.get(name);
      if (!entry) throw corrupt('missing-entry', name);
      if (entry.size > limits.maxEntryBytes) throw tooLarge(name, limits.maxEntryBytes, 'entry');
      if (bytesRead + entry.size > limits.maxTotalBytes) throw tooLarge(name, limits.maxTotalBytes, 'total');
      bytesRead += entry.size; // counted before inflating, so reads running together share the budget
      const data = entry.method === 0 ? bytes.subarray(entry.dataStart, entry.dataStart + entry.size) : await inflateEntry(bytes, entry, limits.maxRatio, inspect);
      if (entry.method === 0) inspect?.(data);
      if (crc32(data) !== entry.crc32) throw corrupt('crc', entry.name);
      return data;
    },
  };
}

/** The end-of-directory record: the last one whose comment reaches exactly the end of the file. */
function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD && at + 22 + view.getUint16(at + 20, true) === bytes.length) return at;
  }
  throw corrupt('zip');
}

const RATIO_FLOOR = 1024 * 1024;

/** Inflates as a stream, destroyed as soon as the output passes the declared size or the ratio, or `inspect` throws. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxRatio: number, inspect?: (chunk: Uint8Array) => void): Promise<Uint8Array> {
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const fail = (err: unknown) => {
      if (done) return;
      done = true;
      inflater.destroy();
      reject(err);
    };
    inflater.on('data', (chunk: Buffer) => {
      if (done) return;
      total += chunk.length;
      if (total > entry.size) return fail(unsafe(entry.name, 'size-mismatch'));
      // bytesWritten is the compressed input zlib has consumed so far.
      if (total > RATIO_FLOOR && total > maxRatio * Math.max(1, inflater.bytesWritten)) return fail(unsafe(entry.name, 'ratio'));
      try {
        inspect?.(chunk);
      } catch (err) {
        return fail(err);
      }
      chunks.push(chunk);
    });
    inflater.on('error', (cause) => fail(new ImportError('import-docx-corrupt', { reason: 'deflate', entry: entry.name }, { cause })));
    inflater.on('end', () => {
      if (done) return;
      if (total !== entry.size) return fail(unsafe(entry.name, 'size-mismatch'));
      done = true;
      resolve(Buffer.concat(chunks, total));
    });
    inflater.end(raw);
  });
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const nativeCrc = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
let table: Uint32Array | null = null;

/** CRC-32 of the zip format (node's own when it has one). */
export function crc32(data: Uint8Array): number {
  if (nativeCrc) return nativeCrc(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
