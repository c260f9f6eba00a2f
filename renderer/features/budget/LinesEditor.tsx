import { Button, Field, Heading, Input, Label, Paragraph, Select, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useDraft } from './use-draft.ts';
import { addLine, removeLine, updateLine } from '../../../shared/budget/edits.ts';
import type { BudgetCase, BudgetLine } from '../../../shared/budget/model.ts';
import { copyYear, moveLineToYear } from '../../../shared/budget/year-edits.ts';
import { formatMNok, parseMNokToKNok, parseNorwegianNumber } from '../../../shared/format/money.ts';
import { useNotices } from '../../store/notifications.ts';
import { useBudgetStore } from './budget-store.ts';
import { MoneyInput, ProvenanceTag, ROUNDING_NOTE } from './budget-ui.tsx';
import { ConfirmButton } from '../../components/ConfirmButton.tsx';

/** The estimates: one line per service area × actor × year, with deliverables and consequences. */
export function LinesEditor(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  const area = new Map(c.areas.map((a) => [a.id, a.name]));
  const actor = new Map(c.actors.map((a) => [a.id, a.shortName || a.name]));
  const order = new Map(c.areas.map((a, i) => [a.id, i]));
  const lines = [...c.lines].sort((a, b) => a.year - b.year || (order.get(a.areaId) ?? 0) - (order.get(b.areaId) ?? 0));
  const set = (id: string, patch: Partial<BudgetLine>) => edit((x, now) => updateLine(x, id, patch, now));
  const notify = useNotices((s) => s.notify);
  const move = (id: string, year: number, name: string) => {
    let taken = false;
    edit((x, now) => {
      const next = moveLineToYear(x, id, year, now);
      if (!next) taken = true;
      return next ?? x;
    });
    if (taken) notify('warning', `Kan ikke flytte ${name} til ${year}: tjenesteområdet og aktøren har allerede en linje det året.`);
  };
  return (
    <div className="lines-editor">
      <Paragraph data-size="sm">
        Estimatene er utgangspunktet for alle alternativer. «Økt D&F per år» er økningen i drift- og forvaltningskostnader
        linjen gir ved fullt estimat: den kommer første gang året etter og blir værende hvert år etter, til et sluttår om du
        velger det. «Fra dokument» er tall hentet fra sakens dokumenter, «Modellert» er avledet
        eller antatt (hold pekeren over merket for kilde og begrunnelse). Tall du endrer her merkes som registrert av bruker.{' '}
        {ROUNDING_NOTE}
      </Paragraph>
      <table className="data-table" aria-label="Estimater">
        <thead>
          <tr>
            <th scope="col">År</th>
            <th scope="col">Tjenesteområde</th>
            <th scope="col">Aktør</th>
            <th scope="col">Estimat (MNOK)</th>
            <th scope="col">Økt D&F per år fra året etter (MNOK)</th>
            <th scope="col">D&F til og med</th>
            <th scope="col">Tiltak nr</th>
            <th scope="col">Kilde</th>
            <th scope="col">Leveranser og konsekvens</th>
            <th scope="col">
              <span className="visually-hidden">Handlinger</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const name = `${area.get(l.areaId) ?? l.areaId} ${actor.get(l.actorId) ?? l.actorId} ${l.year}`;
            return (
              <tr key={l.id}>
                <td>
                  <Select data-size="sm" width="auto" aria-label={`År ${name}`} value={l.year} onChange={(e) => move(l.id, Number(e.target.value), name)}>
                    {c.years.map((y) => (
                      <Select.Option key={y} value={y}>
                        {y}
                      </Select.Option>
                    ))}
                  </Select>
                </td>
                <td>{area.get(l.areaId)}</td>
                <td>{actor.get(l.actorId)}</td>
                <td>
                  <MoneyInput label={`Estimat ${name}`} kNok={l.estimateKNok} onCommit={(k) => set(l.id, { estimateKNok: k ?? 0 })} />
                </td>
                <td>
                  <MoneyInput label={`Økt D&F per år ${name}`} kNok={l.followOnOpexKNok} onCommit={(k) => set(l.id, { followOnOpexKNok: k ?? 0 })} />
                  <ProvenanceTag source={l.followOnSource} />
                </td>
                <td>
                  <Select
                    data-size="sm"
                    width="auto"
                    aria-label={`D&F til og med ${name}`}
                    value={l.followOnEndYear ?? ''}
                    onChange={(e) => set(l.id, { followOnEndYear: e.target.value === '' ? null : Number(e.target.value) })}
                  >
                    <Select.Option value="">Varig (ingen sluttår)</Select.Option>
                    {Array.from({ length: 15 }, (_, i) => l.year + 1 + i).map((y) => (
                      <Select.Option key={y} value={y}>
                        {y}
                      </Select.Option>
                    ))}
                  </Select>
                </td>
                <td>
                  <TextCell label={`Tiltak nr ${name}`} value={l.initiativeNrs.join(', ')} onCommit={(v) => set(l.id, { initiativeNrs: v.split(/[,;\s]+/).filter(Boolean) })} />
                </td>
                <td>
                  <ProvenanceTag source={l.source} />
                </td>
                <td>
                  <details>
                    <summary>{l.deliverables.length} leveranser</summary>
                    <TextCell
                      label={`Leveranser ${name} (én per linje)`}
                      long
                      value={l.deliverables.join('\n')}
                      onCommit={(v) => set(l.id, { deliverables: v.split('\n').map((s) => s.trim()).filter(Boolean) })}
                    />
                    <TextCell
                      label={`Konsekvens hvis ikke prioritert ${name}`}
                      long
                      value={l.consequenceIfNotPrioritised}
                      onCommit={(v) => set(l.id, { consequenceIfNotPrioritised: v })}
                    />
                    {l.note && <Paragraph data-size="xs">{l.note}</Paragraph>}
                  </details>
                </td>
                <td>
                  <ConfirmButton
                    label="Slett"
                    accessibleLabel={`Slett linjen ${name}`}
                    question={`Slette linjen ${name}?`}
                    confirmLabel="Slett linjen"
                    onConfirm={() => edit((x, now) => removeLine(x, l.id, now))}
                  >
                    Linjen fjernes også fra alle alternativer. Du kan angre.
                  </ConfirmButton>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          {c.years.map((y) => {
            const ofYear = c.lines.filter((l) => l.year === y);
            if (ofYear.length === 0) return null;
            return [
              ...c.actors
                .filter((a) => ofYear.some((l) => l.actorId === a.id))
                .map((a) => {
                  const own = ofYear.filter((l) => l.actorId === a.id);
                  return (
                    <tr key={`${y}-${a.id}`}>
                      <th scope="row" colSpan={3}>
                        Sum {a.shortName || a.name} {y}
                      </th>
                      <td className="num">{formatMNok(own.reduce((s, l) => s + l.estimateKNok, 0))}</td>
                      <td className="num">{formatMNok(own.reduce((s, l) => s + l.followOnOpexKNok, 0))}</td>
                      <td colSpan={5} />
                    </tr>
                  );
                }),
              <tr key={y} className="row--total">
                <th scope="row" colSpan={3}>
                  Sum estimater {y}
                </th>
                <td className="num">{formatMNok(ofYear.reduce((s, l) => s + l.estimateKNok, 0))}</td>
                <td className="num">{formatMNok(ofYear.reduce((s, l) => s + l.followOnOpexKNok, 0))}</td>
                <td colSpan={5} />
              </tr>,
            ];
          })}
        </tfoot>
      </table>
      <CopyYearForm c={c} />
      <NewLineForm c={c} />
    </div>
  );
}

function TextCell(props: { label: string; value: string; long?: boolean; onCommit: (v: string) => void }) {
  const draft = useDraft(props.value, props.onCommit);
  const common = { 'aria-label': props.label, value: draft.text, onBlur: draft.commit };
  // a long field shows the label without the row's name (the row is beside it); the accessible name keeps it
  return props.long ? (
    <Field data-size="sm" className="text-cell">
      <Label>{props.label.replace(/ .*\(/, ' (')}</Label>
      <Textarea {...common} rows={4} onChange={(e) => draft.change(e.target.value)} />
    </Field>
  ) : (
    <Input data-size="sm" {...common} className="text-input" onChange={(e) => draft.change(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && draft.commit()} />
  );
}

/** A labelled choice of year in the forms below the table. */
function YearField(props: { label: string; value: string; years: number[]; onChange: (year: string) => void }) {
  return (
    <Field data-size="sm">
      <Label>{props.label}</Label>
      <Select width="auto" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {props.years.map((y) => (
          <Select.Option key={y} value={y}>
            {y}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

/** Copies every line of one year to another, optionally with a percent change. */
function CopyYearForm(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  const notify = useNotices((s) => s.notify);
  const withLines = c.years.filter((y) => c.lines.some((l) => l.year === y));
  const [from, setFrom] = useState(String(withLines[0] ?? c.years[0] ?? ''));
  const [to, setTo] = useState(String(c.years.find((y) => y > Number(from)) ?? c.years[0] ?? ''));
  const [pct, setPct] = useState('');
  if (c.years.length < 2 || withLines.length === 0) return null;
  const copy = () => {
    const p = pct.trim() === '' ? null : parseNorwegianNumber(pct.replace('%', ''));
    if (p === null && pct.trim() !== '') {
      notify('warning', 'Skriv endringen i prosent, f.eks. 3 eller -10, eller la feltet stå tomt.');
      return;
    }
    if (p !== null && p < -100) {
      notify('warning', 'Endringen kan ikke være under -100 %.');
      return;
    }
    if (from === to) {
      notify('warning', 'Velg to forskjellige år.');
      return;
    }
    let result = { copied: 0, skipped: 0 };
    edit((x, now) => {
      const r = copyYear(x, Number(from), Number(to), p, now);
      result = r;
      return r.case;
    });
    notify(
      result.copied > 0 ? 'success' : 'warning',
      `Kopierte ${result.copied} linjer fra ${from} til ${to}${result.skipped ? `; ${result.skipped} fantes allerede og er beholdt` : ''}.`,
    );
  };
  return (
    <form
      className="new-line"
      aria-labelledby="copy-year-h"
      onSubmit={(e) => {
        e.preventDefault();
        copy();
      }}
    >
      <Heading level={3} data-size="2xs" id="copy-year-h">
        Kopier et år
      </Heading>
      <YearField label="Fra år" value={from} years={withLines} onChange={setFrom} />
      <YearField label="Til år" value={to} years={c.years} onChange={setTo} />
      <Textfield data-size="sm" label="Endring i prosent (valgfritt)" inputMode="decimal" value={pct} onChange={(e) => setPct(e.target.value)} />
      <Button type="submit" variant="secondary" data-size="sm">
        Kopier linjene
      </Button>
    </form>
  );
}

function NewLineForm(props: { c: BudgetCase }) {
  const { c } = props;
  const edit = useBudgetStore((s) => s.edit);
  const notify = useNotices((s) => s.notify);
  const [areaName, setArea] = useState('');
  const [actorName, setActor] = useState('');
  const [year, setYear] = useState(String(c.years[0] ?? ''));
  const [amount, setAmount] = useState('');
  const add = () => {
    const k = parseMNokToKNok(amount || '0');
    if (!areaName.trim() || !actorName.trim() || k === null || k < 0) {
      notify('warning', 'Fyll ut tjenesteområde, aktør og et estimat i MNOK (0 eller mer).');
      return;
    }
    let duplicate = false;
    edit((x, now) => {
      const next = addLine(x, areaName, actorName, Number(year), k, now);
      if (!next) duplicate = true;
      return next ?? x;
    });
    if (duplicate) notify('warning', `${areaName} / ${actorName} / ${year} finnes allerede.`);
    else setAmount('');
  };
  return (
    <form
      className="new-line"
      aria-labelledby="new-line-h"
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      <Heading level={2} data-size="2xs" id="new-line-h">
        Ny linje
      </Heading>
      <Textfield data-size="sm" label="Tjenesteområde" list="budget-areas" value={areaName} onChange={(e) => setArea(e.target.value)} />
      <datalist id="budget-areas">
        {c.areas.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <Textfield data-size="sm" label="Aktør" list="budget-actors" value={actorName} onChange={(e) => setActor(e.target.value)} />
      <datalist id="budget-actors">
        {c.actors.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <YearField label="År" value={year} years={c.years} onChange={setYear} />
      <Textfield data-size="sm" label="Estimat (MNOK)" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <Button type="submit" variant="secondary" data-size="sm">
        Legg til linje
      </Button>
    </form>
  );
}
