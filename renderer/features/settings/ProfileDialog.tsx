import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { loadProfile, saveProfile } from '../../db/settings-repo.ts';
import type { Profile } from '../../db/settings-repo.ts';
import { useNotices } from '../../store/notifications.ts';

/**
 * The analyst's name and organisation, stored locally and used as "Saksbehandler" and "Fra" in
 * case documents. Edits autosave shortly after typing stops.
 */
export function ProfileDialog() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [profile, setProfile] = useState<Profile | null>(null);
  const [saved, setSaved] = useState(true);
  const notify = useNotices((s) => s.notify);

  useEffect(() => {
    let alive = true;
    void loadProfile().then((p) => alive && setProfile(p));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    if (!profile || saved) return;
    const t = setTimeout(() => {
      saveProfile(profile).then(
        () => setSaved(true),
        () => notify('danger', 'Kunne ikke lagre profilen. Endringen er ikke lagret.'),
      );
    }, 300);
    return () => clearTimeout(t);
  }, [profile, saved, notify]);

  const update = (patch: Partial<Profile>) => {
    setProfile((p) => ({ ...(p ?? { name: '', organisation: '' }), ...patch }));
    setSaved(false);
  };

  return (
    <>
      <Button variant="tertiary" data-size="sm" onClick={() => dialogRef.current?.showModal()} className="profile-button">
        {profile?.name ? profile.name : 'Profil'}
      </Button>
      <Dialog ref={dialogRef} closedby="any" aria-labelledby="profile-title">
        <Heading level={2} data-size="xs" id="profile-title">
          Din profil
        </Heading>
        <Paragraph data-size="sm">Brukes som saksbehandler og avsender i saksdokumenter. Lagres bare på denne maskinen.</Paragraph>
        <Textfield
          label="Navn (saksbehandler)"
          value={profile?.name ?? ''}
          onChange={(e) => update({ name: e.target.value })}
        />
        <Textfield
          label="Virksomhet"
          value={profile?.organisation ?? ''}
          onChange={(e) => update({ organisation: e.target.value })}
        />
        <Paragraph data-size="xs" className="muted" aria-live="polite">
          {saved ? 'Lagret' : 'Lagrer …'}
        </Paragraph>
        <Button onClick={() => dialogRef.current?.close()}>Lukk</Button>
      </Dialog>
    </>
  );
}
