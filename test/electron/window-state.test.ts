import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, fitToDisplays, MIN_WIDTH, parseWindowState } from '../../electron/main/window-state.ts';

describe('window state', () => {
  it('restores a saved state and enforces the minimum size', () => {
    const s = parseWindowState(JSON.stringify({ bounds: { x: 10, y: 20, width: 300, height: 900 }, maximized: true }));
    expect(s).toEqual({ bounds: { x: 10, y: 20, width: MIN_WIDTH, height: 900 }, maximized: true });
  });
  it('falls back to the default on missing or malformed state', () => {
    expect(parseWindowState(null)).toEqual(DEFAULT_STATE);
    expect(parseWindowState('{not json')).toEqual(DEFAULT_STATE);
    expect(parseWindowState(JSON.stringify({ bounds: { x: 'a' } }))).toEqual(DEFAULT_STATE);
  });
  it('keeps a window that is visible on a display', () => {
    const state = { bounds: { x: 100, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(fitToDisplays(state, [{ x: 0, y: 0, width: 1920, height: 1080 }])).toEqual(state);
  });
  it('moves a window from an unplugged monitor onto the primary display', () => {
    const state = { bounds: { x: 3000, y: 100, width: 2500, height: 800 }, maximized: false };
    const fitted = fitToDisplays(state, [{ x: 0, y: 0, width: 1920, height: 1080 }]);
    expect(fitted.bounds).toEqual({ x: 0, y: 140, width: 1920, height: 800 });
  });
});
