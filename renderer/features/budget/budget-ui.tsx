import { Input, ValidationMessage } from '@digdir/designsystemet-react';
import { useCallback, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent, ReactNode } from 'react';
import { PROVENANCE_LABELS } from '../../../shared/budget/model.ts';
import type { Provenance } from '../../../shared/budget/model.ts';
import { formatMNok, formatMNokExact, formatNumber, parseMNokToKNok, parseNorwegianNumber } from '../../../shared/format/money.ts';
import { useInvalidField, useInvalidFields } from './invalid-fields.ts';
import { useSaveAfterPause } from './use-draft.ts';

/** Small shared pieces of the budget area. */

/**
 * Text typed into a number field, saved as the analyst types: after a pause in typing and before
 * the window closes (the text stays as typed while the field has focus), and on Enter or leaving
 * the field (the field then shows the saved value). Each save is one undo step. Text that does not
 * read (`read` gives null) is never saved, nor turned into 0: it stays in the field, marked, with
 * its message; Esc goes back to the saved value.
 */
function useNumberText(label: string, current: number | null, onCommit: (value: number | null) => void, read: (text: string) => { value: number | null } | null) {
  const [text, setText] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const messageId = useInvalidField(label, invalid);
  const latest = useRef({ text, current, onCommit, read });
  latest.current = { text, current, onCommit, read };
  const commit = useCallback((settle: boolean) => {
    const field = latest.current;
    if (field.text === null) return;
    const r = field.read(field.text);
    if (r === null) return setInvalid(true);
    setInvalid(false);
    if (settle) {
      field.text = null;
      setText(null);
    }
    if (r.value === field.current) return;
    field.current = r.value;
    field.onCommit(r.value);
  }, []);
  const saveAfterPause = useCallback(() => commit(false), [commit]);
  useSaveAfterPause(text, saveAfterPause);
  const reset = () => {
    setText(null);
    setInvalid(false);
  };
  const inputProps = {
    'aria-label': label,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? messageId : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setText(e.target.value);
      // corrected: the mark goes at once; the value is saved after the pause
      if (invalid && latest.current.read(e.target.value) !== null) setInvalid(false);
    },
    onBlur: () => commit(true),
    onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
      if (e.key === 'Enter') commit(true);
      if (e.key === 'Escape') reset();
    },
  };
  return { text, invalid, messageId, inputProps };
}

/** An invalid field's message, beside it in text; the field names it as its description. */
function FieldMessage(props: { id: string; invalid: boolean; children: ReactNode }) {
  return props.invalid ? (
    <ValidationMessage id={props.id} data-size="sm" className="field-message">
      {props.children}
    </ValidationMessage>
  ) : null;
}

/**
 * An MNOK amount the user types with nb-NO decimals ("40,7"), saved as it is typed (see
 * useNumberText). Invalid or negative text is kept and marked, never saved or turned into 0. The
 * field shows its own value with up to three decimals (whole kNOK), so nothing typed is hidden.
 */
export function MoneyInput(props: {
  kNok: number | null;
  onCommit: (kNok: number | null) => void;
  label: string;
  /** Empty text commits null instead of being invalid. */
  allowEmpty?: boolean;
  disabled?: boolean;
  className?: string;
}) {
  const field = useNumberText(props.label, props.kNok, props.onCommit, (text) => {
    if (text.trim() === '' && props.allowEmpty) return { value: null };
    const k = parseMNokToKNok(text);
    return k === null || k < 0 ? null : { value: k };
  });
  return (
    <div className="field-with-message">
      <Input
        data-size="sm"
        className={`money-input ${props.className ?? ''}`}
        inputMode="decimal"
        value={field.text ?? (props.kNok === null ? '' : formatMNokExact(props.kNok, 3))}
        disabled={props.disabled}
        {...field.inputProps}
      />
      <FieldMessage id={field.messageId} invalid={field.invalid}>
        Ikke et beløp: skriv MNOK, f.eks. 40,7 (Esc angrer).
      </FieldMessage>
    </div>
  );
}

/** What each kind of provenance means, said where it is shown. */
const PROVENANCE_MEANING: Record<Provenance['kind'], string> = {
  dokument: 'Hentet fra et kildedokument.',
  modellert: 'Beregnet eller antatt i Helseportefølje, ikke hentet fra et dokument.',
  bruker: 'Lagt inn eller valgt av deg.',
};

/**
 * Where a figure comes from: document, modelled or the user's. What that means, and the reference,
 * show when the tag is hovered or reached with the keyboard (it is a tab stop), and are read out.
 */
export function ProvenanceTag(props: { source: Provenance }) {
  const { source } = props;
  const detail = [PROVENANCE_MEANING[source.kind], source.ref, source.note].filter(Boolean).join(' ');
  return (
    <span className={`prov prov--${source.kind}`} tabIndex={0}>
      {PROVENANCE_LABELS[source.kind]}
      <span className="visually-hidden prov__tip">: {detail}</span>
    </span>
  );
}

/**
 * A change in MNOK with its sign ("+2,5", "−46,6"), one decimal like the amounts beside it. A change
 * too small to show at one decimal keeps up to three (whole kNOK), so a changed line never reads "+0".
 */
export function formatDeltaMNok(k: number): string {
  const sign = k > 0 ? '+' : '−';
  // below 0,05 MNOK one decimal would read 0,0
  return `${sign}${Math.abs(k) < 50 ? formatMNokExact(Math.abs(k), 3) : formatMNok(Math.abs(k))}`;
}

/** Said under tables that show amounts beside their sums. */
export const ROUNDING_NOTE =
  'Beløpene vises i MNOK med én desimal. Summene er regnet av de eksakte beløpene (hele tusen kroner) og kan derfor avvike med 0,1 fra summen av tallene slik de vises.';

/** "mangler 51,7 MNOK" / "til overs 3 MNOK" / "går opp", with colour and words. */
export function BalanceText(props: { kNok: number }) {
  const k = props.kNok;
  if (k < 0) return <span className="balance balance--short">mangler {formatMNok(-k)} MNOK</span>;
  if (k === 0) return <span className="balance balance--ok">går akkurat opp</span>;
  return <span className="balance balance--ok">til overs {formatMNok(k)} MNOK</span>;
}

/** A percent with nb-NO decimals ("12,5"), 0–100, saved as it is typed; invalid text is marked, never read as 0. */
export function PercentInput(props: { label: string; value: number; onCommit: (p: number) => void }) {
  const field = useNumberText(props.label, props.value, (p) => p !== null && props.onCommit(p), (text) => {
    const n = parseNorwegianNumber(text.replace('%', ''));
    return n === null || n < 0 || n > 100 ? null : { value: n };
  });
  return (
    <div className="field-with-message percent-input">
      <span className="percent-input__field">
        <Input data-size="sm" className="money-input" inputMode="decimal" value={field.text ?? formatNumber(props.value, 6)} {...field.inputProps} />
        %
      </span>
      <FieldMessage id={field.messageId} invalid={field.invalid}>
        Ikke en prosent: skriv et tall fra 0 til 100, f.eks. 12,5 (Esc angrer).
      </FieldMessage>
    </div>
  );
}

/** Says, above the case's figures, that they still count the last valid value of a field being corrected. */
export function InvalidFieldsNotice() {
  const labels = Object.values(useInvalidFields((s) => s.fields));
  if (labels.length === 0) return null;
  return (
    <p className="stale-notice" role="status">
      Tallene er ikke oppdatert: {labels.map((l) => `«${l}»`).join(', ')} har en ugyldig verdi, og
      beregningene bruker forrige gyldige verdi til den er rettet.
    </p>
  );
}

/** The list with `id` added when it is missing, removed when it is there (a checkbox list's choice). */
export function toggleId(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}
