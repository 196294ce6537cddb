import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of a process from /proc/<pid>/stat, for CPU per request: utime and stime are fields 14 and 15
 * (1-based), in clock ticks. The command name (field 2) is in parentheses and may hold spaces, so
 * fields are counted from the last `)`.
 */
export function cpuTicksFromStat(stat: string): number {
  const close = stat.lastIndexOf(')');
  if (close < 0) throw new RangeError('not a /proc/<pid>/stat line');
  // After ") " come field 3 (state) onwards: utime is field 14, so index 11 here; stime index 12.
  const fields = stat
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime))
    throw new RangeError('no utime/stime in the /proc/<pid>/stat line');
  return utime + stime;
}

/** Linux's USER_HZ: 100 on every mainstream architecture (`getconf CLK_TCK`). */
export const CLOCK_TICKS_PER_SECOND = 100;

/** Milliseconds of CPU a process spent per request between two readings of its ticks. */
export function cpuMsPerRequest(
  ticksBefore: number,
  ticksAfter: number,
  requests: number,
  ticksPerSecond = CLOCK_TICKS_PER_SECOND,
): number {
  if (requests <= 0) return Number.NaN;
  return ((ticksAfter - ticksBefore) * 1000) / ticksPerSecond / requests;
}

/** The process's CPU ticks now, or NaN once it has gone. */
export function readCpuTicks(pid: number): number {
  try {
    return cpuTicksFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return Number.NaN;
  }
}

/** Ours ÷ theirs to three places: above 1 means ours is ahead for a rate, behind for a time. */
export function ratio(ours: number, theirs: number): number {
  if (!Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) return Number.NaN;
  return Number((ours / theirs).toFixed(3));
}

/** This process's children by the PORT in their environment: which pid serves which address. */
export function childPidsByPort(): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const environ = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      const port = environ.find((line) => line.startsWith('PORT='));
      if (port) found.set(Number(port.slice(5)), Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}
