import { readFileSync } from 'node:fs';
import path from 'node:path';
import Docker from 'dockerode';
import modemHttp from 'docker-modem/lib/http.js';
import type { EngineEndpoint } from './engine-endpoint';
import { safeEnginePath } from './engine-path';

// The engine never redirects a valid request. docker-modem would follow a Location taken from an id (`/x/../h:1/y`
// is answered with a redirect whose host comes from the path), on a request nobody listens to for errors.
modemHttp.maxRedirects = 0;

/** Checks and escapes each request's path (see safeEnginePath) before dockerode's modem sends it. */
function guardPaths(docker: Docker): Docker {
  const modem = docker.modem as { dial(options: { path: string }, callback: (err: unknown, data?: unknown) => void): void };
  const dial = modem.dial.bind(modem);
  modem.dial = (options, callback) => {
    let safe: string;
    try {
      safe = safeEnginePath(options.path);
    } catch (err) {
      callback(err);
      return;
    }
    dial({ ...options, path: safe }, callback);
  };
  return docker;
}

export function createDockerClient(endpoint: EngineEndpoint): Docker {
  return guardPaths(connect(endpoint));
}

function connect(endpoint: EngineEndpoint): Docker {
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
