import { describe, expect, it } from 'vitest';
import { importPortfolio } from '../../../shared/import/index.ts';
import { readSpreadsheet } from '../../../shared/spreadsheet/index.ts';
import { rawXlsx, rowXml } from '../../helpers/raw-xlsx.ts';

const HEAD = ['Nr', 'Aktør', 'Tiltaksnavn', 'Segment', 'Fase', 'Er prosjektet aktivt?', 'Status', 'Risiko', 'Innsatsområde'];
const tiltak = (nr: number) => [String(nr), 'Helse Vest', `Tiltak ${nr}`, 'Samstyre', 'Gjennomføre', 'Ja', 'Grønn', 'Grønn', '1.1'];
const book = (sheetData: string, after = '', state?: 'hidden') => rawXlsx({ sheets: [{ name: 'Tiltak', sheetData, after, ...(state && { state }) }] });
const read = (bytes: Uint8Array) => readSpreadsheet(bytes, 'x.xlsx');

describe('sheet limits', () => {
  it('refuses a cell beyond column XFD, naming file and sheet, without walking to it', () => {
    const bytes = book(`<row r="1"><c r="A1"><v>1</v></c><c r="FXSHRXX1"><v>2</v></c></row>`);
    expect(() => read(bytes)).toThrow(/^x\.xlsx: ark «Tiltak»: rad 1 har en celle utenfor Excels grense \(kolonne XFD\)\.$/);
  });
  it('reads a cell in column XFD', () => {
    expect(read(book(`<row r="1"><c r="XFD1"><v>2</v></c></row>`)).sheets[0]!.rows[0]!.cells.length).toBe(16_384);
  });
  it('refuses a row beyond 1 048 576', () => {
    expect(() => read(book(`<row r="1048577"><c r="A1048577"><v>1</v></c></row>`))).toThrow(/rad 1048577 er utenfor Excels grense/);
    expect(() => read(book(`<row r="5"><c r="A99999999999"><v>1</v></c></row>`))).toThrow(/utenfor Excels grense/);
  });
  it('normalises a reversed merged area and fills it', () => {
    const wb = read(book(rowXml(1, ['x']), '<mergeCells><mergeCell ref="C3:A1"/></mergeCells>'));
    expect(wb.sheets[0]!.rows.map((r) => r.cells.filter(Boolean).length)).toEqual([3, 3, 3]);
  });
  it('leaves a reversed whole-sheet merge unfilled, with a warning', () => {
    const wb = read(book(rowXml(1, ['x']), '<mergeCells><mergeCell ref="XFD1048576:A1"/></mergeCells>'));
    expect(wb.sheets[0]!.rows).toHaveLength(1);
    expect(wb.sheets[0]!.warnings![0]!.message).toMatch(/for stort til å fylles ut/);
  });
  it('caps the cells filled from merges per sheet', () => {
    const merges = Array.from({ length: 200 }, (_, i) => `<mergeCell ref="A${i * 100 + 1}:CV${i * 100 + 100}"/>`).join('');
    const data = Array.from({ length: 200 }, (_, i) => rowXml(i * 100 + 1, ['x'])).join('');
    const wb = read(book(data, `<mergeCells>${merges}</mergeCells>`));
    const filled = wb.sheets[0]!.rows.reduce((n, r) => n + r.cells.filter(Boolean).length, 0);
    expect(filled).toBeLessThanOrEqual(1_000_000 + 200); // the cap, plus the unfilled areas' own cells
    expect(wb.sheets[0]!.warnings!.length).toBeGreaterThan(0);
  });
  it('warns about duplicate cell references and duplicate rows', () => {
    const wb = read(book(`<row r="1"><c r="A1"><v>1</v></c><c r="A1"><v>2</v></c></row><row r="1"><c r="B1"><v>3</v></c></row>`));
    expect(wb.sheets[0]!.warnings!.map((w) => w.message)).toEqual([
      'Cellen A1 står mer enn én gang i arket; den siste verdien brukes.',
      'Rad 1 står mer enn én gang i arket; begge leses.',
    ]);
  });
  it('warns about sheet names that differ only in case', () => {
    const wb = read(rawXlsx({ sheets: [{ name: 'Tiltak', sheetData: '' }, { name: 'TILTAK', sheetData: '' }] }));
    expect(wb.sheets[1]!.warnings![0]!.message).toMatch(/samme navn som arket «Tiltak»/);
  });
});

describe('import warnings and caps', () => {
  it('warns about tiltak on a hidden sheet', () => {
    const data = [rowXml(1, HEAD), rowXml(2, tiltak(1))].join('');
    const r = importPortfolio([{ name: 'x.xlsx', bytes: book(data, '', 'hidden') }]);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/skjult i Excel, men har en tiltaksliste/));
  });
  it('passes reader warnings on with sheet, row and column', () => {
    const data = [rowXml(1, HEAD), rowXml(2, tiltak(1)), `<row r="3"><c r="A3"><v>2</v></c><c r="A3"><v>3</v></c></row>`].join('');
    const r = importPortfolio([{ name: 'x.xlsx', bytes: book(data) }]);
    expect(r.warnings).toContainEqual(expect.objectContaining({ sheet: 'Tiltak', row: 3, column: 'A', message: expect.stringMatching(/står mer enn én gang/) }));
  });
  it('caps errors at 1 000 and says how many more', () => {
    const rows = [rowXml(1, HEAD), ...Array.from({ length: 3000 }, (_, i) => rowXml(i + 2, [String(i), 'x', `T${i}`, 'ukjent']))].join('');
    const r = importPortfolio([{ name: 'x.xlsx', bytes: book(rows) }]);
    expect(r.errors).toHaveLength(1001);
    expect(r.errors.at(-1)!.message).toMatch(/^… og \d+ feil til\.$/);
  });
});

describe('formatIssue', () => {
  it('names the file once for an unreadable file', async () => {
    const { formatIssue } = await import('../../../shared/import/index.ts');
    const r = importPortfolio([{ name: 'x.xlsx', bytes: book('<row r="1"><c r="XFE1"><v>1</v></c></row>') }]);
    expect(formatIssue(r.errors[0]!)).toBe('x.xlsx: ark «Tiltak»: rad 1 har en celle utenfor Excels grense (kolonne XFD).');
  });
});
