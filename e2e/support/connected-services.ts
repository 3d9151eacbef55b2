import { startServices, type RunningServices } from '../../electron/services/create-services';

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
