// Against the sandbox engine, with Debian's docker-compose (1.29).
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectInput } from '../../../shared/compose';
import { composeStack, projectResources } from '../../../e2e/support/compose';
import { docker } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import { collect } from '../../../e2e/support/streams';
import { EngineMonitor } from '../engine/engine-monitor';
import type { RunningServices } from '../create-services';
import { OpenedProjects } from './opened-projects';
import { createComposeService } from './compose-service';

let services: RunningServices;
let dir: string;
const NAME = 'berthintshop';
const PORT = 18481;
const FILE = composeStack('${WEB_PORT}');
let project: ProjectInput;
const run = promisify(execFile);
const GENERATED = 'berthintgen';
const CLI_PROJECT = 'berthintcli';
const never = new AbortController().signal;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'berth-compose-'));
  // Projects opened here are remembered in a settings folder of the test's own.
  services = await startConnected({ ...process.env, BERTH_CONFIG_DIR: path.join(dir, 'config') });
  await writeFile(path.join(dir, 'docker-compose.yml'), FILE);
  await writeFile(path.join(dir, '.env'), `WEB_PORT=${PORT}\n`);
  project = { name: NAME, files: [path.join(dir, 'docker-compose.yml')], workingDir: dir, envFile: null, profiles: [] };
});
const compose = (args: string[], cwd = dir) => execFileSync('docker-compose', args, { cwd, stdio: 'pipe', env: process.env }).toString();

afterAll(async () => {
  compose(['-p', NAME, '-f', path.join(dir, 'docker-compose.yml'), 'down', '-v']);
  for (const other of [GENERATED, CLI_PROJECT]) compose(['-p', other, '-f', path.join(dir, 'docker-compose.yml'), 'down', '-v']);
  await docker.getContainer('berth-int-gen-web').remove({ force: true }).catch(() => undefined);
  await docker.getContainer('berth-int-gen-worker').remove({ force: true }).catch(() => undefined);
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
    const states = (await projectResources(NAME)).containers.map((c) => `${c.Labels['com.docker.compose.service']}:${c.State}`).sort();
    expect(states).toEqual(['web:running', 'worker:exited']);

    expect((await collect(services.api.compose.run({ project, run: { action: 'down', volumes: true, images: 'none', removeOrphans: false } }, never))).at(-1)).toEqual({ type: 'done' });
    expect(await projectResources(NAME)).toEqual({ containers: [], volumes: [], networks: [] });
  });

  it('a start compose calls a success though one service could not start (v1 exits 0) fails, naming the service', async () => {
    const up = { action: 'up' as const, services: [], build: false, pull: 'missing' as const, forceRecreate: false, removeOrphans: false, scale: {} };
    expect((await collect(services.api.compose.run({ project, run: up }, never))).at(-1)).toEqual({ type: 'done' });
    await collect(services.api.compose.run({ project, run: { action: 'stop', services: [] } }, never));
    const holder = await docker.createContainer({ name: 'berth-int-port-holder', Image: 'berth/httpd:latest', ExposedPorts: { '8080/tcp': {} }, HostConfig: { PortBindings: { '8080/tcp': [{ HostPort: String(PORT) }] } } });
    try {
      await holder.start();
      const start = await collect(services.api.compose.run({ project, run: { action: 'start', services: [] } }, never));
      expect(start.at(-1)).toMatchObject({ type: 'error', error: { message: { key: 'errors.compose.partly', params: { names: 'web' } }, detail: expect.stringContaining('port is already allocated') } });
      const states = (await projectResources(NAME)).containers.map((c) => `${c.Labels['com.docker.compose.service']}:${c.State}`).sort();
      expect(states).toEqual(['web:exited', 'worker:running']);
    } finally {
      await holder.remove({ force: true });
      await collect(services.api.compose.run({ project, run: { action: 'down', volumes: true, images: 'none', removeOrphans: false } }, never));
    }
  });

  it('cancel stops compose itself: the run ends, no compose process is left, and down cleans what it began', async () => {
    // An up that never ends by itself: web waits for a service that never becomes healthy.
    const file = path.join(dir, 'waits.yml');
    await writeFile(file, `services:
  sick:
    image: berth/busybox:latest
    command: sh -c "trap 'exit 0' TERM; while :; do sleep 1; done"
    healthcheck: { test: ["CMD", "false"], interval: 1s, retries: 1000 }
  web:
    image: berth/busybox:latest
    command: sh -c "trap 'exit 0' TERM; while :; do sleep 1; done"
    depends_on: { sick: { condition: service_healthy } }
`);
    const waits = { ...project, files: [file] };
    const cancel = new AbortController();
    const seen: string[] = [];
    const up = { action: 'up' as const, services: [], build: false, pull: 'missing' as const, forceRecreate: false, removeOrphans: false, scale: {} };
    for await (const event of services.api.compose.run({ project: waits, run: up }, cancel.signal)) {
      seen.push(event.type);
      if (event.type === 'output') cancel.abort();
    }
    expect(seen).toEqual(['output']);
    const composeRunning = () => run('pgrep', ['-f', `docker-compose .*-p ${NAME}`]).then((r) => r.stdout.trim(), () => '');
    await expect.poll(composeRunning, { timeout: 15_000 }).toBe('');
    await collect(services.api.compose.run({ project: waits, run: { action: 'down', volumes: true, images: 'none', removeOrphans: false } }, never));
    expect(await projectResources(NAME)).toEqual({ containers: [], volumes: [], networks: [] });
  });

  it('a file compose cannot read is refused with compose’s words, and nothing is created', async () => {
    await writeFile(path.join(dir, 'bad.yml'), 'services:\n  web:\n    image: berth/httpd:latest\n    bogus_key: 1\n');
    await expect(services.api.compose.config({ ...project, files: [path.join(dir, 'bad.yml')] }))
      .rejects.toMatchObject({ data: { code: 'INVALID_INPUT', detail: expect.stringContaining('bogus_key') } });
    expect((await projectResources(NAME)).containers).toEqual([]);
  });

  it('without any compose, says where it looked, and an action says so instead of failing obscurely', async () => {
    const monitor = new EngineMonitor([{ kind: 'socket', label: 'sandbox', socketPath: process.env.DOCKER_HOST!.replace('unix://', '') }]);
    const bare = createComposeService(monitor, { env: { PATH: '/nonexistent' }, platform: 'linux', homedir: '/nonexistent' }, { engine: 'bare', opened: new OpenedProjects(path.join(dir, 'none.json')) });
    const install = await bare.cli();
    expect(install.found).toBeNull();
    expect(install.looked).toEqual(expect.arrayContaining(['docker compose (plugin, on PATH)', 'docker-compose (on PATH)']));
    const failed = await collect(bare.run({ project, run: { action: 'stop', services: [] } }, never));
    expect(failed).toEqual([{ type: 'error', error: expect.objectContaining({ code: 'NOT_FOUND', message: expect.objectContaining({ key: 'errors.compose.missing' }) }) }]);
  });
});

describe('projects from files: open, edit, validate, and back to a file', () => {
  it('opens a folder (its compose file found, compose reading it first), remembers it, and forgets it', async () => {
    const opened = await services.api.compose.open({ paths: [dir], name: NAME, envFile: '', profiles: [] });
    expect(opened).toEqual({ ...project, envFile: null });
    expect(await services.api.compose.opened()).toEqual([opened]);
    await services.api.compose.forget({ name: NAME });
    expect(await services.api.compose.opened()).toEqual([]);
  });

  it('refuses, at the field, a folder without a compose file and a file compose cannot read; nothing is remembered', async () => {
    const empty = path.join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    await expect(services.api.compose.open({ paths: [empty], name: '', envFile: '', profiles: [] }))
      .rejects.toMatchObject({ data: { fields: { paths: { key: 'validation.compose.noFile' } } } });
    await writeFile(path.join(empty, 'compose.yaml'), 'services:\n  web:\n    image: berth/httpd:latest\n    bogus_key: 1\n');
    await expect(services.api.compose.open({ paths: [empty], name: '', envFile: '', profiles: [] }))
      .rejects.toMatchObject({ data: { fields: { paths: { key: 'validation.compose.invalid', params: { value: expect.stringContaining('bogus_key') } } } } });
    expect(await services.api.compose.opened()).toEqual([]);
  });

  it('validates the editor’s text with compose, each complaint at its line, without touching the file', async () => {
    const file = project.files[0]!;
    const bad = FILE.replace('    networks: [back]\n    depends_on', '    networks: [back]\n    restart_when: always\n    depends_on');
    expect(await services.api.compose.validate({ project, path: file, text: bad })).toEqual([
      { line: 6, message: "Unsupported config option for services.web: 'restart_when'" },
    ]);
    expect(await services.api.compose.validate({ project, path: file, text: '# kept\n' + FILE })).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(FILE);
    expect((await readdir(dir)).filter((n) => n.includes('berth'))).toEqual([]);
  });

  it('saves the text as typed (comments and layout kept) and reads it back; only .yml or .yaml', async () => {
    const file = path.join(dir, 'edited.yaml');
    const text = '# my stack\nservices:\n  web:   # the site\n    image: berth/httpd:latest\n';
    await services.api.compose.saveFile({ path: file, text });
    const opened = await services.api.compose.open({ paths: [file], name: 'berthintedited', envFile: '', profiles: [] });
    try {
      expect(await services.api.compose.readFile({ path: file })).toEqual({ text });
    } finally {
      await services.api.compose.forget({ name: opened.name });
    }
    await expect(services.api.compose.saveFile({ path: path.join(dir, 'x.txt'), text })).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.compose.extension' } } } });
  });

  it('reads only the files of the engine’s projects, and never writes through a .yml link to another kind of file', async () => {
    for (const file of ['/proc/self/environ', path.join(dir, 'edited.yaml')]) {
      await expect(services.api.compose.readFile({ path: file })).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.compose.notProjectFile' } } } });
    }
    const secret = path.join(dir, 'secret.txt');
    await writeFile(secret, 'keep me');
    await symlink(secret, path.join(dir, 'link.yml'));
    await expect(services.api.compose.saveFile({ path: path.join(dir, 'link.yml'), text: 'services: {}\n' })).rejects.toMatchObject({ data: { fields: { path: { key: 'validation.compose.extension' } } } });
    expect(await readFile(secret, 'utf8')).toBe('keep me');
  });

  it('a YAML alias bomb ends at the time limit with no compose process left; compose v1’s warnings do not break opening', async () => {
    // 422 bytes whose one alias stands for 9^9 strings: compose v1 runs until stopped.
    const bomb = ['version: "3.4"', 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) bomb.push(`x-${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    bomb.push('services:', '  web:', '    image: berth/httpd:latest', '    command: *i');
    const file = project.files[0]!;
    await expect(services.api.compose.validate({ project, path: file, text: `${bomb.join('\n')}\n` }))
      .rejects.toMatchObject({ data: { message: { key: 'errors.process.timeout' } } });
    expect(execFileSync('ps', ['-eo', 'args']).toString()).not.toMatch(/docker-compose .*config/);
    // An unset variable: v1 warns on stderr and exits 0; the config is stdout alone.
    const warned = path.join(dir, 'warned');
    await mkdir(warned, { recursive: true });
    await writeFile(path.join(warned, 'compose.yml'), 'version: "3"\nservices:\n  web:\n    image: berth/httpd:latest\n    environment:\n      - MODE=${BERTH_UNSET_VARIABLE}\n');
    const opened = await services.api.compose.open({ paths: [warned], name: 'berthintwarned', envFile: '', profiles: [] });
    await services.api.compose.forget({ name: opened.name });
    expect(opened.files).toEqual([path.join(warned, 'compose.yml')]);
  }, 60_000);

  it('a compose file generated from two running containers recreates equivalent ones in a fresh project', async () => {
    const web = await docker.createContainer({
      name: 'berth-int-gen-web', Image: 'berth/httpd:latest', Env: ['MODE=prod'], Labels: { team: 'blue' },
      ExposedPorts: { '8080/tcp': {} }, HostConfig: { PortBindings: { '8080/tcp': [{ HostPort: '18482' }] }, Binds: ['berth-int-gen-data:/data'], RestartPolicy: { Name: 'unless-stopped' } },
    });
    const worker = await docker.createContainer({ name: 'berth-int-gen-worker', Image: 'berth/busybox:latest', Cmd: ['sleep', '300'] });
    await web.start();
    await worker.start();
    const { text } = await services.api.compose.generate({ containers: ['berth-int-gen-web', 'berth-int-gen-worker'] });
    const before = await Promise.all([web.inspect(), worker.inspect()]);
    await web.remove({ force: true });
    await worker.remove({ force: true });
    const genDir = path.join(dir, 'generated');
    await mkdir(genDir, { recursive: true });
    await writeFile(path.join(genDir, 'compose.yaml'), text);
    compose(['-p', GENERATED, '-f', 'compose.yaml', 'up', '-d'], genDir);
    const made = await docker.listContainers({ all: true, filters: { label: [`com.docker.compose.project=${GENERATED}`] } });
    const after = await Promise.all(['berth-int-gen-web', 'berth-int-gen-worker'].map((n) => docker.getContainer(made.find((c) => c.Labels['com.docker.compose.service'] === n)!.Id).inspect()));
    const facts = (i: (typeof before)[number]) => ({
      image: i.Config.Image, cmd: i.Config.Cmd, env: [...(i.Config.Env ?? [])].sort(), ports: i.HostConfig.PortBindings ?? {}, restart: i.HostConfig.RestartPolicy?.Name,
      mounts: i.Mounts.map((m) => `${m.Name ?? m.Source}:${m.Destination}`), team: i.Config.Labels?.team,
    });
    expect(after.map(facts)).toEqual(before.map(facts));
    compose(['-p', GENERATED, '-f', 'compose.yaml', 'down'], genDir);
    await docker.getVolume('berth-int-gen-data').remove();
  });

  it('a project started from a terminal, whose files Berth has not got, is stopped and taken down through the engine', async () => {
    compose(['-p', CLI_PROJECT, 'up', '-d']);
    const elsewhere: ProjectInput = { name: CLI_PROJECT, files: ['/not/on/this/machine/compose.yaml'], workingDir: null, envFile: null, profiles: [] };
    const stop = await collect(services.api.compose.run({ project: elsewhere, run: { action: 'stop', services: ['worker'] } }, never));
    expect(stop.at(-1)).toEqual({ type: 'done' });
    const mine = () => docker.listContainers({ all: true, filters: { label: [`com.docker.compose.project=${CLI_PROJECT}`] } });
    expect((await mine()).map((c) => `${c.Labels['com.docker.compose.service']}:${c.State}`).sort()).toEqual(['web:running', 'worker:exited']);
    const up = await collect(services.api.compose.run({ project: elsewhere, run: { action: 'up', services: [], build: false, pull: 'missing', forceRecreate: false, removeOrphans: false, scale: {} } }, never));
    expect(up).toEqual([{ type: 'error', error: expect.objectContaining({ message: { key: 'errors.compose.needsFiles' } }) }]);
    await collect(services.api.compose.run({ project: elsewhere, run: { action: 'down', volumes: true, images: 'none', removeOrphans: false } }, never));
    expect(await mine()).toEqual([]);
    expect(await docker.listNetworks({ filters: { label: [`com.docker.compose.project=${CLI_PROJECT}`] } })).toEqual([]);
    expect((await docker.listVolumes({ filters: { label: [`com.docker.compose.project=${CLI_PROJECT}`] } })).Volumes ?? []).toEqual([]);
  });
});
