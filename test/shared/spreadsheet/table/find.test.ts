import { describe, expect, it } from 'vitest';
import { findTables } from '../../../../shared/spreadsheet/index.ts';
import type { TableSpec, Cell, Workbook } from '../../../../shared/spreadsheet/index.ts';

const spec: TableSpec = { id: 't', label: 'tabellen', columns: [{ key: 'nr', headers: ['Nr'] }, { key: 'name', headers: ['Navn'] }] };
const s = (value: string): Cell => ({ kind: 'string', value });

function workbook(rows: (Cell | undefined)[][]): Workbook {
  return { fileName: 'a.xlsx', format: 'xlsx', sheets: [{ name: 'Ark1', hidden: false, rows: rows.map((cells, i) => ({ row: i + 1, cells })) }] };
}

describe('findTables', () => {
  it('keeps values in columns without a header, in a gap or beyond the header, as «Kolonne X»', () => {
    // header: A Nr, B Navn, D Merknad; C has no header; F holds a value in the second data row only
    const wb = workbook([
      [s('Nr'), s('Navn'), undefined, s('Merknad')],
      [s('1'), s('En'), s('uten overskrift'), s('m')],
      [s('2'), s('To'), undefined, undefined, undefined, s('langt ute')],
    ]);
    const [table] = findTables(wb, [spec]);
    expect(table!.columns.map((c) => [c.letter, c.header, c.key])).toEqual([
      ['A', 'Nr', 'nr'],
      ['B', 'Navn', 'name'],
      ['C', 'Kolonne C', null],
      ['D', 'Merknad', null],
      ['F', 'Kolonne F', null],
    ]);
  });

  it('adds nothing when every value sits under a header', () => {
    const wb = workbook([[s('Nr'), s('Navn')], [s('1'), s('En')]]);
    expect(findTables(wb, [spec])[0]!.columns.map((c) => c.header)).toEqual(['Nr', 'Navn']);
  });
});
