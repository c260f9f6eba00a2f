import { Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import {
  ACTIVITIES,
  ACTIVITY_LABELS,
  PHASES,
  PHASE_LABELS,
  SEGMENTS,
  SEGMENT_LABELS,
  TRAFFIC_LIGHTS,
  TRAFFIC_LIGHT_LABELS,
} from '../../../shared/portfolio/model.ts';
import type { FocusArea } from '../../../shared/portfolio/model.ts';
import { FILTER_LABELS, NONE, NONE_LABEL } from '../../../shared/portfolio/views/filter.ts';
import type { FilterField, InitiativeFilter } from '../../../shared/portfolio/views/filter.ts';
import { focusAreaLabel } from '../../../shared/portfolio/views/group.ts';

interface Option {
  value: string;
  label: string;
}

const coded = <T extends string>(codes: readonly T[], labels: Readonly<Record<T, string>>, withNone: boolean): Option[] => [
  ...codes.map((c) => ({ value: c, label: labels[c] })),
  ...(withNone ? [{ value: NONE, label: NONE_LABEL }] : []),
];

/** The filter fields and free-text search above the Tiltak table. */
export function FilterBar(props: {
  filter: InitiativeFilter;
  owners: string[];
  focusAreas: FocusArea[];
  onChange: (f: InitiativeFilter) => void;
}) {
  const { filter } = props;
  const options: Record<FilterField, Option[]> = {
    segment: coded(SEGMENTS, SEGMENT_LABELS, false),
    owner: props.owners.map((o) => ({ value: o, label: o })),
    phase: coded(PHASES, PHASE_LABELS, true),
    activity: coded(ACTIVITIES, ACTIVITY_LABELS, true),
    status: coded(TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS, true),
    risk: coded(TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS, true),
    focusArea: [...props.focusAreas.map((f) => ({ value: f.code, label: focusAreaLabel(f) })), { value: NONE, label: NONE_LABEL }],
  };
  const set = (k: keyof InitiativeFilter, v: string) => {
    const next = { ...filter, [k]: v || undefined } as InitiativeFilter;
    if (!v) delete next[k];
    props.onChange(next);
  };
  const fields: FilterField[] = ['segment', 'owner', 'phase', 'activity', 'status', 'risk', 'focusArea'];
  return (
    <div className="filter-bar" role="search" aria-label="Filtrer tiltak">
      <Textfield
        className="filter-bar__search"
        label="Søk"
        type="search"
        placeholder="Nr, navn, aktør, innsatsområde …"
        value={filter.text ?? ''}
        onChange={(e) => set('text', e.target.value)}
      />
      {fields.map((k) => {
        const value = filter[k] ?? '';
        const opts = options[k];
        // A value from a link or saved view that is not among the options is still shown.
        const missing = value && !opts.some((o) => o.value === value) ? [{ value, label: value }] : [];
        return (
          <Field key={k} className={`filter-bar__field filter-bar__field--${k}`}>
            <Label>{FILTER_LABELS[k]}</Label>
            <Select value={value} onChange={(e) => set(k, e.target.value)}>
              <Select.Option value="">Alle</Select.Option>
              {[...opts, ...missing].map((o) => (
                <Select.Option key={o.value} value={o.value}>
                  {o.label}
                </Select.Option>
              ))}
            </Select>
          </Field>
        );
      })}
    </div>
  );
}
