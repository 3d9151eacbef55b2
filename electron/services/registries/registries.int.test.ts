// Against the sandbox engine and the sandbox registry behind htpasswd (scripts/sandbox.sh registry).
import { chmod, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TransferEvent } from '../../../shared/images';
import { AUTH_REGISTRY, docker, makeFreshImage, startSandboxRegistry } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';

const { server, username, password } = AUTH_REGISTRY;
const REPO = `berth-int/pushed-${Date.now().toString(36)}`;
const IMAGE = `${server}/${REPO}:v1`;
const OTHER_KEYS = '{\n  "currentContext": "default",\n  "proxies": { "default": { "noProxy": "localhost" } }\n}\n';

let dir: string;
let services: RunningServices;

async function transfer(events: AsyncIterable<TransferEvent>): Promise<TransferEvent[]> {
  const all: TransferEvent[] = [];
  for await (const e of events) all.push(e);
  return all;
}
const lastLayers = (events: TransferEvent[]) => events.filter((e) => e.type === 'progress').at(-1)?.layers ?? [];
const config = async () => JSON.parse(await readFile(path.join(dir, 'config.json'), 'utf8')) as Record<string, unknown>;

async function startWith(configText: string): Promise<void> {
  services?.stop();
  dir = await mkdtemp(path.join(os.tmpdir(), 'berth-docker-config-'));
  await writeFile(path.join(dir, 'config.json'), configText, { mode: 0o600 });
  services = await startConnected({ ...process.env, DOCKER_CONFIG: dir });
}

beforeAll(async () => {
  startSandboxRegistry();
  makeFreshImage(IMAGE);
  await startWith(OTHER_KEYS);
});
afterAll(async () => {
  await docker.getImage(IMAGE).remove().catch(() => undefined);
  services.stop();
});

describe('registry login, push, pull and browsing on a real engine and registry', () => {
  it('refuses a wrong password at the field and leaves config.json as it was', async () => {
    await expect(services.api.registries.login({ server, username, password: 'wrong' }))
      .rejects.toMatchObject({ data: { code: 'UNAUTHORIZED', fields: { password: { key: 'validation.login.refused' } } } });
    expect(await readFile(path.join(dir, 'config.json'), 'utf8')).toBe(OTHER_KEYS);
  });

  it('without a login, push fails with the registry’s reason and browsing is refused', async () => {
    const events = await transfer(services.api.images.push({ reference: IMAGE }, new AbortController().signal));
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { detail: expect.stringMatching(/no basic auth credentials|unauthorized/i) } });
    await expect(services.api.registries.catalog({ server: server })).rejects.toMatchObject({ data: { code: 'UNAUTHORIZED' } });
  });

  it('logs in, stores the login the Docker way and keeps the other keys of config.json', async () => {
    expect(await services.api.registries.login({ server: `http://${server}/`, username, password })).toEqual({ server, username, store: path.join(dir, 'config.json'), helper: false });
    expect(await config()).toEqual({
      ...JSON.parse(OTHER_KEYS),
      auths: { [server]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } },
    });
    expect((await stat(path.join(dir, 'config.json'))).mode & 0o777).toBe(0o600);
    expect(await services.api.registries.logins()).toEqual([{ server, username, store: path.join(dir, 'config.json'), helper: false }]);
  });

  it('pushes with per-layer progress, then pulls back with progress after a local remove', async () => {
    const pushed = await transfer(services.api.images.push({ reference: IMAGE }, new AbortController().signal));
    expect(pushed.at(-1)).toMatchObject({ type: 'done', status: expect.stringMatching(/^v1: digest: sha256:/) });
    const uploaded = lastLayers(pushed).find((l) => l.status === 'Pushed' && l.total > 1_000_000);
    expect(uploaded?.current).toBe(uploaded?.total);

    await docker.getImage(IMAGE).remove();
    const pulled = await transfer(services.api.images.pull({ reference: IMAGE }, new AbortController().signal));
    expect(pulled.at(-1)).toMatchObject({ type: 'done', status: `Status: Downloaded newer image for ${IMAGE}` });
    expect(lastLayers(pulled).some((l) => l.status === 'Pull complete' && l.total > 1_000_000)).toBe(true);
  });

  it('lists the catalog and the tags with the stored login', async () => {
    expect((await services.api.registries.catalog({ server: server })).items).toContain(REPO);
    expect(await services.api.registries.tags({ server: server, repository: REPO })).toEqual({ items: ['v1'], truncated: false });
    await expect(services.api.registries.tags({ server: server, repository: 'berth-int/never-pushed' })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
  });

  it('tags an image and checks the new reference at the field', async () => {
    await expect(services.api.images.tag({ source: IMAGE, target: 'Bad Ref' })).rejects.toMatchObject({ data: { fields: { target: expect.anything() } } });
    await services.api.images.tag({ source: IMAGE, target: `${server}/${REPO}:v2` });
    expect((await docker.getImage(IMAGE).inspect()).RepoTags).toContain(`${server}/${REPO}:v2`);
    await docker.getImage(`${server}/${REPO}:v2`).remove();
  });

  it('logs out: the entry leaves config.json, the other keys stay', async () => {
    await services.api.registries.logout({ server: server });
    expect(await config()).toEqual({ ...JSON.parse(OTHER_KEYS), auths: {} });
    expect(await services.api.registries.logins()).toEqual([]);
  });

  it('uses the credential helper config.json names, and keeps only an empty entry in auths', async () => {
    const helperDir = await mkdtemp(path.join(os.tmpdir(), 'berth-helper-'));
    const helper = path.join(helperDir, 'docker-credential-berthtest');
    // The docker-credential-helpers protocol: the action as argument, the server or JSON on stdin.
    await writeFile(helper, [
      '#!/bin/sh', `store="${helperDir}/secret.json"`,
      'case "$1" in', '  store) cat > "$store" ;;', '  erase) rm -f "$store" ;;',
      '  get) if [ -f "$store" ]; then cat "$store"; else echo "credentials not found in native keychain"; exit 1; fi ;;',
      'esac', '',
    ].join('\n'));
    await chmod(helper, 0o755);
    process.env.PATH = `${helperDir}:${process.env.PATH}`;
    await startWith(`{ "credHelpers": { "${server}": "berthtest" } }\n`);

    expect((await services.api.registries.login({ server, username, password })).store).toBe('berthtest');
    expect(JSON.parse(await readFile(path.join(helperDir, 'secret.json'), 'utf8'))).toEqual({ ServerURL: server, Username: username, Secret: password });
    expect((await config()).auths).toEqual({ [server]: {} });
    expect((await services.api.registries.catalog({ server: server })).items).toContain(REPO);
    await services.api.registries.logout({ server: server });
    await expect(readFile(path.join(helperDir, 'secret.json'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
