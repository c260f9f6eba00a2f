import { create } from 'zustand';
import { isAreaId } from '../app/areas.ts';
import type { AreaId } from '../app/areas.ts';

/**
 * Where the user is: an area plus string parameters (e.g. a filter or a tiltak number), kept in
 * the URL hash (`#tiltak?segment=Samstyre`) so reload and back/forward keep the place.
 */
export interface Route {
  area: AreaId;
  params: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const area = isAreaId(path) ? path : 'oversikt';
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = v;
  return { area, params };
}

export function formatHash(route: Route): string {
  const query = new URLSearchParams(route.params).toString();
  return `#${route.area}${query ? `?${query}` : ''}`;
}

interface NavigationState extends Route {
  navigate: (area: AreaId, params?: Record<string, string>) => void;
  /** Re-reads the hash (on hashchange). */
  syncFromLocation: () => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  ...parseHash(typeof location === 'undefined' ? '' : location.hash),
  navigate: (area, params = {}) => {
    const hash = formatHash({ area, params });
    if (location.hash !== hash) history.pushState(null, '', hash);
    set({ area, params });
  },
  syncFromLocation: () => set(parseHash(location.hash)),
}));
