import type { DaemonConfigSource, EngineControl } from '../../../shared/daemon/daemon-api';
import { engineMajor } from '../../../shared/daemon/daemon-rules';
import { BerthError } from '../../../shared/errors';
import { runProcess } from '../process/run-process';
import type { RunningDockerd } from './running-dockerd';

const validateCommand = (engineVersion: string | null): string | null =>
  engineVersion && engineMajor(engineVersion) >= 23 ? 'dockerd --validate --config-file {file}' : null;

const systemd = (unit: string, user: boolean): Omit<EngineControl, 'validate'> => {
  const ctl = user ? 'systemctl --user' : 'systemctl';
  return { reload: `${ctl} reload ${unit}`, restart: `${ctl} restart ${unit}`, log: `journalctl${user ? ' --user' : ''} -u ${unit} -n 300 --no-pager -o cat` };
};

/**
 * The commands for the dockerd found serving the socket: its own systemd unit, or — started by hand, with no service
 * manager to restart it — SIGHUP to its pid for a reload (what the unit's ExecReload does) and no restart.
 */
export function dockerdControl(running: RunningDockerd, engineVersion: string | null): EngineControl {
  const validate = validateCommand(engineVersion);
  if (running.unit) return { validate, ...systemd(running.unit.name, running.unit.user) };
  return { validate, reload: `kill -HUP ${running.pid}`, restart: null, log: null };
}

/**
 * How each kind of engine is validated, reloaded, restarted and its log read, unless the user set commands of their
 * own. `dockerd --validate` exists from Engine 23 on and only where dockerd runs on this machine.
 */
export function defaultEngineControl(source: DaemonConfigSource, engineVersion: string | null): EngineControl {
  const validate = validateCommand(engineVersion);
  switch (source) {
    case 'linux-rootful':
      return { validate, ...systemd('docker', false) };
    case 'linux-rootless':
      return { validate, ...systemd('docker', true) };
    case 'desktop':
      // Docker Desktop re-reads daemon.json only when it restarts its VM.
      return { validate: null, reload: null, restart: 'docker desktop restart', log: null };
    case 'windows-native':
      return { validate: null, reload: null, restart: 'powershell -NoProfile -Command Restart-Service docker', log: null };
    case 'env':
    case 'setting':
    case 'running-dockerd':
      return { validate: null, reload: null, restart: null, log: null };
  }
}

export interface CommandResult { ok: boolean; output: string }

/** Runs a user- or platform-configured command through the shell; its last 16,000 characters are kept for the user to read. */
export async function runCommand(command: string, timeoutMs: number): Promise<CommandResult> {
  let output = '';
  const keep = (line: string) => { output = `${output}${line}\n`.slice(-16_000); };
  try {
    const code = await runProcess(command, [], { shell: true, timeoutMs, maxOutputBytes: 16 << 20, onLine: keep });
    return { ok: code === 0, output: output.trim() };
  } catch (err) {
    // Shown as the command's output: its own words, then why it ended (stopped at the time limit, or never started).
    const why = err instanceof BerthError ? `[stopped: ${err.data.message?.key === 'errors.process.timeout' ? `over ${timeoutMs / 1000} s` : 'too much output'}]` : (err as Error).message;
    return { ok: false, output: `${output}${why}`.trim() };
  }
}
