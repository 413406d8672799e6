import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuOf, memoryOf, processTree } from './processes.ts';

export interface BuildRun {
  status: number | null;
  wallMs: number;
  /** CPU time (user + system) of the build's process tree; less sensitive than wall time to other load on the machine. */
  cpuMs: number;
  /** Sampled CPU time by command name (node, pagefind…). */
  cpuByName: Map<string, number>;
  peakRss: number;
  /** Where the peak figure came from. */
  peakSource: string;
  /** Each command's own high-water mark (VmHWM), by name. */
  hwmByName: Map<string, number>;
  output: string;
}

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs `scripts/build.ts` of the project at `root` in a child process, sampling its process tree every 100 ms. */
export function measureBuild(root: string, env: Record<string, string>, nodeArgs: string[], scratch: string): Promise<BuildRun> {
  const timeFile = join(scratch, 'time.txt');
  const command = [process.execPath, ...nodeArgs, join(root, 'scripts/build.ts')];
  const argv = gnuTime ? [gnuTime, '-v', '-o', timeFile, ...command] : command;
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'BASE_PATH') childEnv[k] = v;
  Object.assign(childEnv, env);
  return new Promise((done, fail) => {
    const started = performance.now();
    const [command = 'node', ...args] = argv;
    const child = spawn(command, args, { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakSum = 0;
    let peakHwm = 0;
    const cpu = new Map<number, { name: string; ms: number }>();
    const hwmByName = new Map<string, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        const m = memoryOf(pid);
        if (!m) continue;
        sum += m.rss;
        peakHwm = Math.max(peakHwm, m.hwm);
        const c = cpuOf(pid);
        if (c !== undefined && c.ms >= (cpu.get(pid)?.ms ?? 0)) cpu.set(pid, c);
        if (c !== undefined) hwmByName.set(c.name, Math.max(hwmByName.get(c.name) ?? 0, m.hwm));
      }
      peakSum = Math.max(peakSum, sum);
    };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      let timeRss = 0;
      let timeCpu = 0;
      if (gnuTime && existsSync(timeFile)) {
        const text = readFileSync(timeFile, 'utf8');
        timeRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1] ?? 0) * 1024;
        const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(text)?.[1] ?? 0);
        timeCpu = (seconds('User') + seconds('System')) * 1000;
        const exit = /Exit status: (\d+)/.exec(text);
        if (exit && status === 0) status = Number(exit[1]);
      }
      const peakRss = Math.max(timeRss, peakSum, peakHwm);
      const peakSource = peakRss === timeRss && timeRss > 0 ? 'largest process, time -v' : peakRss === peakSum ? 'summed RSS of the build tree' : 'largest process, VmHWM';
      // time -v counts the processes the build waited for; the samples also catch ones it did not (Pagefind's binary).
      const cpuByName = new Map<string, number>();
      for (const { name, ms } of cpu.values()) if (name !== 'time') cpuByName.set(name, (cpuByName.get(name) ?? 0) + ms);
      const sampledCpu = [...cpuByName.values()].reduce((a, b) => a + b, 0);
      hwmByName.delete('time');
      done({ status, wallMs, cpuMs: Math.max(timeCpu, sampledCpu), cpuByName, peakRss, peakSource, hwmByName, output });
    });
  });
}
