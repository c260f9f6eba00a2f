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
  /**
   * Counts arrivals at a place (a link followed, back/forward). A view that writes its own state
   * into the params ({@link NavigationState.replaceParams}) keys itself by this, so it starts
   * afresh on arrival but not on its own writes.
   */
  arrival: number;
  navigate: (area: AreaId, params?: Record<string, string>) => void;
  /** Re-reads the hash (on hashchange). */
  syncFromLocation: () => void;
  /**
   * Replaces the current place's params without a new history entry (e.g. filters as they are
   * typed), so reload, back and forward come back to them.
   */
  replaceParams: (params: Record<string, string>) => void;
}

export const useNavigation = create<NavigationState>((set, get) => ({
  ...parseHash(typeof location === 'undefined' ? '' : location.hash),
  arrival: 0,
  navigate: (area, params = {}) => {
    const hash = formatHash({ area, params });
    if (location.hash !== hash) history.pushState(null, '', hash);
    set({ area, params, arrival: get().arrival + 1 });
  },
  syncFromLocation: () => set({ ...parseHash(location.hash), arrival: get().arrival + 1 }),
  replaceParams: (params) => {
    const hash = formatHash({ area: get().area, params });
    if (location.hash === hash) return;
    history.replaceState(history.state, '', hash);
    set({ params });
  },
}));
