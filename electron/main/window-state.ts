/** Remembers the window's size and position between runs, and refuses to restore it off-screen. */

export interface WindowBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
}

export const DEFAULT_STATE: WindowState = { bounds: { x: 80, y: 60, width: 1366, height: 860 }, maximized: false };
export const MIN_WIDTH = 1024;
export const MIN_HEIGHT = 700;

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Reads a stored state; anything malformed gives the default. */
export function parseWindowState(text: string | null): WindowState {
  if (!text) return DEFAULT_STATE;
  try {
    const v = JSON.parse(text) as { bounds?: Partial<WindowBounds>; maximized?: unknown };
    const b = v.bounds;
    if (!b || ![b.x, b.y, b.width, b.height].every(isFiniteNumber)) return DEFAULT_STATE;
    return {
      bounds: {
        x: Math.round(b.x as number),
        y: Math.round(b.y as number),
        width: Math.max(MIN_WIDTH, Math.round(b.width as number)),
        height: Math.max(MIN_HEIGHT, Math.round(b.height as number)),
      },
      maximized: v.maximized === true,
    };
  } catch {
    return DEFAULT_STATE;
  }
}

/**
 * Keeps the saved bounds only if at least 100×100 px of the window's title area is visible on
 * one of today's displays (a monitor may have been unplugged since).
 */
export function fitToDisplays(state: WindowState, workAreas: WindowBounds[]): WindowState {
  const b = state.bounds;
  const visible = workAreas.some((a) => {
    const w = Math.min(b.x + b.width, a.x + a.width) - Math.max(b.x, a.x);
    const h = Math.min(b.y + 100, a.y + a.height) - Math.max(b.y, a.y);
    return w >= 100 && h >= 50;
  });
  if (visible) return state;
  const primary = workAreas[0];
  if (!primary) return DEFAULT_STATE;
  const width = Math.min(b.width, primary.width);
  const height = Math.min(b.height, primary.height);
  return {
    maximized: state.maximized,
    bounds: {
      width,
      height,
      x: primary.x + Math.round((primary.width - width) / 2),
      y: primary.y + Math.round((primary.height - height) / 2),
    },
  };
}
