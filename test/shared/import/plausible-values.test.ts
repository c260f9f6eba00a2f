import { describe, expect, it } from 'vitest';
import { importPortfolio } from '../../../shared/import/index.ts';
import { readDate, readOpexCell, readPeriodKey } from '../../../shared/import/portfolio/values.ts';
import { rawXlsx, rowXml } from '../../helpers/raw-xlsx.ts';

const HEAD = ['Nr', 'Aktør', 'Tiltaksnavn', 'Segment', 'Fase', 'Er prosjektet aktivt?', 'Status', 'Risiko', 'Innsatsområde'];
const tiltak = (nr: number) => [String(nr), 'Helse Vest', `Tiltak ${nr}`, 'Samstyre', 'Gjennomføre', 'Ja', 'Grønn', 'Grønn', '1.1'];

describe('plausible values only', () => {
  it('refuses amounts beyond a million MNOK, and infinity', () => {
    expect(readOpexCell({ kind: 'number', value: 1e308 }).ok).toBe(false);
    expect(readOpexCell({ kind: 'number', value: 1e20 }).ok).toBe(false);
    expect(readOpexCell({ kind: 'string', value: '1e400' }).ok).toBe(false);
    expect(readOpexCell({ kind: 'number', value: 40.7 })).toEqual({ ok: true, value: { kind: 'amount', kNok: 40_700 } });
    expect(readOpexCell({ kind: 'error', value: '#REF!' })).toEqual({ ok: false, message: expect.stringMatching(/feilverdien #REF!/) });
  });
  it('accepts real calendar dates only, also from date cells', () => {
    expect(readDate({ kind: 'string', value: '2022-13-45' }).ok).toBe(false);
    expect(readDate({ kind: 'date', value: '2022-13-45' }).ok).toBe(false);
    expect(readDate({ kind: 'date', value: '<b>x</b>' }).ok).toBe(false);
    expect(readDate({ kind: 'string', value: '31.02.2022' }).ok).toBe(false);
    expect(readDate({ kind: 'date', value: '2022-06-30T10:00:00' })).toEqual({ ok: true, value: '2022-06-30' });
  });
  it('validates every period key, including from date cells', () => {
    for (const v of ['9999-99', '9999-12', '0000-01', '<b>2022-09</b>', '2022-02-30']) {
      expect(readPeriodKey({ kind: 'string', value: v }).ok, v).toBe(false);
      expect(readPeriodKey({ kind: 'date', value: v }).ok, v).toBe(false);
    }
    expect(readPeriodKey({ kind: 'date', value: '2022-09-30' })).toEqual({ ok: true, value: '2022-09' });
    expect(readPeriodKey({ kind: 'string', value: '30.09.2022' })).toEqual({ ok: true, value: '2022-09' });
  });
  it('refuses cached error values in key columns, naming the cell', () => {
    const err = `<row r="3"><c r="A3" t="e"><v>#REF!</v></c><c r="B3" t="inlineStr"><is><t>x</t></is></c><c r="C3" t="e"><v>#N/A</v></c></row>`;
    const bytes = rawXlsx({ sheets: [{ name: 'Tiltak', sheetData: rowXml(1, HEAD) + rowXml(2, tiltak(1)) + err }] });
    const r = importPortfolio([{ name: 'x.xlsx', bytes }]);
    expect(r.ok).toBe(false);
    expect(r.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ sheet: 'Tiltak', row: 3, column: 'A', message: expect.stringMatching(/feilverdien #REF!/) }),
      expect.objectContaining({ row: 3, column: 'C', message: expect.stringMatching(/feilverdien #N\/A/) }),
    ]));
  });
});
