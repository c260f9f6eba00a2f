import { dependencyGraph, isCritical } from '../../../shared/portfolio/views/dependencies.ts';
import type { Dependency } from '../../../shared/portfolio/model.ts';
import { formatHash, useNavigation } from '../../store/navigation.ts';
import { countNoun, formatCount } from '../../../shared/format/index.ts';

/** Nodes per side before the graph asks for a narrower filter (beyond that it is unreadable). */
export const MAX_GRAPH_NODES = 60;
const ROW = 26;
const WIDTH = 900;
const LEFT_X = 250;
const RIGHT_X = 650;

const truncate = (s: string, n = 36) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Tiltak on the left, what they depend on on the right. High criticality with red status is drawn
 * thick, red and dashed (not colour alone) and listed in words under the graph.
 */
export function DependencyGraph(props: { items: readonly Dependency[] }) {
  const navigate = useNavigation((s) => s.navigate);
  const all = dependencyGraph(props.items);
  const fits = (x: typeof all) => x.from.length <= MAX_GRAPH_NODES && x.to.length <= MAX_GRAPH_NODES;
  // Too many to read: fall back to the critical ones (high criticality, red status) when they fit.
  const critOnly = fits(all) ? null : dependencyGraph(props.items.filter(isCritical));
  const g = critOnly && critOnly.edges.length > 0 && fits(critOnly) ? critOnly : all;
  if (g.edges.length === 0) return <p className="muted">Ingen avhengigheter å tegne med valgte filtre.</p>;
  if (!fits(g))
    return (
      <p className="muted">
        Grafen har {formatCount(g.from.length)} tiltak og {formatCount(g.to.length)} mål – for mange til å lese, og {formatCount(critOnly?.edges.length ?? 0)} har høy
        kritikalitet og rød status. Snevre inn med filtrene over (for eksempel status, kategori eller et søk på tiltaket), så tegnes den.
      </p>
    );
  const y = new Map<string, number>();
  g.from.forEach((n, idx) => y.set(n.id, 20 + idx * ROW));
  g.to.forEach((n, idx) => y.set(`to:${n.id}`, 20 + idx * ROW));
  const height = 30 + Math.max(g.from.length, g.to.length) * ROW;
  const critical = g.edges.filter((e) => e.critical);
  return (
    <figure className="dep-graph">
      {/* A group, not an image: the tiltak in it are links (an image's content is hidden from assistive technology). */}
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="group" aria-label={`Graf over ${countNoun(g.edges.length, 'avhengighet', 'avhengigheter')}`}>
        {g.edges.map((e, idx) => {
          const y1 = y.get(e.from)!;
          const y2 = y.get(`to:${e.to}`)!;
          const mid = (LEFT_X + RIGHT_X) / 2;
          return (
            <path
              key={idx}
              d={`M${LEFT_X + 6},${y1} C${mid},${y1} ${mid},${y2} ${RIGHT_X - 6},${y2}`}
              fill="none"
              stroke={e.critical ? '#c3002f' : '#9aa5b1'}
              strokeWidth={e.critical ? 3.5 : 1.2}
              strokeDasharray={e.critical ? '8 3' : undefined}
            >
              <title>{e.description}</title>
            </path>
          );
        })}
        {g.from.map((n) => {
          const nr = n.id.slice(2);
          return (
            <a
              key={n.id}
              href={formatHash({ area: 'tiltak', params: { nr } })}
              onClick={(ev) => {
                ev.preventDefault();
                navigate('tiltak', { nr });
              }}
            >
              <circle cx={LEFT_X} cy={y.get(n.id)} r={5} fill="#0062ba" />
              <text x={LEFT_X - 10} y={y.get(n.id)! + 4} textAnchor="end" fontSize={12} fill="#1e2b3c">
                {truncate(n.label)}
                <title>{n.label}</title>
              </text>
            </a>
          );
        })}
        {g.to.map((n) => (
          <g key={n.id}>
            <rect x={RIGHT_X - 5} y={y.get(`to:${n.id}`)! - 5} width={10} height={10} fill="#5b6570" />
            <text x={RIGHT_X + 10} y={y.get(`to:${n.id}`)! + 4} fontSize={12} fill="#1e2b3c">
              {truncate(n.label)}
              <title>{n.label}</title>
            </text>
          </g>
        ))}
      </svg>
      {g === critOnly && (
        <p className="note">
          Viser bare de {formatCount(g.edges.length)} med høy kritikalitet og rød status, av {formatCount(all.edges.length)}: alle er for mange til å lese. Snevre
          inn med filtrene for å se andre.
        </p>
      )}
      <figcaption className="muted">
        Venstre: tiltak. Høyre: det de avhenger av. Tykk, rød, stiplet linje: høy kritikalitet og rød status.
        {critical.length > 0 ? ` ${formatCount(critical.length)} slike:` : ' Ingen har høy kritikalitet og rød status.'}
      </figcaption>
      {critical.length > 0 && (
        <ul className="dep-graph__critical">
          {critical.map((e, idx) => {
            const from = g.from.find((n) => n.id === e.from)?.label ?? e.from;
            const to = g.to.find((n) => n.id === e.to)?.label ?? e.to;
            return (
              <li key={idx}>
                <strong>{from}</strong> avhenger av <strong>{to}</strong>: {e.description}
              </li>
            );
          })}
        </ul>
      )}
    </figure>
  );
}
