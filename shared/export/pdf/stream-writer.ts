/**
 * pdf-lib's PDFStreamWriter, rebuilt on its public classes for large tagged documents: object
 * streams of 500 objects deflated by fflate, structure elements packed from prepared strings
 * without becoming pdf-lib objects, and the cross-reference stream written from plain arrays.
 *
 * Why: a tagged 9 000-row table has ~81 000 structure elements. pdf-lib packs 50 objects to an
 * object stream, deflates each with pako (1 600 deflater set-ups), builds the xref stream entry
 * by entry and yields a timer tick every 50 objects: saving took several times the layout. The
 * file layout is pdf-lib's own (header, indirect objects, object streams, xref stream, trailer).
 */
import { zlibSync } from 'fflate';
import {
  PDFHeader,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFWriter,
} from 'pdf-lib';
import type { PDFContext, PDFDict } from 'pdf-lib';

const OBJECTS_PER_STREAM = 500;

/**
 * Objects given as prepared PDF syntax, numbered `first`, `first + 1`, … (reserved in the
 * context), packed into object streams without becoming pdf-lib objects (see structure.ts).
 */
export interface PreparedObjects {
  first: number;
  sources: string[];
}

/** An indirect object written as prepared PDF syntax (ASCII). */
export class RawObject extends PDFObject {
  constructor(private readonly src: string) {
    super();
  }
  override clone(): RawObject {
    return new RawObject(this.src);
  }
  override toString(): string {
    return this.src;
  }
  override sizeInBytes(): number {
    return this.src.length;
  }
  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const s = this.src;
    for (let i = 0; i < s.length; i++) buffer[offset + i] = s.charCodeAt(i);
    return s.length;
  }
}

/** Writes `context` as bytes: `await FastStreamWriter.of(pdf.context, prepared).serializeToBuffer()`. */
export class FastStreamWriter extends PDFWriter {
  private prepared: PreparedObjects = { first: 0, sources: [] };

  static of(context: PDFContext, prepared?: PreparedObjects): FastStreamWriter {
    // No yielding between objects: exports run in a worker, and each yield costs a timer tick.
    const w = new FastStreamWriter(context, Number.POSITIVE_INFINITY);
    if (prepared) w.prepared = prepared;
    return w;
  }

  protected override async computeBufferSize(): Promise<{ size: number; header: PDFHeader; indirectObjects: [PDFRef, PDFObject][]; trailer: PDFTrailer }> {
    const ctx = this.context;
    let objectNumber = ctx.largestObjectNumber + 1;
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    // Cross-reference entries per object number: type (0 free, 1 at an offset, 2 in an object
    // stream), then offset or stream number, then index in the stream.
    const xType: number[] = [0];
    const xA: number[] = [0];
    const xB: number[] = [65535];
    const entry = (num: number, type: number, a: number, b: number) => {
      xType[num] = type;
      xA[num] = a;
      xB[num] = b;
    };
    const uncompressed: [PDFRef, PDFObject][] = [];
    const chunks: [number, PDFObject][][] = [];
    const chunkNums: number[] = [];
    const encrypt = ctx.trailerInfo.Encrypt;
    const pack = (num: number, object: PDFObject) => {
      let chunk = chunks.at(-1);
      if (!chunk || chunk.length >= OBJECTS_PER_STREAM) {
        chunk = [];
        chunks.push(chunk);
        chunkNums.push(objectNumber++);
      }
      entry(num, 2, chunkNums.at(-1)!, chunk.length);
      chunk.push([num, object]);
    };
    const { first, sources } = this.prepared;
    for (let i = 0; i < sources.length; i++) pack(first + i, new RawObject(sources[i]!));
    for (const item of ctx.enumerateIndirectObjects()) {
      const [ref, object] = item;
      if (ref === encrypt || object instanceof PDFStream || object instanceof PDFInvalidObject || ref.generationNumber !== 0) {
        uncompressed.push(item);
        entry(ref.objectNumber, 1, size, ref.generationNumber);
        size += this.computeIndirectObjectSize(item);
        continue;
      }
      pack(ref.objectNumber, object);
    }
    chunks.forEach((chunk, i) => {
      const item: [PDFRef, PDFObject] = [PDFRef.of(chunkNums[i]!), objectStream(ctx, chunk)];
      entry(chunkNums[i]!, 1, size, 0);
      size += this.computeIndirectObjectSize(item);
      uncompressed.push(item);
    });
    const xrefNum = objectNumber++;
    entry(xrefNum, 1, size, 0);
    const xrefOffset = size;
    const xref = crossReferenceStream(this.createTrailerDict(), objectNumber, xType, xA, xB);
    const item: [PDFRef, PDFObject] = [PDFRef.of(xrefNum), xref];
    size += this.computeIndirectObjectSize(item);
    uncompressed.push(item);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: uncompressed, trailer };
  }
}

const bytesFor = (max: number) => (max < 0x100 ? 1 : max < 0x10000 ? 2 : max < 0x1000000 ? 3 : 4);

/** The cross-reference stream (PDF 7.5.8) for objects 0 … size − 1, deflated. */
function crossReferenceStream(dict: PDFDict, size: number, type: number[], a: number[], b: number[]): PDFRawStream {
  let maxA = 0;
  let maxB = 0;
  for (let i = 0; i < size; i++) {
    if ((a[i] ?? 0) > maxA) maxA = a[i]!;
    if ((b[i] ?? 0) > maxB) maxB = b[i]!;
  }
  const wa = bytesFor(maxA);
  const wb = bytesFor(maxB);
  const row = 1 + wa + wb;
  const out = new Uint8Array(size * row);
  for (let i = 0; i < size; i++) {
    let at = i * row;
    // Numbers never used are free entries pointing at object 0 (type 0 with zeros).
    out[at++] = type[i] ?? 0;
    const va = a[i] ?? 0;
    for (let k = wa - 1; k >= 0; k--) out[at++] = Math.floor(va / 256 ** k) % 256;
    const vb = type[i] === undefined ? 0 : (b[i] ?? 0);
    for (let k = wb - 1; k >= 0; k--) out[at++] = Math.floor(vb / 256 ** k) % 256;
  }
  dict.set(PDFName.of('Type'), PDFName.of('XRef'));
  dict.set(PDFName.of('Size'), PDFNumber.of(size));
  dict.set(PDFName.of('W'), dict.context.obj([1, wa, wb]));
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return PDFRawStream.of(dict, zlibSync(out, { level: 6 }));
}

/** An object stream (PDF 7.5.7): "num offset" pairs, then the objects, deflated. */
function objectStream(ctx: PDFContext, objects: [number, PDFObject][]): PDFRawStream {
  let offsets = '';
  let bodySize = 0;
  for (const [num, object] of objects) {
    offsets += `${num} ${bodySize} `;
    bodySize += object.sizeInBytes() + 1;
  }
  const buffer = new Uint8Array(offsets.length + bodySize);
  let at = 0;
  for (let i = 0; i < offsets.length; i++) buffer[at++] = offsets.charCodeAt(i);
  for (const [, object] of objects) {
    at += object.copyBytesInto(buffer, at);
    buffer[at++] = 0x0a;
  }
  const dict = ctx.obj({ Type: 'ObjStm', N: objects.length, First: offsets.length, Filter: 'FlateDecode' });
  return PDFRawStream.of(dict, zlibSync(buffer, { level: 1 }));
}
