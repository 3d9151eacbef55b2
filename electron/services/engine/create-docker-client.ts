import http from 'node:http';
import https from 'node:https';
import { inspect } from 'node:util';
import Docker from 'dockerode';
import modemHttp from 'docker-modem/lib/http.js';
import type { EngineEndpoint, TlsFiles } from './engine-endpoint';
import { CAPS, readBoundedFile } from '../fs/bounded-read';
import { safeEnginePath } from './engine-path';
import { SshAgent } from './ssh-transport';

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

/** Lets go of what a client holds open beyond its requests (kept-alive connections; an SSH connection). */
export function closeDockerClient(docker: Docker): void {
  (docker.modem as { agent?: http.Agent } | undefined)?.agent?.destroy();
}

/**
 * docker-modem formats each request's options with util.inspect (hidden fields, no depth limit) for its debug log, even
 * when that log is off. With a kept-alive agent in them, that walked every kept socket (TLS state, the SSH connection)
 * on every call: most of what five idle engines cost. An agent is shown by its kind only.
 */
function quiet<T extends http.Agent>(agent: T): T {
  Object.defineProperty(agent, inspect.custom, { value: () => `[${agent.constructor.name}]` });
  return agent;
}

function connect(endpoint: EngineEndpoint): Docker {
  switch (endpoint.kind) {
    case 'socket':
      return new Docker({ socketPath: endpoint.socketPath });
    case 'ssh':
      // Plain HTTP over SSH channels: the agent makes each connection (see SshAgent).
      return new Docker({ protocol: 'http', host: endpoint.host, port: endpoint.port, agent: quiet(new SshAgent(endpoint)) } as Docker.DockerOptions);
    case 'tcp': {
      // Connections are kept for the next request: a TLS handshake per call would cost more than most calls.
      const { tls } = endpoint;
      if (!tls) return new Docker({ protocol: 'http', host: endpoint.host, port: endpoint.port, agent: quiet(new http.Agent({ keepAlive: true })) } as Docker.DockerOptions);
      // Without verification the engine's certificate is taken as it comes (the CLI's --tls without --tlsverify).
      const agent = quiet(new TlsAgent(tls, { keepAlive: true, rejectUnauthorized: tls.verify }));
      return new Docker({ protocol: 'https', host: endpoint.host, port: endpoint.port, agent } as Docker.DockerOptions);
    }
  }
}

type Connect = (err: Error | null, socket?: unknown) => void;

/**
 * An https agent that reads its CA, certificate and key before its first connection: asynchronously, regular files only,
 * each at most CAPS.pem (a CA path of /dev/zero read synchronously stopped main's event loop and grew it to 2.9 GiB).
 * A failed read fails that connection with the reason and is tried again on the next.
 */
class TlsAgent extends https.Agent {
  private material: Promise<Record<string, Buffer>> | null = null;

  constructor(private readonly files: TlsFiles, options: https.AgentOptions) {
    super(options);
  }

  override createConnection(options: object, callback: Connect): undefined {
    this.material ??= readTlsFiles(this.files).catch((err: unknown) => {
      this.material = null;
      throw err;
    });
    const connect = super.createConnection.bind(this) as (options: object) => unknown;
    // Bad material (not PEM, a key that does not match) throws in tls.connect: that connection fails with it.
    this.material.then((material) => connect({ ...options, ...material })).then((socket) => callback(null, socket), (err: Error) => callback(err));
    return undefined;
  }
}

async function readTlsFiles({ ca, cert, key }: TlsFiles): Promise<Record<string, Buffer>> {
  const entries = await Promise.all(Object.entries({ ca, cert, key }).map(async ([name, file]) =>
    (file ? [[name, await readBoundedFile(file, { maxBytes: CAPS.pem })]] : [])));
  return Object.fromEntries(entries.flat());
}
