import { spawn } from 'node:child_process';
import type { DaemonConfigSource, EngineControl } from '../../../shared/daemon/daemon-api';
import { engineMajor } from '../../../shared/daemon/daemon-rules';

/**
 * How each kind of engine is validated, reloaded, restarted and its log read, unless the user set commands of their
 * own. `dockerd --validate` exists from Engine 23 on and only where dockerd runs on this machine.
 */
export function defaultEngineControl(source: DaemonConfigSource, engineVersion: string | null): EngineControl {
  const validate = engineVersion && engineMajor(engineVersion) >= 23 ? 'dockerd --validate --config-file {file}' : null;
  switch (source) {
    case 'linux-rootful':
      return { validate, reload: 'systemctl reload docker', restart: 'systemctl restart docker', log: 'journalctl -u docker -n 300 --no-pager -o cat' };
    case 'linux-rootless':
      return { validate, reload: 'systemctl --user reload docker', restart: 'systemctl --user restart docker', log: 'journalctl --user -u docker -n 300 --no-pager -o cat' };
    case 'desktop':
      // Docker Desktop re-reads daemon.json only when it restarts its VM.
      return { validate: null, reload: null, restart: 'docker desktop restart', log: null };
    case 'windows-native':
      return { validate: null, reload: null, restart: 'powershell -NoProfile -Command Restart-Service docker', log: null };
    case 'setting':
      return { validate: null, reload: null, restart: null, log: null };
  }
}

export interface CommandResult { ok: boolean; output: string }

/** Runs a user- or platform-configured command through the shell; output is kept for the user to read. */
export function runCommand(command: string, timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let output = '';
    const keep = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-16_000); };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (err) => resolve({ ok: false, output: `${output}${err.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trim() }));
  });
}
