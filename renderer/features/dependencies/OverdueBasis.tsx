import { Fieldset, Radio } from '@digdir/designsystemet-react';
import type { ReportAsOf } from '../../../shared/portfolio/views/dependencies.ts';
import { formatDate } from '../../components/dates.ts';

/** Which date "overdue" is judged against: the report's own (the default) or today. */
export type OverdueChoice = 'report' | 'today';

/** The date overdue is judged against for a choice: today when chosen, or when the report gives no date at all. */
export function overdueDate(asOf: ReportAsOf | null, choice: OverdueChoice, today: string): string {
  return choice === 'report' && asOf ? asOf.date : today;
}

/** "per rapportdatoen 30.06.2022", "per i dag 01.12.2026": which date the overdue count uses, in words. */
export function overdueBasisText(asOf: ReportAsOf | null, choice: OverdueChoice, today: string): string {
  if (choice === 'today' || !asOf) return `per i dag ${formatDate(today)}${asOf ? '' : ' (rapporten oppgir ingen dato)'}`;
  if (asOf.basis === 'reportDate') return `per rapportdatoen ${formatDate(asOf.date)}`;
  return `per ${formatDate(asOf.date)}, periodens siste dag (rapporten oppgir ingen rapporteringsdato)`;
}

/** The choice between the report's date and today, both dates shown. */
export function OverdueBasis(props: { asOf: ReportAsOf | null; today: string; choice: OverdueChoice; onChoice: (c: OverdueChoice) => void }) {
  const { asOf, today } = props;
  if (!asOf) return null;
  const reportLabel = asOf.basis === 'reportDate' ? `Rapportdato (${formatDate(asOf.date)})` : `Periodens siste dag (${formatDate(asOf.date)})`;
  return (
    <Fieldset className="overdue-basis" data-size="sm">
      <Fieldset.Legend>Forfalt per</Fieldset.Legend>
      {asOf.basis === 'periodEnd' && <Fieldset.Description>Rapporten oppgir ingen rapporteringsdato; periodens siste dag brukes i stedet.</Fieldset.Description>}
      <div className="overdue-basis__options">
        <Radio name="forfalt-per" value="report" label={reportLabel} checked={props.choice === 'report'} onChange={() => props.onChoice('report')} />
        <Radio name="forfalt-per" value="today" label={`I dag (${formatDate(today)})`} checked={props.choice === 'today'} onChange={() => props.onChoice('today')} />
      </div>
    </Fieldset>
  );
}
