import './import.css';
import { Alert, Button } from '@digdir/designsystemet-react';
import { use, useEffect, useState } from 'react';
import { writeImportTemplate } from '../../../shared/import/index.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { getPlatform } from '../../platform/index.ts';
import { useNotices } from '../../store/notifications.ts';
import { usePeriodStore } from '../../store/period.ts';
import { ExampleLoader } from './ExampleLoader.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportRunnerContext } from './import-runner.ts';
import { StoredPeriods } from './StoredPeriods.tsx';
import { ExportSection } from '../export/index.tsx';
import { useImportFlow } from './use-import-flow.ts';

/** Import of quarterly portfolio reports: choose → read (worker) → preview → confirm → stored (worker) → lists reloaded. */
export function ImportPage() {
  const flow = useImportFlow();
  const runner = use(ImportRunnerContext);
  const { step } = flow;
  const notify = useNotices((s) => s.notify);
  const refresh = usePeriodStore((s) => s.refresh);
  const [busy, setBusy] = useState(false);
  const working = step.kind === 'reading' || step.kind === 'saving' || busy;
  // start the import worker now, so choosing a file does not wait for it to load
  useEffect(() => runner.warmUp(), [runner]);

  const choose = async () => {
    const files = await getPlatform().openFiles('report', { multiple: true });
    await flow.read(files);
  };

  const downloadTemplate = async () => {
    const saved = await getPlatform().saveFile('importmal-porteføljerapport.xlsx', writeImportTemplate());
    if (saved) notify('success', `Importmalen er lagret som ${saved.savedAs}.`);
  };

  return (
    <>
      <PageHeader
        title="Import og eksport"
        lead="Hent inn kvartalsvise porteføljerapporter (Excel eller CSV). Hver periode lagres lokalt og kan sammenlignes med tidligere perioder."
        actions={
          <>
            <Button variant="primary" onClick={() => void choose()} disabled={working}>
              Velg filer
            </Button>
            <ExampleLoader disabled={working} onBusy={setBusy} onDone={() => void refresh()} />
            <Button variant="secondary" onClick={() => void downloadTemplate()}>
              Last ned importmal
            </Button>
          </>
        }
      />
      <p className="muted import-hint">
        Velg én Excel-arbeidsbok, eller flere CSV-filer som sammen utgjør én periode. Filene leses her på maskinen; ingenting
        sendes ut.
      </p>

      {step.kind === 'reading' && (
        <section className="panel" aria-live="polite">
          <label className="import-progress">
            <span>
              {step.text} ({step.fileNames.join(', ')})
            </span>
            <progress max={1} value={step.fraction} aria-label="Leser filene" />
          </label>
          <Button variant="tertiary" onClick={flow.cancel}>
            Avbryt
          </Button>
        </section>
      )}
      {step.kind === 'saving' && (
        <p role="status" className="panel">
          {step.text}
        </p>
      )}

      {(step.kind === 'preview' || step.kind === 'replace') && (
        <>
          <ImportPreview preview={step.preview} periodInput={flow.periodInput} onPeriodInput={flow.setPeriodInput} />
          {step.kind === 'replace' ? (
            <Alert data-color="warning" className="import-actions" role="alertdialog" aria-label="Erstatte perioden?">
              <p>
                {step.existing.label} er allerede importert ({step.existing.provenance.files.map((f) => f.name).join(', ')},{' '}
                {new Date(step.existing.importedAt).toLocaleString('nb-NO')}). Vil du erstatte den med den nye filen?
              </p>
              <Button data-color="danger" onClick={() => void flow.replace()}>
                Erstatt perioden
              </Button>{' '}
              <Button variant="tertiary" onClick={flow.cancel}>
                Avbryt
              </Button>
            </Alert>
          ) : (
            <div className="import-actions">
              <Button variant="primary" onClick={() => void flow.confirm()} disabled={!flow.canConfirm}>
                Importer
              </Button>
              <Button variant="tertiary" onClick={flow.cancel}>
                Avbryt
              </Button>
              {!step.preview.ok && <span className="muted">En rapport med feil importeres ikke.</span>}
              {step.preview.ok && !flow.canConfirm && <span className="muted">Skriv perioden først.</span>}
            </div>
          )}
        </>
      )}

      <StoredPeriods locked={working} />
      <ExportSection />
    </>
  );
}
