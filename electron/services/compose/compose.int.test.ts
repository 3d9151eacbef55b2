// Against the sandbox engine, with Debian's docker-compose (1.29).
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../shared/compose';
import { docker } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import { collect } from '../../../e2e/support/streams';
import { EngineMonitor } from '../engine/engine-monitor';
import type { RunningServices } from '../create-services';
import { createComposeService } from './compose-service';

let services: RunningServices;
let dir: string;
const NAME = 'berthintshop';
const PORT = 18481;
const FILE = `services:
  web:
    image: berth/httpd:latest
    ports: ["\${WEB_PORT}:8080"]
    networks: [back]
    depends_on: [worker]
  worker:
    image: berth/busybox:latest
    command: sh -c "trap 'exit 0' TERM; while :; do sleep 1; done"
    volumes: [data:/data]
    networks: [back]
volumes:
  data: {}
networks:
  back: {}
`;
let project: ProjectInput;
const never = new AbortController().signal;

const byLabel = async () => ({
  containers: await docker.listContainers({ all: true, filters: { label: [`com.docker.compose.project=${NAME}`] } }),
  volumes: (await docker.listVolumes({ filters: { label: [`com.docker.compose.project=${NAME}`] } })).Volumes ?? [],
  networks: await docker.listNetworks({ filters: { label: [`com.docker.compose.project=${NAME}`] } }),
});

beforeAll(async () => {
  services = await startConnected();
  dir = await mkdtemp(path.join(tmpdir(), 'berth-compose-'));
  await writeFile(path.join(dir, 'docker-compose.yml'), FILE);
  await writeFile(path.join(dir, '.env'), `WEB_PORT=${PORT}\n`);
  project = { name: NAME, files: [path.join(dir, 'docker-compose.yml')], workingDir: dir, envFile: null, profiles: [] };
});
afterAll(async () => {
  execFileSync('docker-compose', ['-p', NAME, '-f', path.join(dir, 'docker-compose.yml'), 'down', '-v'], { cwd: dir, stdio: 'ignore' });
  await rm(dir, { recursive: true, force: true });
  services.stop();
});

describe('compose through the user’s own CLI', () => {
  it('finds Debian’s docker-compose and reads the project as compose resolves it (.env included)', async () => {
    expect(await services.api.compose.cli()).toMatchObject({ found: { command: 'docker-compose', major: 1, version: expect.stringMatching(/^1\./) } });
    const config = await services.api.compose.config(project);
    expect(config.services.map((s) => [s.name, s.image, s.ports, s.dependsOn])).toEqual([
      ['web', 'berth/httpd:latest', [`${PORT}:8080`], ['worker']], ['worker', 'berth/busybox:latest', [], []],
    ]);
    expect(config).toMatchObject({ volumes: ['data'], networks: ['back'] });
  });

  it('up streams steps per resource, the port answers; stop one service; down with volumes leaves nothing', async () => {
    const up = await collect(services.api.compose.run({ project, run: { action: 'up', services: [], build: false, pull: 'missing', forceRecreate: false, removeOrphans: false, scale: {} } }, never));
    expect(up.at(-1)).toEqual({ type: 'done' });
    const steps = up.flatMap((e) => (e.type === 'output' ? e.steps : []));
    expect(steps.filter((s) => s.state === 'done').map((s) => s.id)).toEqual(expect.arrayContaining([`${NAME}_web_1`, `${NAME}_worker_1`]));
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null))?.status ?? 0).toBeGreaterThan(0);

    await collect(services.api.compose.run({ project, run: { action: 'stop', services: ['worker'] } }, never));
    const states = (await byLabel()).containers.map((c) => `${c.Labels['com.docker.compose.service']}:${c.State}`).sort();
    expect(states).toEqual(['web:running', 'worker:exited']);

    expect((await collect(services.api.compose.run({ project, run: { action: 'down', volumes: true, images: 'none', removeOrphans: false } }, never))).at(-1)).toEqual({ type: 'done' });
    expect(await byLabel()).toEqual({ containers: [], volumes: [], networks: [] });
  });

  it('a file compose cannot read is refused with compose’s words, and nothing is created', async () => {
    await writeFile(path.join(dir, 'bad.yml'), 'services:\n  web:\n    image: berth/httpd:latest\n    bogus_key: 1\n');
    await expect(services.api.compose.config({ ...project, files: [path.join(dir, 'bad.yml')] }))
      .rejects.toMatchObject({ data: { code: 'INVALID_INPUT', detail: expect.stringContaining('bogus_key') } });
    expect((await byLabel()).containers).toEqual([]);
  });

  it('without any compose, says where it looked, and an action says so instead of failing obscurely', async () => {
    const monitor = new EngineMonitor([{ kind: 'socket', label: 'sandbox', socketPath: process.env.DOCKER_HOST!.replace('unix://', '') }]);
    const bare = createComposeService(monitor, { env: { PATH: '/nonexistent' }, platform: 'linux', homedir: '/nonexistent' });
    const install = await bare.cli();
    expect(install.found).toBeNull();
    expect(install.looked).toEqual(expect.arrayContaining(['docker compose (plugin, on PATH)', 'docker-compose (on PATH)']));
    const failed = await collect(bare.run({ project, run: { action: 'stop', services: [] } }, never));
    expect(failed).toEqual([{ type: 'error', error: expect.objectContaining({ code: 'NOT_FOUND', message: expect.objectContaining({ key: 'errors.compose.missing' }) }) }]);
  });
});
