/**
 * Writes zip archives byte by byte for tests, including the malformed and lying ones real tools refuse to
 * write (zip bombs, overlapping entries, zip64 markers). Test support only.
 */
import zlib from 'node:zlib';

export interface RawEntry {
  name: string;
  /** The bytes stored in the archive (already deflated when method is 8). */
  data: Uint8Array;
  method?: number;
  /** Declared inflated size and CRC (default: those of `plain`, or of `data` when stored). */
  size?: number;
  crc?: number;
  plain?: Uint8Array;
  flags?: number;
  /** Declared compressed size (default: the length of `data`). */
  compressedSize?: number;
  /** Write no local header and data; point the directory entry at this offset instead. */
  sharesHeaderAt?: number;
}

export interface ZipOptions {
  /** Declared number of entries in the end record (default: the real count). */
  declaredCount?: number;
  /** Put a zip64 end-of-directory locator before the end record. */
  zip64Locator?: boolean;
}

const enc = new TextEncoder();

/** Deflated entry with correct size and CRC. */
export function deflated(name: string, text: string | Uint8Array): RawEntry {
  const plain = typeof text === 'string' ? enc.encode(text) : text;
  return { name, data: zlib.deflateRawSync(plain), method: 8, plain };
}

/** Assembles the entries into a zip (local headers, data, central directory, end record). */
export function buildZip(entries: RawEntry[], options: ZipOptions = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => (chunks.push(b), (offset += b.length));
  const central: Uint8Array[] = [];
  for (const e of entries) {
    const name = enc.encode(e.name);
    const method = e.method ?? 0;
    const plain = e.plain ?? (method === 0 ? e.data : undefined);
    const size = e.size ?? plain?.length ?? 0;
    const crc = e.crc ?? (plain ? zlib.crc32(plain) : 0);
    const at = e.sharesHeaderAt ?? offset;
    if (e.sharesHeaderAt === undefined) {
      const local = header(30 + name.length, (v) => {
        v.setUint32(0, 0x04034b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, e.flags ?? 0, true);
        v.setUint16(8, method, true);
        v.setUint32(14, crc, true);
        v.setUint32(18, e.compressedSize ?? e.data.length, true);
        v.setUint32(22, size, true);
        v.setUint16(26, name.length, true);
      });
      local.set(name, 30);
      push(local);
      push(e.data);
    }
    const c = header(46 + name.length, (v) => {
      v.setUint32(0, 0x02014b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(6, 20, true);
      v.setUint16(8, e.flags ?? 0, true);
      v.setUint16(10, method, true);
      v.setUint32(16, crc, true);
      v.setUint32(20, e.compressedSize ?? e.data.length, true);
      v.setUint32(24, size, true);
      v.setUint16(28, name.length, true);
      v.setUint32(42, at, true);
    });
    c.set(name, 46);
    central.push(c);
  }
  const cdOffset = offset;
  for (const c of central) push(c);
  const cdSize = offset - cdOffset;
  if (options.zip64Locator) {
    push(header(20, (v) => v.setUint32(0, 0x07064b50, true)));
  }
  const count = options.declaredCount ?? entries.length;
  push(
    header(22, (v) => {
      v.setUint32(0, 0x06054b50, true);
      v.setUint16(8, count, true);
      v.setUint16(10, count, true);
      v.setUint32(12, options.zip64Locator ? cdSize + 20 : cdSize, true);
      v.setUint32(16, cdOffset, true);
    }),
  );
  const out = new Uint8Array(offset);
  let at = 0;
  for (const c of chunks) (out.set(c, at), (at += c.length));
  return out;
}

function header(length: number, fill: (v: DataView) => void): Uint8Array {
  const b = new Uint8Array(length);
  fill(new DataView(b.buffer));
  return b;
}

/**
 * A raw deflate stream of `head`, then `unit` repeated `times` times, then `tail`, built without ever
 * holding the inflated bytes: one block of ~1 MiB of units, flushed to a byte boundary, is repeated.
 * Returns the stream, its inflated length and (under 100 MB inflated, else 0) the CRC-32 of the inflated bytes.
 */
export function deflatedRepeat(head: string, unit: string, times: number, tail: string): { data: Uint8Array; size: number; crc: number } {
  const unitBytes = enc.encode(unit);
  const perBlock = Math.max(1, Math.floor((1 << 20) / unitBytes.length));
  const block = new Uint8Array(perBlock * unitBytes.length);
  for (let i = 0; i < perBlock; i++) block.set(unitBytes, i * unitBytes.length);
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const headData = zlib.deflateRawSync(enc.encode(head), flush);
  const blockData = zlib.deflateRawSync(block, flush);
  const blocks = Math.floor(times / perBlock);
  const rest = times - blocks * perBlock;
  const restData = zlib.deflateRawSync(block.subarray(0, rest * unitBytes.length), flush);
  const tailData = zlib.deflateRawSync(enc.encode(tail)); // the final block
  const data = new Uint8Array(headData.length + blocks * blockData.length + restData.length + tailData.length);
  let at = 0;
  for (const part of [headData, ...Array<Uint8Array>(blocks).fill(blockData), restData, tailData]) (data.set(part, at), (at += part.length));
  const size = enc.encode(head).length + times * unitBytes.length + enc.encode(tail).length;
  let crc = 0;
  if (size < 100e6) {
    crc = zlib.crc32(head);
    for (let i = 0; i < blocks; i++) crc = zlib.crc32(block, crc);
    crc = zlib.crc32(tail, zlib.crc32(block.subarray(0, rest * unitBytes.length), crc));
  }
  return { data, size, crc };
}
