import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { APP_ID, USER_DATA_DIR_NAME } from '../../electron/main/paths.ts';

interface Target {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: Target[] };
  mac: { icon: string; target: Target[]; hardenedRuntime: boolean; entitlements: string };
  linux: { icon: string; target: Target[] };
  nsis: { deleteAppDataOnUninstall: boolean };
  publish: unknown;
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string; main: string; scripts: Record<string, string> };

const targets = (t: Target[]) => t.map((x) => x.target).sort();

describe('electron-builder configuration', () => {
  it('names the app as the code and the data folder expect', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Helseportefølje');
    expect(pkg.productName).toBe(config.productName);
    expect(USER_DATA_DIR_NAME).toMatch(/^[a-z]+$/);
  });

  it('flips the security fuses: no run-as-node, NODE_OPTIONS or inspect; asar integrity on; app only from asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds Windows nsis + portable, macOS dmg, Linux AppImage + deb', () => {
    expect(targets(config.win.target)).toEqual(['nsis', 'portable']);
    expect(targets(config.mac.target)).toEqual(['dmg']);
    expect(targets(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(config.publish).toBeNull();
    expect(pkg.scripts.dist).toMatch(/electron-builder/);
  });

  it('points at icons and entitlements that exist', () => {
    for (const file of [config.win.icon, config.mac.icon, config.mac.entitlements, 'build/icon.png', 'build/icons/256x256.png', 'build/icons/512x512.png']) {
      expect(existsSync(file), file).toBe(true);
    }
    const png = readFileSync('build/icon.png');
    expect(png.readUInt32BE(16)).toBe(512); // IHDR width
    const ico = readFileSync(config.win.icon);
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(5); // several sizes
    const entitlements = readFileSync(config.mac.entitlements, 'utf8');
    expect(entitlements).not.toMatch(/<key>[^<]*(network|camera|microphone|disable-library-validation)/);
  });

  it('ships only the built bundles, never sources or node_modules', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.files).toContain('!**/node_modules/**/*');
    expect(config.files.some((f) => /^(electron|renderer|shared|src)\b/.test(f))).toBe(false);
    expect(pkg.main).toBe('out/main/index.js');
  });
});
