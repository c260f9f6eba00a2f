import type { ComparableInitiative } from '../../../shared/portfolio/index.ts';
import { comparePositions } from './compare-protocol.ts';
import type { CompareAnswer, CompareRequest } from './compare-protocol.ts';

// Compares two periods off the UI thread. Keeps the periods it was sent until a comparison of two
// others (the view keeps only the two it shows).
const scope = self as unknown as { postMessage: (m: CompareAnswer, transfer: Transferable[]) => void };

const periods = new Map<string, ComparableInitiative[]>();
const filling = new Map<string, ComparableInitiative[]>();

self.onmessage = (e: MessageEvent<CompareRequest>) => {
  const m = e.data;
  if (m.type === 'rows') {
    const rows = filling.get(m.key) ?? [];
    for (const r of m.rows) rows.push(r);
    if (m.last) {
      filling.delete(m.key);
      periods.set(m.key, rows);
    } else filling.set(m.key, rows);
    return;
  }
  for (const k of periods.keys()) if (k !== m.prev && k !== m.next) periods.delete(k);
  const p = comparePositions(periods.get(m.prev) ?? [], periods.get(m.next) ?? []);
  scope.postMessage({ id: m.id, ...p }, [p.added.buffer, p.ended.buffer, p.changed.buffer]);
};
