import { Checkbox, Select } from '@digdir/designsystemet-react';
import type { AlternativeResult, CompiledCase } from '../../../shared/budget/compute.ts';
import { updateAdjustment } from '../../../shared/budget/edits.ts';
import { AMBITION_LABELS, AMBITION_LEVELS } from '../../../shared/budget/model.ts';
import type { AmbitionLevel, AmountChange, Alternative, BudgetCase, LineAdjustment } from '../../../shared/budget/model.ts';
import { formatMNok, formatNumber } from '../../../shared/format/money.ts';
import { useBudgetStore } from './budget-store.ts';
import { formatDeltaMNok, MoneyInput, PercentInput } from './budget-ui.tsx';

const KINDS: { value: '' | AmountChange['kind']; label: string }[] = [
  { value: '', label: 'Estimat (uendret)' },
  { value: 'set', label: 'Sett beløp' },
  { value: 'cut', label: 'Kutt beløp' },
  { value: 'cutPercent', label: 'Kutt prosent' },
  { value: 'ambition', label: 'Ambisjonsnivå' },
];

function initialChange(kind: AmountChange['kind'], estimate: number): AmountChange {
  switch (kind) {
    case 'set':
      return { kind, kNok: estimate };
    case 'cut':
      return { kind, kNok: 0 };
    case 'cutPercent':
      return { kind, percent: 0 };
    case 'ambition':
      return { kind, level: 'full', levels: {} };
  }
}

/** The lines of one alternative: how each is changed, what it comes to, and the balancer's limits. */
export function AlternativeLines(props: { c: BudgetCase; alt: Alternative; cc: CompiledCase; result: AlternativeResult }) {
  const { c, alt, cc, result } = props;
  const edit = useBudgetStore((s) => s.edit);
  const area = new Map(c.areas.map((a) => [a.id, a.name]));
  const areaShort = new Map(c.areas.map((a) => [a.id, a.shortName || a.name]));
  const actor = new Map(c.actors.map((a) => [a.id, a.shortName || a.name]));
  const adjOf = new Map(alt.adjustments.map((a) => [a.lineId, a]));
  const set = (lineId: string, patch: Partial<LineAdjustment>) => edit((x, now) => updateAdjustment(x, alt.id, lineId, patch, now));
  return (
    <>
      <p className="scroll-hint muted">
        Tabellen er bred: rull sideveis i den (eller bruk piltastene når den har fokus) for Overstyr D&F, Låst og Minstebeløp.
      </p>
      {/* the lines scroll inside a box that fits the window, so its sideways scrollbar is always in view */}
      <div className="table-scroll" role="region" aria-label={`Linjer i ${alt.name}, kan rulles`} tabIndex={0}>
        <table className="data-table alt-lines" aria-label={`Linjer i ${alt.name}`}>
          <thead>
            <tr>
              <th scope="col">År</th>
              <th scope="col">Tjenesteområde</th>
              <th scope="col">Aktør</th>
              <th scope="col">Estimat</th>
              <th scope="col">Endring</th>
              <th scope="col">Verdi</th>
              <th scope="col">Beløp (MNOK)</th>
              <th scope="col">Mot estimat</th>
              <th scope="col">D&F året etter</th>
              <th scope="col">Overstyr D&F</th>
              <th scope="col">Låst</th>
              <th scope="col">Minstebeløp</th>
            </tr>
          </thead>
          <tbody>
            {c.lines.map((l) => {
              const i = cc.lineIndex.get(l.id)!;
              const adj = adjOf.get(l.id);
              const change = adj?.change ?? null;
              const amount = result.amounts[i]!;
              const delta = amount - l.estimateKNok;
              const name = `${area.get(l.areaId)} ${actor.get(l.actorId)} ${l.year}`;
              return (
                <tr key={l.id} className={delta !== 0 ? 'row--changed' : undefined}>
                  <td>{l.year}</td>
                  <td title={area.get(l.areaId)}>{areaShort.get(l.areaId)}</td>
                  <td>{actor.get(l.actorId)}</td>
                  <td className="num">{formatMNok(l.estimateKNok)}</td>
                  <td>
                    <Select
                      data-size="sm"
                      width="auto"
                      aria-label={`Endring ${name}`}
                      value={change?.kind ?? ''}
                      onChange={(e) => {
                        const k = e.target.value as '' | AmountChange['kind'];
                        set(l.id, { change: k === '' ? null : initialChange(k, l.estimateKNok) });
                      }}
                    >
                      {KINDS.map((k) => (
                        <Select.Option key={k.value} value={k.value}>
                          {k.label}
                        </Select.Option>
                      ))}
                    </Select>
                  </td>
                  <td>
                    <ChangeValue name={name} change={change} onChange={(ch) => set(l.id, { change: ch })} />
                  </td>
                  <td className="num">{formatMNok(amount)}</td>
                  <td className="num">
                    {delta === 0 ? '–' : formatDeltaMNok(delta)}
                    {delta !== 0 && l.estimateKNok > 0 && ` (${delta > 0 ? '+' : '−'}${formatNumber(Math.abs((delta / l.estimateKNok) * 100), 0)} %)`}
                  </td>
                  <td className="num">{formatMNok(result.followOn[i]!)}</td>
                  <td>
                    <MoneyInput
                      label={`Overstyr D&F året etter ${name}`}
                      allowEmpty
                      kNok={adj?.followOnOverrideKNok ?? null}
                      onCommit={(k) => set(l.id, { followOnOverrideKNok: k })}
                    />
                  </td>
                  <td>
                    <Checkbox data-size="sm" aria-label={`Lås ${name}`} checked={adj?.locked ?? false} onChange={(e) => set(l.id, { locked: e.target.checked })} />
                  </td>
                  <td>
                    <MoneyInput label={`Minstebeløp ${name}`} allowEmpty kNok={adj?.minKNok ?? null} onCommit={(k) => set(l.id, { minKNok: k })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function ChangeValue(props: { name: string; change: AmountChange | null; onChange: (c: AmountChange) => void }) {
  const { change, name } = props;
  if (!change) return <span className="muted">–</span>;
  switch (change.kind) {
    case 'set':
      return <MoneyInput label={`Beløp ${name}`} kNok={change.kNok} onCommit={(k) => props.onChange({ kind: 'set', kNok: k ?? 0 })} />;
    case 'cut':
      return <MoneyInput label={`Kutt i MNOK ${name}`} kNok={change.kNok} onCommit={(k) => props.onChange({ kind: 'cut', kNok: k ?? 0 })} />;
    case 'cutPercent':
      return <PercentInput label={`Kutt i prosent ${name}`} value={change.percent} onCommit={(p) => props.onChange({ kind: 'cutPercent', percent: p })} />;
    case 'ambition':
      return (
        <div className="ambition">
          <Select
            data-size="sm"
            width="auto"
            aria-label={`Ambisjonsnivå ${name}`}
            value={change.level}
            onChange={(e) => props.onChange({ ...change, level: e.target.value as AmbitionLevel })}
          >
            {AMBITION_LEVELS.map((lv) => (
              <Select.Option key={lv} value={lv}>
                {AMBITION_LABELS[lv]}
              </Select.Option>
            ))}
          </Select>
          <MoneyInput
            label={`Beløp for ${AMBITION_LABELS[change.level].toLowerCase()} ${name}`}
            allowEmpty
            kNok={change.levels[change.level] ?? null}
            onCommit={(k) => {
              const levels = { ...change.levels };
              if (k === null) delete levels[change.level];
              else levels[change.level] = k;
              props.onChange({ ...change, levels });
            }}
          />
        </div>
      );
  }
}
