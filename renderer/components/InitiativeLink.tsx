import type { ReactNode } from 'react';
import { formatHash, useNavigation } from '../store/navigation.ts';

/** A link to a tiltak's page (`#tiltak?nr=181`), kept as a real link for keyboard and middle-click. */
export function InitiativeLink(props: { nr: string; children: ReactNode }) {
  const navigate = useNavigation((s) => s.navigate);
  const params = { nr: props.nr };
  return (
    <a
      href={formatHash({ area: 'tiltak', params })}
      onClick={(e) => {
        e.preventDefault();
        navigate('tiltak', params);
      }}
    >
      {props.children}
    </a>
  );
}
