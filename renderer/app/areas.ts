/** The product's areas, in navigation order. `id` is the URL hash segment. */
export const AREAS = [
  { id: 'oversikt', label: 'Oversikt' },
  { id: 'tiltak', label: 'Tiltak' },
  { id: 'avhengigheter', label: 'Avhengigheter' },
  { id: 'drift', label: 'Drift og forvaltning' },
  { id: 'perioder', label: 'Sammenlign perioder' },
  { id: 'budsjett', label: 'Budsjett' },
  { id: 'import', label: 'Import og eksport' },
] as const;

export type AreaId = (typeof AREAS)[number]['id'];

export function isAreaId(v: string): v is AreaId {
  return AREAS.some((a) => a.id === v);
}
