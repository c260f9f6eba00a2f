import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readActivity,
  readCriticality,
  readDate,
  readFocusArea,
  readOpexCell,
  readPeriodKey,
  readPhase,
  readSegment,
  readTrafficLight,
} from '../../../shared/import/portfolio/values.ts';
import { normalizeKey } from '../../../shared/spreadsheet/index.ts';

const s = (value: string) => ({ kind: 'string' as const, value });
const n = (value: number) => ({ kind: 'number' as const, value });

describe('normalizeKey', () => {
  it('ignores case, accents, punctuation and whitespace', () => {
    expect(normalizeKey('  Er prosjektet   aktivt? ')).toBe('er prosjektet aktivt');
    expect(normalizeKey('INNSATSOMRÅDE')).toBe('innsatsomrade');
    expect(normalizeKey('Tiltak_nr.')).toBe('tiltak nr');
    expect(normalizeKey('Aktør\u00a0')).toBe('aktor');
    expect(normalizeKey('Café – crème')).toBe('cafe – creme');
    expect(normalizeKey('--')).toBe('');
  });

  it('gives what the general rule gives for any text (the shortcut for text that already is a key changes nothing)', () => {
    const general = (t: string) => {
      let s = t.toLowerCase().replace(/[æøå]/g, (c) => ({ æ: 'ae', ø: 'o', å: 'a' })[c]!);
      // eslint-disable-next-line no-control-regex
      if (/[^\u0000-\u007f]/.test(s)) s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return s.replace(/[\s\u00a0\u202f_.:;?!*()[\]/\\,'"-]+/g, ' ').trim();
    };
    const chars = fc.constantFrom(...'aZ09 _.-?()æøåÆØÅéÉ\u00a0\t\n–İß'.split(''));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: chars })), (text) => normalizeKey(text) === general(text)), { numRuns: 2000, seed: 20261201 });
  });

});

describe('enum values', () => {
  it('accept any case, stray spaces and English equivalents', () => {
    expect(readTrafficLight(' GRØNN ')).toEqual({ ok: true, value: 'green' });
    expect(readTrafficLight('Yellow')).toEqual({ ok: true, value: 'yellow' });
    expect(readTrafficLight('rod')).toEqual({ ok: true, value: 'red' });
    expect(readSegment('samstyre')).toEqual({ ok: true, value: 'samstyre' });
    expect(readPhase('gjennomføring')).toEqual({ ok: true, value: 'execute' });
    expect(readActivity('Active')).toEqual({ ok: true, value: 'active' });
    expect(readCriticality('HØY')).toEqual({ ok: true, value: 'high' });
  });

  it('reject unknown values with the allowed ones in Norwegian', () => {
    expect(readTrafficLight('Blå')).toEqual({ ok: false, message: 'Ukjent verdi «Blå». Gyldige verdier: Grønn, Gul, Rød.' });
    expect(readSegment('Styre')).toMatchObject({ ok: false, message: expect.stringContaining('Samstyre, Koordinere, Observere') });
  });
});

describe('D&F cells', () => {
  it('reads amounts in MNOK as numbers or Norwegian text into kNOK', () => {
    expect(readOpexCell(n(2.4))).toEqual({ ok: true, value: { kind: 'amount', kNok: 2400 } });
    expect(readOpexCell(s('3,4'))).toEqual({ ok: true, value: { kind: 'amount', kNok: 3400 } });
    expect(readOpexCell(s('1 234,5'))).toEqual({ ok: true, value: { kind: 'amount', kNok: 1_234_500 } });
    expect(readOpexCell(s('1\u00a0234,5'))).toEqual({ ok: true, value: { kind: 'amount', kNok: 1_234_500 } });
    expect(readOpexCell(n(0))).toEqual({ ok: true, value: { kind: 'amount', kNok: 0 } });
  });

  it('keeps markers and blanks as markers, never zero', () => {
    for (const m of ['*', '**', '-', '–'] as const) expect(readOpexCell(s(m))).toEqual({ ok: true, value: { kind: 'marker', marker: m } });
    expect(readOpexCell(s(' ** '))).toEqual({ ok: true, value: { kind: 'marker', marker: '**' } });
    expect(readOpexCell(undefined)).toEqual({ ok: true, value: { kind: 'marker', marker: 'blank' } });
  });

  it('rejects other text', () => {
    expect(readOpexCell(s('ca. 3'))).toMatchObject({ ok: false });
  });
});

describe('dates', () => {
  it('reads Excel dates, serials, ISO and dd.mm.yyyy', () => {
    expect(readDate({ kind: 'date', value: '2022-06-30' })).toEqual({ ok: true, value: '2022-06-30' });
    expect(readDate(n(44742))).toEqual({ ok: true, value: '2022-06-30' });
    expect(readDate(s('2022-06-30'))).toEqual({ ok: true, value: '2022-06-30' });
    expect(readDate(s('30.06.2022'))).toEqual({ ok: true, value: '2022-06-30' });
    expect(readDate(s('1.7.22'))).toEqual({ ok: true, value: '2022-07-01' });
  });

  it('rejects impossible dates', () => {
    expect(readDate(s('31.02.2022'))).toMatchObject({ ok: false });
    expect(readDate(s('snart'))).toMatchObject({ ok: false });
  });

  it('reads period keys', () => {
    expect(readPeriodKey(s('2022-09'))).toEqual({ ok: true, value: '2022-09' });
    expect(readPeriodKey(s('9.2022'))).toEqual({ ok: true, value: '2022-09' });
    expect(readPeriodKey({ kind: 'date', value: '2022-09-01' })).toEqual({ ok: true, value: '2022-09' });
    expect(readPeriodKey(s('høst'))).toMatchObject({ ok: false });
  });
});

describe('focus areas', () => {
  it('reads code, or code and name', () => {
    expect(readFocusArea('1.1')).toEqual({ ok: true, value: { code: '1.1', name: '' } });
    expect(readFocusArea('1.1 - Modernisere journal')).toEqual({ ok: true, value: { code: '1.1', name: 'Modernisere journal' } });
    expect(readFocusArea('6.3 Styrke beredskap')).toEqual({ ok: true, value: { code: '6.3', name: 'Styrke beredskap' } });
    expect(readFocusArea('Journal')).toMatchObject({ ok: false });
  });
});
