import './period-picker.css';
import { Field, Label, Select } from '@digdir/designsystemet-react';
import { currentPeriod, usePeriodStore } from '../store/period.ts';

/** The chosen reporting period, for the page header. Hidden until there is something to choose. */
export function PeriodPicker() {
  const periods = usePeriodStore((s) => s.periods);
  const selectedId = usePeriodStore((s) => s.selectedId);
  const select = usePeriodStore((s) => s.select);
  if (periods.length === 0) return null;
  const current = currentPeriod({ periods, selectedId });
  return (
    <Field className="period-picker">
      <Label>Rapporteringsperiode</Label>
      <Select
        value={selectedId ?? ''}
        onChange={(e) => select(e.target.value || null)}
        width="auto"
        aria-description={current ? `Viser ${current.label}` : undefined}
      >
        <Select.Option value="">Siste ({periods[periods.length - 1]!.label})</Select.Option>
        {[...periods].reverse().map((p) => (
          <Select.Option key={p.id} value={p.id}>
            {p.label}
            {p.reconstructed ? ' (rekonstruert)' : ''}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
