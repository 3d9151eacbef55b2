import { readFileSync } from 'node:fs';
import path from 'node:path';
import Docker from 'dockerode';
import type { EngineEndpoint } from './engine-endpoint';

export function createDockerClient(endpoint: EngineEndpoint): Docker {
  switch (endpoint.kind) {
    case 'socket':
      return new Docker({ socketPath: endpoint.socketPath });
    case 'ssh':
      return new Docker({ protocol: 'ssh', host: endpoint.host, port: endpoint.port, username: endpoint.username });
    case 'tcp': {
      if (!endpoint.tls) return new Docker({ protocol: 'http', host: endpoint.host, port: endpoint.port });
      const read = (name: string): Buffer => readFileSync(path.join(endpoint.tls!.certPath, name));
      return new Docker({
        protocol: 'https', host: endpoint.host, port: endpoint.port,
        ca: endpoint.tls.verify ? read('ca.pem') : undefined, cert: read('cert.pem'), key: read('key.pem'),
      });
    }
  }
}
