import { measure } from '../harness.ts';
import type { BenchCase, BenchResult } from '../harness.ts';
import { decodeBackup, encodeBackup, sha256Hex } from '../../renderer/db/backup-format.ts';
import { sha256 } from '../../renderer/db/backup-sha256.ts';
import type { BackupSnapshot } from '../../renderer/db/backup-format.ts';

// An automatic backup is taken before every import, so its CPU cost (JSON + SHA-256) adds to
// each import. Rows shaped like stored tiltak, chunked as periods-repo stores them (5000 a chunk).
function snapshot(periods: number, rowsPerPeriod: number): BackupSnapshot {
  const periodData: unknown[] = [];
  for (let p = 0; p < periods; p++) {
    for (let c = 0; c * 5000 < rowsPerPeriod; c++) {
      const rows = Array.from({ length: Math.min(5000, rowsPerPeriod - c * 5000) }, (_v, i) => ({
        nr: String(c * 5000 + i + 1),
        name: `Tiltak ${i} – journalføring og samhandling`,
        actor: 'Helse Vest RHF',
        segment: 'Spesialisthelsetjenesten',
        phase: 'Gjennomføring',
        active: true,
        status: 'yellow',
        risk: 'green',
        focusArea: '4.3',
        source: { file: 'portefolje.xlsx', sheet: 'Tiltak', row: i + 2 },
      }));
      periodData.push({ periodId: `2022-${p}`, part: 'initiatives', chunk: c, rows, v: 1 });
    }
  }
  return { schemaVersion: 2, tables: { periodData, periods: [], settings: [], cases: [], caseVersions: [], savedViews: [] } };
}

export const cases: BenchCase[] = [
  {
    name: 'backup: encode/decode',
    run: async () => {
      const out: BenchResult[] = [];
      for (const [periods, rows] of [[4, 1000], [8, 10_000], [1, 100_000]] as const) {
        const snap = snapshot(periods, rows);
        let bytes: Uint8Array = new Uint8Array();
        const encodeMs = await measure(async () => {
          bytes = await encodeBackup(snap, { createdAt: '2026-01-01T00:00:00.000Z', reason: 'bench' });
        }, 3);
        const decodeMs = await measure(() => decodeBackup(bytes, 2), 3);
        const hashMs = await measure(() => sha256(bytes), 3);
        const nativeMs = await measure(() => sha256Hex(bytes), 3);
        const label = `${periods} perioder × ${rows.toLocaleString('nb-NO')} tiltak`;
        out.push({ name: `backup: lag fil, ${label}`, ms: encodeMs, extra: { MB: Math.round(bytes.length / 1e5) / 10 } });
        out.push({ name: `backup: kontroller og les, ${label}`, ms: decodeMs });
        out.push({ name: `backup: SHA-256 (TypeScript), ${label}`, ms: hashMs, extra: { MBps: Math.round(bytes.length / 1e3 / hashMs) } });
        out.push({ name: `backup: SHA-256 (plattformens), ${label}`, ms: nativeMs, extra: { MBps: Math.round(bytes.length / 1e3 / nativeMs) } });
      }
      return out;
    },
  },
];
