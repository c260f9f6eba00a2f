/**
 * pdf-lib's PDFStreamWriter with the object streams deflated by fflate, 500 objects a stream.
 *
 * Why: a tagged 9 000-row table has ~80 000 structure elements. pdf-lib packs non-stream objects
 * 50 to an object stream and deflates each with pako: 1 600 deflater set-ups and pako's slower
 * deflate made saving ~3x the cost of laying the whole document out. The file layout is pdf-lib's
 * own (header, indirect objects, object streams, cross-reference stream, trailer), built with its
 * public classes; only the object streams' packing and compression differ.
 */
import { zlibSync } from 'fflate';
import {
  PDFCrossRefStream,
  PDFHeader,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFWriter,
} from 'pdf-lib';
import type { PDFContext, PDFObject } from 'pdf-lib';

const OBJECTS_PER_STREAM = 500;

/** Writes `context` as bytes: `await FastStreamWriter.of(pdf.context).serializeToBuffer()`. */
export class FastStreamWriter extends PDFWriter {
  static of(context: PDFContext): FastStreamWriter {
    // No yielding between objects: exports run in a worker, and each yield costs a timer tick.
    return new FastStreamWriter(context, Number.POSITIVE_INFINITY);
  }

  protected override async computeBufferSize(): Promise<{ size: number; header: PDFHeader; indirectObjects: [PDFRef, PDFObject][]; trailer: PDFTrailer }> {
    const ctx = this.context;
    let objectNumber = ctx.largestObjectNumber + 1;
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    const xref = PDFCrossRefStream.create(this.createTrailerDict(), false);
    const uncompressed: [PDFRef, PDFObject][] = [];
    const chunks: [PDFRef, PDFObject][][] = [];
    const chunkRefs: PDFRef[] = [];
    const encrypt = ctx.trailerInfo.Encrypt;
    for (const entry of ctx.enumerateIndirectObjects()) {
      const [ref, object] = entry;
      if (ref === encrypt || object instanceof PDFStream || object instanceof PDFInvalidObject || ref.generationNumber !== 0) {
        uncompressed.push(entry);
        xref.addUncompressedEntry(ref, size);
        size += this.computeIndirectObjectSize(entry);
        continue;
      }
      let chunk = chunks.at(-1);
      if (!chunk || chunk.length >= OBJECTS_PER_STREAM) {
        chunk = [];
        chunks.push(chunk);
        chunkRefs.push(PDFRef.of(objectNumber++));
      }
      xref.addCompressedEntry(ref, chunkRefs.at(-1)!, chunk.length);
      chunk.push(entry);
    }
    chunks.forEach((chunk, i) => {
      const stream = objectStream(ctx, chunk);
      const entry: [PDFRef, PDFObject] = [chunkRefs[i]!, stream];
      xref.addUncompressedEntry(chunkRefs[i]!, size);
      size += this.computeIndirectObjectSize(entry);
      uncompressed.push(entry);
    });
    const xrefRef = PDFRef.of(objectNumber++);
    xref.dict.set(PDFName.of('Size'), PDFNumber.of(objectNumber));
    xref.addUncompressedEntry(xrefRef, size);
    const xrefOffset = size;
    // Deflated here (fflate) rather than by pdf-lib's pako: ~80 000 entries for a long table.
    xref.updateDict();
    xref.dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    const xrefStream = PDFRawStream.of(xref.dict, zlibSync(xref.getUnencodedContents(), { level: 6 }));
    size += this.computeIndirectObjectSize([xrefRef, xrefStream]);
    uncompressed.push([xrefRef, xrefStream]);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: uncompressed, trailer };
  }
}

/** An object stream (PDF 7.5.7): "num offset" pairs, then the objects, deflated. */
function objectStream(ctx: PDFContext, objects: [PDFRef, PDFObject][]): PDFRawStream {
  let offsets = '';
  let bodySize = 0;
  for (const [ref, object] of objects) {
    offsets += `${ref.objectNumber} ${bodySize} `;
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
  return PDFRawStream.of(dict, zlibSync(buffer, { level: 6 }));
}
