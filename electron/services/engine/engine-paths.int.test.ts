// Against the sandbox engine: ids that slip past the schemas (a caller inside main) still never leave their segment.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docker } from '../../../e2e/support/engine';
import { startConnected } from '../../../e2e/support/connected-services';
import type { RunningServices } from '../create-services';
import { emptyRunForm } from '../../../shared/run-form';
import { createDockerClient } from './create-docker-client';

let services: RunningServices;
let bait: { server: http.Server; port: number; hits: string[] };

async function listen(handler: http.RequestListener): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

beforeAll(async () => {
  services = await startConnected();
  const hits: string[] = [];
  bait = { ...(await listen((req, res) => { hits.push(req.url ?? ''); res.end('{}'); })), hits };
  await docker.getImage('berth/busybox:latest').tag({ repo: 'berth-int-paths', tag: 'img' });
  await docker.createContainer({ name: 'berth-int-paths-user', Image: 'berth-int-paths:img', Cmd: ['true'] });
});
afterAll(async () => {
  await docker.getContainer('berth-int-paths-user').remove({ force: true }).catch(() => undefined);
  await docker.getImage('berth-int-paths:img').remove({ force: true }).catch(() => undefined);
  bait.server.close();
  services.stop();
});

describe('engine paths', () => {
  it('refuses a path-walk to another host in every id-taking service, and nothing reaches that host', async () => {
    const walk = `../../127.0.0.1:${bait.port}/pwn`;
    await expect(services.api.images.inspect({ id: walk })).rejects.toMatchObject({ data: { code: 'INVALID_INPUT' } });
    await expect(services.api.images.tag({ source: walk, target: 'berth-int-paths:x' })).rejects.toMatchObject({ data: { code: 'INVALID_INPUT' } });
    await expect(services.api.containers.inspect({ id: '..' })).rejects.toMatchObject({ data: { code: 'INVALID_INPUT' } });
    const [outcome] = await services.api.images.remove({ ids: [walk], force: false });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const batches = [];
    for await (const batch of services.api.logs.follow({ id: '..', tail: 10, follow: false }, new AbortController().signal)) batches.push(batch);
    expect(batches).toMatchObject([{ type: 'error' }]);
    expect(bait.hits).toEqual([]);
    expect(services.engine.current.state).toBe('connected');
  });

  it('keeps a "?" inside the id: "img?force=1" is a name the engine does not know, not a forced untag', async () => {
    const [outcome] = await services.api.images.remove({ ids: ['berth-int-paths:img?force=1'], force: false });
    expect(outcome?.ok).toBe(false);
    expect((await docker.getImage('berth-int-paths:img').inspect()).RepoTags).toContain('berth-int-paths:img');
  });

  it('never follows a redirect: the request fails and the Location is not dialled', async () => {
    const redirector = await listen((_req, res) => res.writeHead(301, { location: `http://127.0.0.1:${bait.port}/pwn` }).end());
    try {
      const client = createDockerClient({ kind: 'tcp', label: 'redirector', host: '127.0.0.1', port: redirector.port, tls: null });
      await expect(client.ping()).rejects.toThrow();
      expect(bait.hits).toEqual([]);
    } finally {
      redirector.server.close();
    }
  });

  it('sends a create call’s options as its body only: the URL carries the name, never the environment', async () => {
    const client = createDockerClient({ kind: 'tcp', label: 'bait', host: '127.0.0.1', port: bait.port, tls: null });
    await client.createContainer({ name: 'berth-int-url', Image: 'berth/busybox:latest', Env: ['TOKEN=s3cret'] });
    expect(bait.hits.splice(0)).toEqual(['/containers/create?name=berth-int-url']);
  });

  it('creates a container publishing all 65,535 ports (the URL once outgrew what the engine accepts)', async () => {
    const { id } = await services.api.containers.run({
      ...emptyRunForm, image: 'berth/busybox:latest', name: 'berth-int-paths-ports', command: 'true', ports: '1-65535', start: false,
    });
    try {
      expect(Object.keys((await docker.getContainer(id).inspect()).HostConfig.PortBindings ?? {})).toHaveLength(65535);
    } finally {
      await docker.getContainer(id).remove({ force: true });
    }
  });
});
