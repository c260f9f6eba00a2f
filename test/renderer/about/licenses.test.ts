import { describe, expect, it } from 'vitest';
import { loadLicenses } from '../../../renderer/features/about/licenses.ts';

describe('the licence list shown in «Om»', () => {
  it('names a licence for every package, and says where it comes from when the package states none', async () => {
    const report = await loadLicenses();
    expect(report.packages.length).toBeGreaterThan(0);
    for (const p of report.packages) {
      expect(p.license, `${p.name}@${p.version}`).not.toMatch(/^(UKJENT|Ikke oppgitt)$/);
    }
    // buffers@0.1.1 (through exceljs) was published without one; its author named it later.
    const buffers = report.packages.find((p) => p.name === 'buffers');
    if (buffers) {
      expect(buffers.license).toBe('MIT/X11');
      expect(buffers.note).toMatch(/github\.com\/substack\/node-buffers/);
    }
  });
});
