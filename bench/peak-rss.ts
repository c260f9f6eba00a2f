import { readFileSync } from 'node:fs';

/**
 * This process's peak resident memory in bytes. On Linux it is read from /proc (VmHWM), because
 * `process.resourceUsage().maxRSS` in a child carries over the parent's peak at the moment of the
 * fork: a child of a 400 MB bench process reports at least 400 MB, whatever it used itself.
 */
export function peakRssBytes(): number {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux: the kernel's figure is the best there is
  }
  return process.resourceUsage().maxRSS * 1024;
}
