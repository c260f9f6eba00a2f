import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../../../renderer/platform/browser-platform.ts';
import { createElectronPlatform } from '../../../renderer/platform/electron-platform.ts';

describe('browser platform', () => {
  it('opens files through a file input with the right filter', async () => {
    const platform = createBrowserPlatform(document);
    const clicked = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      const file = new File([new Uint8Array([80, 75, 3, 4])], 'rapport.xlsx');
      Object.defineProperty(this, 'files', { value: [file] });
      this.dispatchEvent(new Event('change'));
    });
    const files = await platform.openFiles('report', { multiple: true });
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('rapport.xlsx');
    expect(Array.from(files[0]!.bytes)).toEqual([80, 75, 3, 4]);
    expect(document.querySelector('input[type=file]')).toBeNull();
    clicked.mockRestore();
  });

  it('resolves with no files when the user cancels', async () => {
    const platform = createBrowserPlatform(document);
    const clicked = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
      expect(this.accept).toBe('.json,.xlsx');
      this.dispatchEvent(new Event('cancel'));
    });
    expect(await platform.openFiles('case')).toEqual([]);
    clicked.mockRestore();
  });

  it('saves by downloading under a safe name', async () => {
    const created = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    let downloaded = '';
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = this.download;
    });
    const result = await createBrowserPlatform(document).saveFile('NUIT/sak:43.pdf', new Uint8Array([1]));
    expect(result).toEqual({ savedAs: 'NUIT_sak_43.pdf' });
    expect(downloaded).toBe('NUIT_sak_43.pdf');
    expect(created).toHaveBeenCalledOnce();
    clicked.mockRestore();
  });
});

describe('electron platform', () => {
  it('forwards to the preload bridge’s named methods', async () => {
    const bridge = {
      openFiles: vi.fn(async () => []),
      saveFile: vi.fn(async () => ({ savedAs: 'a.pdf' })),
      appInfo: vi.fn(async () => ({ name: 'x', version: '1', electron: '', chrome: '', node: '', platform: 'win32', userDataPath: '' })),
    };
    const platform = createElectronPlatform(bridge);
    await platform.openFiles('report', { multiple: true });
    expect(bridge.openFiles).toHaveBeenCalledWith({ kind: 'report', multiple: true });
    expect(await platform.saveFile('a.pdf', new Uint8Array())).toEqual({ savedAs: 'a.pdf' });
    expect(platform.kind).toBe('electron');
  });
});
