import http from 'node:http';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import Docker from 'dockerode';

// No keep-alive: tests restart the engine, and a kept socket to the old one fails the next call with EPIPE.
export const docker = new Docker({ socketPath: process.env.DOCKER_HOST!.replace('unix://', ''), agent: new http.Agent({ keepAlive: false }) } as Docker.DockerOptions);

export async function removeContainers(prefix: string): Promise<void> {
  const list = await docker.listContainers({ all: true, filters: { name: [prefix] } });
  await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true })));
}

/**
 * Removes a volume a test browsed: the web host's stopped helper holds it for a few seconds after the last use, so the
 * helpers that mount it go first (as Berth's own volume removal does).
 */
export async function removeBrowsedVolume(name: string): Promise<void> {
  const helpers = await docker.listContainers({ all: true, filters: { label: ['berth.helper'], volume: [name] } });
  await Promise.all(helpers.map((c) => docker.getContainer(c.Id).remove({ force: true })));
  await docker.getVolume(name).remove().catch(() => undefined);
}

export const containerNames = async (prefix: string): Promise<string[]> =>
  (await docker.listContainers({ all: true, filters: { name: [prefix] } })).map((c) => c.Names[0]!.slice(1)).sort();

/** The sandbox engine as it starts: daemon.json `{}`. Restarted, since a reload keeps keys that left the file. */
export function resetSandboxDaemon(): void {
  writeFileSync(process.env.BERTH_DAEMON_CONFIG!, '{}\n');
  execFileSync('bash', ['-c', process.env.BERTH_ENGINE_RESTART!], { stdio: 'ignore' });
}

/** Registries on 127.0.0.1: 5055 open, holding library/busybox; 5056 behind htpasswd (scripts/sandbox.sh registry). */
export const startSandboxRegistry = (): void => void execFileSync('bash', ['scripts/sandbox.sh', 'registry'], { stdio: 'ignore' });

/** Commits an image of berth/busybox plus a layer of random bytes (3 MB): new to every registry. */
export function makeFreshImage(reference: string): void {
  execFileSync('bash', ['-c', [
    'set -e', 'docker rm -f berth-fresh-image >/dev/null 2>&1 || true',
    'docker run --name berth-fresh-image berth/busybox:latest sh -c "head -c 3000000 /dev/urandom > /blob"',
    `docker commit berth-fresh-image ${reference} >/dev/null`, 'docker rm berth-fresh-image >/dev/null',
  ].join('; ')]);
}

/** Pushes a fresh image (makeFreshImage) to the local registry and removes it locally: pulling it downloads. */
export function pushFreshImage(reference: string): void {
  makeFreshImage(reference);
  execFileSync('bash', ['-c', `set -e; docker push -q ${reference} >/dev/null; docker rmi ${reference} >/dev/null`]);
}

/** The sandbox registry behind htpasswd (scripts/sandbox.sh registry). */
export const AUTH_REGISTRY = { server: '127.0.0.1:5056', username: 'berth', password: 'berth-sandbox-pw' };

/** `docker info` → RegistryConfig: the mirrors and registries the engine is using now. */
export const registryConfig = async () =>
  ((await docker.info()) as { RegistryConfig: { Mirrors: string[]; IndexConfigs: Record<string, { Secure: boolean }> } }).RegistryConfig;

/** Pulls through the engine and waits for the end of its progress stream. */
export async function pullThroughEngine(reference: string): Promise<void> {
  const stream = await docker.pull(reference);
  await new Promise((resolve, reject) => docker.modem.followProgress(stream, (err) => (err ? reject(err) : resolve(null))));
}

export interface SearchHit { name: string; description: string; star_count: number; is_official: boolean; is_automated: boolean }

/**
 * A registry search endpoint (the v1 API the engine's `docker search` calls) on 127.0.0.1: Docker Hub is out of
 * reach here, and the engine asks the registry named in the term, e.g. `127.0.0.1:PORT/busybox`.
 */
export async function startSearchEndpoint(hits: SearchHit[]): Promise<{ host: string; close(): void }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/v1/_ping') return void res.writeHead(200, { 'content-type': 'application/json' }).end('true');
    if (url.pathname !== '/v1/search') return void res.writeHead(404).end();
    const q = url.searchParams.get('q') ?? '';
    const results = hits.filter((h) => h.name.includes(q)).slice(0, Number(url.searchParams.get('n') ?? 25));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ num_results: results.length, query: q, results }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { host: `127.0.0.1:${(server.address() as { port: number }).port}`, close: () => server.close() };
}

export const SEARCH_HITS: SearchHit[] = [
  { name: 'library/busybox', description: 'Busybox base image.', star_count: 3300, is_official: true, is_automated: false },
  { name: 'someone/busybox-tools', description: 'Extra tools', star_count: 12, is_official: false, is_automated: true },
  { name: 'nobody/busybox-old', description: 'Old', star_count: 0, is_official: false, is_automated: false },
];
