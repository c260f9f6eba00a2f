import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from '../../electron/main/menu.ts';

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [i.label ?? '', ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]);
}

describe('application menu', () => {
  it('is Norwegian and has no developer tools', () => {
    for (const mac of [true, false]) {
      const all = labels(buildMenuTemplate(mac, 'Helseportefølje', () => {}));
      expect(all).toEqual(expect.arrayContaining(['Fil', 'Rediger', 'Vis', 'Hjelp', 'Kopier', 'Lim inn', 'Om Helseportefølje']));
      expect(all.join(' ')).not.toMatch(/Developer|Utviklerverktøy|toggleDevTools/i);
      const roles = JSON.stringify(buildMenuTemplate(mac, 'x', () => {}));
      expect(roles).not.toContain('toggleDevTools');
    }
  });
});
