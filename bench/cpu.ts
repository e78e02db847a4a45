/**
 * CPU time used by a process and everything under it (workers, the PostgreSQL server and its backends),
 * from /proc: what a request costs in CPU. It moves much less than req/s and latency when something else
 * on the machine takes cores (on this VM it still rises under load: shared caches, stolen time), so compare
 * runs on a quiet machine. With C cores the ceiling is about C × 1000 / (ms per request) requests per
 * second. Linux only; elsewhere `null`.
 */
import fs from 'node:fs';

/** clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface TreeCpu {
  totalMs: number;
  /** By program: `node` (gateway and subgraphs), `postgres` (the embedded server and its backends). */
  byProgram: Record<string, number>;
}

export function processTreeCpuMs(rootPid: number): TreeCpu | null {
  if (process.platform !== 'linux') return null;
  const stats = new Map<number, { ppid: number; ticks: number; program: string }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const program = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      stats.set(Number(entry), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), program: program.startsWith('postgres') ? 'postgres' : program });
    } catch {
      /* exited meanwhile */
    }
  }
  const toMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;
  const result: TreeCpu = { totalMs: 0, byProgram: {} };
  const visit = (pid: number) => {
    const s = stats.get(pid);
    if (!s) return;
    result.totalMs += toMs(s.ticks);
    result.byProgram[s.program] = (result.byProgram[s.program] ?? 0) + toMs(s.ticks);
    for (const [child, c] of stats) if (c.ppid === pid) visit(child);
  };
  visit(rootPid);
  return result;
}
