import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDockerClient, createDockerClient } from './create-docker-client';

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((_req, res) => res.end('[]'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

describe('engine client', () => {
  it('keeps its connection, and formatting a request (as docker-modem does for its debug log on every call) stays small', async () => {
    const docker = createDockerClient({ kind: 'tcp', label: 'loopback', host: '127.0.0.1', port, tls: null });
    try {
      await docker.listContainers();
      const agent = (docker.modem as unknown as { agent: http.Agent }).agent;
      expect(Object.values(agent.freeSockets).flat()).toHaveLength(1);
      // docker-modem's own call: every kept socket, walked to the end, was the most of an idle engine's CPU.
      expect(inspect({ path: '/containers/json', agent }, { showHidden: true, depth: null }).length).toBeLessThan(200);
    } finally {
      closeDockerClient(docker);
    }
  });
});

describe('TLS material', () => {
  it('is read without blocking: a CA of /dev/zero fails the connection with the reason, and main goes on', async () => {
    const docker = createDockerClient({ kind: 'tcp', label: 'loopback', host: '127.0.0.1', port, tls: { ca: '/dev/zero', cert: null, key: null, verify: true } });
    try {
      await expect(docker.ping()).rejects.toMatchObject({ data: { code: 'FILE_ERROR', message: { key: 'validation.file.notRegular' } } });
    } finally {
      closeDockerClient(docker);
    }
  });
});
