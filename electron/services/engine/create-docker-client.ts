import { readFileSync } from 'node:fs';
import path from 'node:path';
import Docker from 'dockerode';
import modemHttp from 'docker-modem/lib/http.js';
import type { EngineEndpoint } from './engine-endpoint';
import { safeEnginePath } from './engine-path';

// The engine never redirects a valid request. docker-modem would follow a Location taken from an id (`/x/../h:1/y`
// is answered with a redirect whose host comes from the path), on a request nobody listens to for errors.
modemHttp.maxRedirects = 0;

interface DialOptions {
  path: string;
  method?: string;
  options?: Record<string, unknown>;
}

/** What `POST /containers/create` reads from its query string; the rest is the body. */
const CREATE_QUERY = ['name', 'platform'];

/**
 * dockerode copies a create call's whole body into the query string as well: 65,535 published ports made a URL the
 * engine refuses ("431 Request Header Fields Too Large"), and every environment value ended up in the URL.
 */
function createQueryOnly(options: DialOptions): DialOptions {
  if (options.method !== 'POST' || !options.path.startsWith('/containers/create?') || !options.options) return options;
  const body = { ...options.options };
  delete body.abortSignal;
  const query = Object.fromEntries(CREATE_QUERY.filter((key) => body[key] !== undefined).map((key) => [key, body[key]]));
  return { ...options, options: { _query: query, _body: body } };
}

/** Checks and escapes each request's path (see safeEnginePath), and keeps bodies out of URLs, before the modem sends it. */
function guardRequests(docker: Docker): Docker {
  const modem = docker.modem as { dial(options: DialOptions, callback: (err: unknown, data?: unknown) => void): void };
  const dial = modem.dial.bind(modem);
  modem.dial = (options, callback) => {
    let safe: string;
    try {
      safe = safeEnginePath(options.path);
    } catch (err) {
      callback(err);
      return;
    }
    dial(createQueryOnly({ ...options, path: safe }), callback);
  };
  return docker;
}

export function createDockerClient(endpoint: EngineEndpoint): Docker {
  return guardRequests(connect(endpoint));
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
