import { measure } from '../harness.ts';
import type { BenchCase } from '../harness.ts';
import { formatMNok, parseNorwegianNumber } from '../../shared/format/money.ts';

// Formatting runs once per visible cell; this keeps an eye on its cost for a 10k-row table.
export const cases: BenchCase[] = [
  {
    name: 'format: 10k MNOK-beløp',
    run: async () => {
      const ms = await measure(() => {
        for (let i = 0; i < 10_000; i++) formatMNok(i * 37);
      });
      const parseMs = await measure(() => {
        for (let i = 0; i < 10_000; i++) parseNorwegianNumber('1 234,5');
      });
      return [
        { name: 'format: 10k MNOK-beløp', ms },
        { name: 'parse: 10k tall med desimalkomma', ms: parseMs },
      ];
    },
  },
];
