import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useState } from 'react';
import { filterFromParams, filterToParams } from '../../../shared/portfolio/views/filter.ts';
import type { InitiativeFilter } from '../../../shared/portfolio/views/filter.ts';
import type { SortState } from '../../../shared/portfolio/views/columns.ts';
import { deleteSavedView, listSavedViews, saveView } from '../../db/views-repo.ts';
import type { SavedView } from '../../db/views-repo.ts';

/** What a saved Tiltak view holds. Filters are kept as URL-style Norwegian parameters. */
export interface TableViewState {
  filter: InitiativeFilter;
  /** Hidden column ids (so columns new in a later report show up). */
  hidden: string[];
  sort: SortState | null;
}

export const VIEWS_AREA = 'tiltak';

/** Reads a stored state defensively: unknown parts are dropped, never trusted. */
export function restoreTableState(raw: unknown): TableViewState {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const params = typeof r.params === 'object' && r.params !== null ? (r.params as Record<string, unknown>) : {};
  const strings = Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const hidden = Array.isArray(r.hidden) ? r.hidden.filter((h): h is string => typeof h === 'string') : [];
  const s = r.sort as Record<string, unknown> | null | undefined;
  const sort = s && typeof s.id === 'string' ? { id: s.id, desc: s.desc === true } : null;
  return { filter: filterFromParams(strings), hidden, sort };
}

function toStored(state: TableViewState) {
  return { params: filterToParams(state.filter), hidden: state.hidden, sort: state.sort };
}

/** Pick, save and delete saved views of the Tiltak table (kept in IndexedDB on this machine). */
export function SavedViews(props: { state: TableViewState; onApply: (s: TableViewState) => void }) {
  const [views, setViews] = useState<SavedView[]>([]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const reload = useCallback(async () => setViews(await listSavedViews(VIEWS_AREA)), []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const save = async () => {
    try {
      const v = await saveView(VIEWS_AREA, name, toStored(props.state));
      await reload();
      setChosen(v.id);
      setName('');
      setMessage(`Visningen «${v.name}» er lagret.`);
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  const apply = (id: string) => {
    setChosen(id);
    const v = views.find((x) => x.id === id);
    if (v) {
      props.onApply(restoreTableState(v.state));
      setMessage(`Viser «${v.name}».`);
    }
  };
  const remove = async () => {
    const v = views.find((x) => x.id === chosen);
    if (!v) return;
    await deleteSavedView(v.id);
    setChosen('');
    await reload();
    setMessage(`Visningen «${v.name}» er slettet.`);
  };

  return (
    <div className="saved-views">
      <Field>
        <Label>Lagrede visninger</Label>
        <Select value={chosen} onChange={(e) => apply(e.target.value)} width="auto" disabled={views.length === 0}>
          <Select.Option value="">{views.length === 0 ? 'Ingen lagret ennå' : 'Velg visning'}</Select.Option>
          {views.map((v) => (
            <Select.Option key={v.id} value={v.id}>
              {v.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
      {chosen && (
        <Button variant="tertiary" data-size="sm" onClick={() => void remove()}>
          Slett visning
        </Button>
      )}
      <form
        className="saved-views__save"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Textfield label="Navn på ny visning" value={name} onChange={(e) => setName(e.target.value)} />
        <Button type="submit" variant="secondary" data-size="sm" disabled={!name.trim()}>
          Lagre visning
        </Button>
      </form>
      <span className="muted saved-views__message" role="status">
        {message}
      </span>
    </div>
  );
}
