/**
 * RSS and CPU of other processes, read from Linux's /proc, for the system benchmark: each service,
 * the broker, this process, PostgreSQL's backends for the platform's databases, and the machine as
 * a whole (to say how loaded the shared machine was while the figures were taken).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (almost always 100). */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

export interface ProcReading {
  rssMb: number;
  /** The kernel's high-water mark of RSS since the process started (or since clear_refs): what 1 s sampling misses. */
  hwmMb: number;
  /** User + system CPU seconds since the process started. */
  cpuS: number;
}

export function readProc(pid: number): ProcReading | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces and parentheses: state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return { rssMb: Math.round(kb('VmRSS') / 1024), hwmMb: Math.round(kb('VmHWM') / 1024), cpuS: ticks / CLOCK_TICKS };
  } catch {
    return undefined;
  }
}

/** Busy and total jiffies of all CPUs together (/proc/stat's first line). */
function machineJiffies(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  const total = values.slice(0, 8).reduce((sum, v) => sum + v, 0);
  return { busy: total - idle, total };
}

/** CPU as a percentage of one core between successive readings, per named process; peaks kept. */
export class CpuMeter {
  private last = new Map<string, { cpuS: number; at: number }>();
  private machine = machineJiffies();
  private readonly firstCpu = new Map<string, number>();
  readonly peakRssMb = new Map<string, number>();
  readonly peakHwmMb = new Map<string, number>();
  readonly peakCpuPct = new Map<string, number>();
  readonly totalCpuS = new Map<string, number>();

  /** One reading of a process: RSS now and CPU % of a core since the previous reading of the same name. */
  read(name: string, reading: ProcReading | undefined, at = Date.now()): { rssMb: number; cpuPct: number } | undefined {
    if (!reading) return undefined;
    const previous = this.last.get(name);
    this.last.set(name, { cpuS: reading.cpuS, at });
    if (!this.firstCpu.has(name)) this.firstCpu.set(name, reading.cpuS);
    this.totalCpuS.set(name, +(reading.cpuS - this.firstCpu.get(name)!).toFixed(2));
    const cpuPct = previous && at > previous.at ? Math.round(((reading.cpuS - previous.cpuS) / ((at - previous.at) / 1000)) * 100) : 0;
    this.peakRssMb.set(name, Math.max(this.peakRssMb.get(name) ?? 0, reading.rssMb));
    this.peakHwmMb.set(name, Math.max(this.peakHwmMb.get(name) ?? 0, reading.hwmMb));
    this.peakCpuPct.set(name, Math.max(this.peakCpuPct.get(name) ?? 0, cpuPct));
    return { rssMb: reading.rssMb, cpuPct };
  }

  /** How busy the whole machine was since the last call, in % of all its cores. */
  machineBusyPct(): number {
    const now = machineJiffies();
    const pct = now.total > this.machine.total ? Math.round(((now.busy - this.machine.busy) / (now.total - this.machine.total)) * 100) : 0;
    this.machine = now;
    return pct;
  }
}

/**
 * Several processes that come and go (PostgreSQL's backends for the platform's databases) as one:
 * CPU accumulated per pid, so a backend that exits does not take its seconds away; RSS summed now.
 */
export class ProcGroup {
  private readonly lastCpu = new Map<number, number>();
  private cpuS = 0;

  read(pids: number[]): ProcReading | undefined {
    let rssMb = 0;
    let seen = 0;
    for (const pid of pids) {
      const reading = readProc(pid);
      if (!reading) continue;
      seen += 1;
      // Backends share PostgreSQL's buffers: their RSS counts shared pages again and again, so it is indicative only.
      rssMb += reading.rssMb;
      this.cpuS += Math.max(0, reading.cpuS - (this.lastCpu.get(pid) ?? reading.cpuS));
      this.lastCpu.set(pid, reading.cpuS);
    }
    return seen === 0 ? undefined : { rssMb, hwmMb: rssMb, cpuS: this.cpuS };
  }
}
