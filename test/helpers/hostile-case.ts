// Hostile budget-case files: each builder takes a valid case (as parsed JSON) and returns the text of
// one file of a class that once crashed, hung or was wrongly accepted (issue #14, item 5).
import { CASE_FILE_FORMAT } from '../../shared/budget/case-file.ts';

type Json = Record<string, unknown>;

const text = (o: unknown) => JSON.stringify(o);
const clone = (o: Json): Json => JSON.parse(JSON.stringify(o)) as Json;

/** One named hostile case file. */
export interface HostileCase {
  kind: string;
  text: string;
  /** True when the file is a valid case despite looking odd (it must be read, unchanged in meaning). */
  valid?: boolean;
}

/** Every class, built from `base` (a valid case file's parsed JSON with at least one line, area and actor). */
export function hostileCaseFiles(base: Json): HostileCase[] {
  const out: HostileCase[] = [];
  const add = (kind: string, edit: (c: Json) => unknown, valid?: true) => {
    const c = clone(base);
    const r = edit(c);
    out.push({ kind, text: typeof r === 'string' ? r : text(r ?? c), ...(valid && { valid }) });
  };
  const lines = (c: Json) => c['lines'] as Json[];
  const years = (c: Json) => c['years'] as number[];
  // Odd types where a string is expected.
  add('format-object-no-tostring', (c) => ({ ...c, format: { toString: 1, valueOf: 1 } }));
  add('format-array', (c) => ({ ...c, format: [CASE_FILE_FORMAT] }));
  add('format-number', (c) => ({ ...c, format: 1e308 }));
  add('title-object', (c) => ({ ...c, title: { toString: 1 } }));
  add('id-number', (c) => ({ ...c, id: 7 }));
  add('schema-version-object', (c) => ({ ...c, schemaVersion: { valueOf: 1 } }));
  add('lines-object', (c) => ({ ...c, lines: { length: 1e9 } }));
  add('estimate-string', (c) => { lines(c)[0]!['estimateKNok'] = '100'; });
  // Numbers out of any plausible range.
  add('estimate-1e20', (c) => { lines(c)[0]!['estimateKNok'] = 1e20; });
  add('estimate-1e308', (c) => JSON.stringify(c).replace(/"estimateKNok":\d+/, '"estimateKNok":1e308'));
  add('estimate-overflow-literal', (c) => JSON.stringify(c).replace(/"estimateKNok":\d+/, '"estimateKNok":1e400'));
  add('frame-1e16', (c) => { (c['frames'] as Json[])[0]!['frameKNok'] = 1e16; });
  // Sizes: each alone would make compute or validation cost far beyond the file's size.
  add('frames-300000', (c) => ({ ...c, frames: Array.from({ length: 300_000 }, (_, i) => ({ year: 1900 + (i % 300), frameKNok: 1 })) }));
  add('years-300', (c) => ({ ...c, years: Array.from({ length: 300 }, (_, i) => 1900 + i) }));
  add('alternatives-5000', (c) => ({ ...c, alternatives: Array.from({ length: 5000 }, (_, i) => ({ id: `a${i}`, name: `A${i}` })) }));
  add('areas-20000', (c) => ({ ...c, areas: Array.from({ length: 20_000 }, (_, i) => ({ id: `o${i}`, name: `O${i}` })) }));
  add('actors-20000', (c) => ({ ...c, actors: Array.from({ length: 20_000 }, (_, i) => ({ id: `k${i}`, name: `K${i}` })) }));
  add('lines-100000', (c) => ({ ...c, lines: Array.from({ length: 100_000 }, (_, i) => ({ ...lines(c)[0]!, id: `l${i}` })) }));
  add('adjustments-100000', (c) => ({
    ...c,
    alternatives: [{ id: 'x', name: 'X', adjustments: Array.from({ length: 100_000 }, () => ({ lineId: lines(c)[0]!['id'] })) }],
  }));
  add('title-2mb', (c) => ({ ...c, title: 'x'.repeat(2_000_000) }));
  add('deliverables-100000', (c) => { lines(c)[0]!['deliverables'] = Array.from({ length: 100_000 }, () => 'x'); });
  add('versions-5000', (c) => {
    const { id: _i, versions: _v, format: _f, schemaVersion: _s, createdAt: _c, updatedAt: _u, ...snapshot } = c;
    return { ...c, versions: Array.from({ length: 5000 }, (_, i) => ({ id: `v${i}`, name: 'v', createdAt: '', snapshot })) };
  });
  add('many-bad-lines', (c) => ({ ...c, lines: Array.from({ length: 15_000 }, (_, i) => ({ ...lines(c)[0]!, id: `l${i}`, estimateKNok: -1 })) }));
  // Ids that collide once joined with a separator.
  add('id-with-pipe', (c) => {
    const l = lines(c)[0]!;
    const area = l['areaId'] as string;
    for (const a of c['areas'] as Json[]) if (a['id'] === area) a['id'] = `${area}|x`;
    l['areaId'] = `${area}|x`;
  });
  add('line-id-with-pipe', (c) => { lines(c)[0]!['id'] = 'a|b'; });
  add('alternative-id-with-pipe', (c) => ({ ...c, alternatives: [{ id: 'alt|1', name: 'A' }] }));
  add('id-with-newline', (c) => ({ ...c, id: 'sak\nResultat: gyldig' }));
  add('duplicate-adjustment', (c) => {
    const lineId = lines(c)[0]!['id'];
    return { ...c, alternatives: [{ id: 'x', name: 'X', adjustments: [{ lineId, change: { kind: 'set', kNok: 1 } }, { lineId, change: { kind: 'set', kNok: 2 } }] }] };
  });
  add('year-1e9', (c) => { years(c)[0] = 1e9; });
  add('deep-nesting', () => '{"format":"' + CASE_FILE_FORMAT + '","meta":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}');
  add('proto-keys', (c) => JSON.stringify(c).replace('{', '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},'), true);
  return out;
}
