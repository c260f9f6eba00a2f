import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract.ts';
import { getPlatform } from '../../platform/index.ts';
import { version as packageVersion } from '../../../package.json';
import type { LicenseReport } from './licenses.ts';
import { loadLicenses, summarizeLicenses } from './licenses.ts';
import { countNoun } from '../../../shared/format/index.ts';

/**
 * «Om Helseportefølje»: version, where data is stored, and the licences of every bundled library
 * and font. The licence list is generated at build time (scripts/licenses.ts) and loaded only
 * when the dialog opens.
 */
export function AboutDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [licenses, setLicenses] = useState<LicenseReport | null>(null);
  const [failed, setFailed] = useState(false);

  const open = () => {
    dialogRef.current?.showModal();
    void getPlatform()
      .appInfo()
      .then(setInfo, () => setInfo(null));
    if (!licenses) loadLicenses().then(setLicenses, () => setFailed(true));
  };

  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={open}>
        Om
      </Button>
      <Dialog ref={dialogRef} closedby="any" aria-labelledby="about-title" className="about-dialog">
        <Heading level={2} data-size="xs" id="about-title">
          Om Helseportefølje
        </Heading>
        <Paragraph data-size="sm">
          Versjon {info?.version ?? packageVersion}
          {info && (
            <>
              {' '}
              · Electron {info.electron} · Chromium {info.chrome}
            </>
          )}
        </Paragraph>
        <Paragraph data-size="sm">
          {info ? <>Data lagres i {info.userDataPath}.</> : <>Data lagres i nettleserens lokale lagring på denne maskinen.</>} Appen
          bruker aldri nettverket.
        </Paragraph>
        <Heading level={3} data-size="2xs">
          Lisenser
        </Heading>
        {failed && <Paragraph data-size="sm">Lisenslisten kunne ikke lastes.</Paragraph>}
        {!licenses && !failed && <Paragraph data-size="sm">Laster lisenser …</Paragraph>}
        {licenses && (
          <>
            <Paragraph data-size="sm">
              {countNoun(licenses.packages.length, 'bibliotek', 'biblioteker')} og {countNoun(licenses.assets.length, 'skrift', 'skrifter')} følger
              med: {summarizeLicenses(licenses)}.
            </Paragraph>
            <div className="about-dialog__licenses">
              {licenses.assets.map((a) => (
                <details key={a.name}>
                  <summary>
                    {a.name} – {a.license}
                  </summary>
                  <pre>{a.text}</pre>
                </details>
              ))}
              {licenses.packages.map((p) => (
                <details key={`${p.name}@${p.version}`}>
                  <summary>
                    {p.name} {p.version} – {p.license}
                  </summary>
                  {p.note && <Paragraph data-size="sm">{p.note}</Paragraph>}
                  <pre>{p.text || `Lisens: ${p.license} (pakken har ingen egen lisensfil).`}</pre>
                </details>
              ))}
            </div>
          </>
        )}
        <Button onClick={() => dialogRef.current?.close()}>Lukk</Button>
      </Dialog>
    </>
  );
}
