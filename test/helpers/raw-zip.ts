/**
 * A raw ZIP writer for hostile-archive tests: every header field of every entry and of the end
 * record can be set, so a test can build archives no normal writer produces (lying sizes, missing
 * CRCs, duplicate or case-folded names, extra central records, ZIP64 end records, counts of 0).
 */
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';

export interface RawZipEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflate (default). */
  method?: number;
  /** Overrides, central directory. */
  crc?: number;
  size?: number;
  compressedSize?: number;
  flags?: number;
  /** Overrides, local header (default: the central values). */
  localName?: string;
  localCrc?: number;
  localSize?: number;
  localCompressedSize?: number;
  localMethod?: number;
  /** Leave this entry out of the central directory (data only). */
  hiddenFromDirectory?: boolean;
  /** List this entry's central record twice. */
  centralTwice?: boolean;
  /** Raw compressed bytes instead of deflating `data`. */
  rawCompressed?: Uint8Array;
}

export interface RawZipOptions {
  /** Override the end record's entry counts (both fields). */
  count?: number;
  /** Put a ZIP64 end record and locator before the end record. */
  zip64End?: boolean;
  /** Override the central directory's offset in the end record. */
  cdOffset?: number;
  comment?: string;
}

const enc = (s: string) => new TextEncoder().encode(s);

export function rawZip(entries: RawZipEntry[], o: RawZipOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let records = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? enc(e.data) : e.data;
    const method = e.method ?? 8;
    const comp = e.rawCompressed ?? (method === 8 ? new Uint8Array(deflateRawSync(data)) : data);
    const crc = e.crc ?? zlibCrc32(data) >>> 0;
    const size = e.size ?? data.length;
    const csize = e.compressedSize ?? comp.length;
    const flags = e.flags ?? 0x800;
    const name = enc(e.name);
    const lname = enc(e.localName ?? e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, e.localMethod ?? method, true);
    local.setUint32(14, e.localCrc ?? crc, true);
    local.setUint32(18, e.localCompressedSize ?? csize, true);
    local.setUint32(22, e.localSize ?? size, true);
    local.setUint16(26, lname.length, true);
    parts.push(new Uint8Array(local.buffer), lname, comp);
    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, 20, true);
    cd.setUint16(6, 20, true);
    cd.setUint16(8, flags, true);
    cd.setUint16(10, method, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, csize, true);
    cd.setUint32(24, size, true);
    cd.setUint16(28, name.length, true);
    cd.setUint32(42, offset, true);
    if (!e.hiddenFromDirectory) {
      for (let k = 0; k < (e.centralTwice ? 2 : 1); k++) {
        central.push(new Uint8Array(cd.buffer.slice(0)), name);
        records++;
      }
    }
    offset += 30 + lname.length + comp.length;
  }
  const cdStart = offset;
  const cdBytes = central.reduce((n, b) => n + b.length, 0);
  const tail: Uint8Array[] = [];
  if (o.zip64End) {
    const z = new DataView(new ArrayBuffer(56 + 20));
    z.setUint32(0, 0x06064b50, true);
    z.setBigUint64(4, 44n, true);
    z.setBigUint64(24, BigInt(records), true);
    z.setBigUint64(32, BigInt(records), true);
    z.setBigUint64(40, BigInt(cdBytes), true);
    z.setBigUint64(48, BigInt(cdStart), true);
    z.setUint32(56, 0x07064b50, true);
    z.setBigUint64(64, BigInt(cdStart + cdBytes), true);
    z.setUint32(72, 1, true);
    tail.push(new Uint8Array(z.buffer));
  }
  const comment = enc(o.comment ?? '');
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, o.count ?? records, true);
  end.setUint16(10, o.count ?? records, true);
  end.setUint32(12, cdBytes, true);
  end.setUint32(16, o.cdOffset ?? cdStart, true);
  end.setUint16(20, comment.length, true);
  const all = [...parts, ...central, ...tail, new Uint8Array(end.buffer), comment];
  const out = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of all) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

/** The parts of a minimal one-sheet workbook, `sheetData` inside <sheetData>. */
export function workbookEntries(sheetData: string, extra: { sheetName?: string; after?: string } = {}): RawZipEntry[] {
  const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${extra.sheetName ?? 'Tiltak'}" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<Relationships><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>` },
    { name: 'xl/worksheets/sheet1.xml', data: `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData>${extra.after ?? ''}</worksheet>` },
  ];
}
