import { execFileSync } from 'node:child_process';
import { remoteEngines } from './support/remote-engines';
import { spawnWebHost } from './support/spawn-web-host';

/**
 * Docker contexts (made by the docker CLI): one for the sandbox engine, a second engine for the switcher's tests; one
 * for the namespaced TLS engine, with its certificates.
 */
function ensureE2eContexts(): void {
  const contexts = execFileSync('docker', ['context', 'ls', '--format', '{{.Name}}']).toString().split('\n');
  if (!contexts.includes('berth-e2e')) execFileSync('docker', ['context', 'create', 'berth-e2e', '--docker', `host=${process.env.DOCKER_HOST}`]);
  const { tls } = remoteEngines();
  if (!contexts.includes('berth-tls')) {
    execFileSync('docker', ['context', 'create', 'berth-tls', '--docker', `host=tcp://${tls.address},ca=${tls.ca},cert=${tls.cert},key=${tls.key}`]);
  }
}

/** Starts the web host (built renderer, sandbox engine) once; tests read its URL from BERTH_E2E_URL. */
export default async function globalSetup(): Promise<() => void> {
  if (!process.env.DOCKER_HOST) throw new Error('e2e needs the sandbox engine: scripts/sandbox.sh start, then export DOCKER_HOST');
  ensureE2eContexts();
  const { child, url } = await spawnWebHost();
  process.env.BERTH_E2E_URL = url.href;
  return () => child.kill('SIGTERM');
}
