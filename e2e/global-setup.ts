import { spawnWebHost } from './support/spawn-web-host';

/** Starts the web host (built renderer, sandbox engine) once; tests read its URL from BERTH_E2E_URL. */
export default async function globalSetup(): Promise<() => void> {
  if (!process.env.DOCKER_HOST) throw new Error('e2e needs the sandbox engine: scripts/sandbox.sh start, then export DOCKER_HOST');
  const { child, url } = await spawnWebHost();
  process.env.BERTH_E2E_URL = url.href;
  return () => child.kill('SIGTERM');
}
