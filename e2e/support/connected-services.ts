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
