import type { EngineStatus } from '../../shared/engine';
import { startServices, type RunningServices } from '../../electron/services/create-services';
import type { EngineMonitor } from '../../electron/services/engine/engine-monitor';

/** For tests against the sandbox engine: waits until the services' engine monitor is connected. */
export async function untilConnected(services: RunningServices, timeoutMs = 60_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; services.engine.current.state !== 'connected';) {
    if (Date.now() > deadline) throw new Error('the engine did not connect');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** startServices, connected. */
export async function startConnected(env: Record<string, string | undefined> = process.env): Promise<RunningServices> {
  const services = startServices(env);
  await untilConnected(services);
  return services;
}

/** The first status of an engine that passes `test` (each status is pushed as it changes; nothing is polled). */
export async function untilStatus(monitor: EngineMonitor, test: (status: EngineStatus) => boolean, timeoutMs = 60_000): Promise<EngineStatus> {
  const signal = AbortSignal.timeout(timeoutMs);
  for await (const status of monitor.watchStatus(signal)) if (test(status)) return status;
  throw new Error(`no such engine status within ${timeoutMs} ms; last: ${JSON.stringify(monitor.current)}`);
}

/** The namespaced engines `scripts/sandbox.sh remotes` starts, as its `env` describes them. */
export function remoteEngines() {
  const need = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: start the remote engines (scripts/sandbox.sh remotes) and eval its env`);
    return value;
  };
  const certs = need('BERTH_REMOTE_TLS_CERTS');
  return {
    tls: {
      address: need('BERTH_REMOTE_TLS').replace('tcp://', ''), socket: need('BERTH_REMOTE_TLS_SOCK'),
      ca: `${certs}/ca.pem`, cert: `${certs}/cert.pem`, key: `${certs}/key.pem`, otherCa: need('BERTH_REMOTE_TLS_OTHER_CA'),
    },
    ssh: {
      address: need('BERTH_REMOTE_SSH').replace('ssh://', ''), socket: need('BERTH_REMOTE_SSH_SOCK'),
      key: need('BERTH_REMOTE_SSH_KEY'), wrongKey: need('BERTH_REMOTE_SSH_WRONG_KEY'), hostKey: need('BERTH_REMOTE_SSH_HOST_KEY'),
      bin: need('BERTH_REMOTE_SSH_BIN'),
    },
  };
}
