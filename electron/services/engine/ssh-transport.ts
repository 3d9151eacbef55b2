import http from 'node:http';
import type { Duplex } from 'node:stream';
import { Client, type ClientChannel, type ConnectConfig } from 'ssh2';
import { BerthError } from '../../../shared/errors';
import type { SshAuth } from './engine-endpoint';
import { CAPS, readBoundedFile, readOptionalText } from '../fs/bounded-read';
import { checkHostKey, keyFingerprint, keyType } from './known-hosts';

export interface SshTarget { host: string; port: number; username: string | undefined; auth: SshAuth }

/** How long a silent host may stay unanswered before the connection counts as lost (keepalives every 10 s, three missed). */
const KEEPALIVE = { keepaliveInterval: 10_000, keepaliveCountMax: 3, readyTimeout: 15_000 };

/**
 * An HTTP agent that reaches a remote engine as the docker CLI does (`docker system dial-stdio` over SSH), but over one
 * SSH connection for every request: each HTTP connection is a channel on it, and idle ones are kept for the next request
 * (docker-modem's own transport made a new SSH connection, with its handshake, for every call). The host's key must be
 * in known_hosts: an unknown one fails with the key for the user to accept, a changed one fails outright.
 */
export class SshAgent extends http.Agent {
  private connecting: Promise<Client> | null = null;

  constructor(private readonly target: SshTarget) {
    super({ keepAlive: true, maxFreeSockets: 2 });
  }

  override createConnection(_options: unknown, callback: (err: Error | null, socket?: Duplex) => void): undefined {
    this.connection()
      .then((client) => client.exec('docker system dial-stdio', (err, channel) => (err ? callback(err) : callback(null, asSocket(channel)))))
      .catch((err: Error) => callback(err));
    return undefined;
  }

  /** Ends the SSH connection (the engine's client is done with). */
  override destroy(): void {
    super.destroy();
    void this.connecting?.then((client) => client.end(), () => undefined);
    this.connecting = null;
  }

  private connection(): Promise<Client> {
    this.connecting ??= this.open().catch((err: unknown) => {
      this.connecting = null;
      throw err;
    });
    return this.connecting;
  }

  private async open(): Promise<Client> {
    const { host, port, username, auth } = this.target;
    const known = await readOptionalText(auth.knownHosts, { maxBytes: CAPS.text }); // a missing known_hosts knows no host
    let refused: BerthError | null = null;
    const config: ConnectConfig = {
      host, port, username: username ?? 'root', ...KEEPALIVE, ...(await credentials(auth)),
      hostVerifier: (blob: Buffer) => {
        refused = hostKeyProblem(known, this.target, blob, auth.knownHosts);
        return refused === null;
      },
    };
    const client = new Client();
    await new Promise<void>((resolve, reject) => {
      client.once('ready', resolve);
      client.once('error', (err) => reject(refused ?? sshError(err, this.target)));
      client.connect(config);
    });
    client.on('error', () => undefined); // later failures end the connection, and each open channel reports its own
    client.once('close', () => {
      this.connecting = null;
    });
    return client;
  }
}

/** The key file the user chose, else the agent; an encrypted key file needs the agent (Berth never asks for passphrases). */
async function credentials(auth: SshAuth): Promise<Pick<ConnectConfig, 'privateKey' | 'agent'>> {
  if (auth.identityFile) {
    const privateKey = await readBoundedFile(auth.identityFile, { maxBytes: CAPS.pem });
    // A PEM key with a passphrase says ENCRYPTED in its header; an OpenSSH-format one names its cipher.
    if (/ENCRYPTED/.test(privateKey.toString('latin1', 0, 200)) || isEncryptedOpenSshKey(privateKey)) {
      throw new BerthError({ code: 'AUTH_FAILED', message: { key: 'errors.ssh.keyEncrypted' }, detail: auth.identityFile });
    }
    return { privateKey };
  }
  if (auth.agent) return { agent: auth.agent };
  throw new BerthError({ code: 'AUTH_FAILED', message: { key: 'errors.ssh.noKey' } });
}

/** An OpenSSH-format key names its cipher after the magic; "none" is a key without a passphrase. */
function isEncryptedOpenSshKey(pem: Buffer): boolean {
  const text = pem.toString('latin1');
  const body = /-----BEGIN OPENSSH PRIVATE KEY-----([\s\S]+?)-----END/.exec(text)?.[1];
  if (!body) return false;
  const raw = Buffer.from(body.replace(/\s+/g, ''), 'base64');
  const magic = 'openssh-key-v1\0'.length;
  const cipherLength = raw.readUInt32BE(magic);
  return raw.toString('latin1', magic + 4, magic + 4 + cipherLength) !== 'none';
}

function hostKeyProblem(known: string, { host, port }: SshTarget, blob: Buffer, knownHosts: string): BerthError | null {
  const verdict = checkHostKey(known, host, port, blob);
  if (verdict === 'trusted') return null;
  const fingerprint = keyFingerprint(blob);
  const type = keyType(blob);
  if (verdict === 'unknown') {
    return new BerthError({
      code: 'HOST_KEY_UNKNOWN', message: { key: 'errors.ssh.hostUnknown', params: { host, fingerprint, type } },
      hostKey: { host, port, type, key: blob.toString('base64'), fingerprint },
    });
  }
  return new BerthError({ code: 'HOST_KEY_CHANGED', message: { key: `errors.ssh.host${verdict === 'revoked' ? 'Revoked' : 'Changed'}`, params: { host, fingerprint } }, detail: knownHosts });
}

/** ssh2's failures, by the stage they happened in, as sentences; socket errors keep Node's code (toBerthError words them). */
function sshError(err: Error & { level?: string; code?: string }, { host, username }: SshTarget): Error {
  if (err.level === 'client-authentication') {
    return new BerthError({ code: 'AUTH_FAILED', message: { key: 'errors.ssh.auth', params: { user: username ?? 'root', host } }, detail: err.message });
  }
  if (err.level === 'client-timeout') return new BerthError({ code: 'ENGINE_UNAVAILABLE', message: { key: 'errors.ssh.timeout', params: { host } } });
  if (err.level === 'client-socket' && err.code) return Object.assign(err, { address: err.message.includes(host) ? host : undefined });
  return new BerthError({ code: 'ENGINE_UNAVAILABLE', message: { key: 'errors.ssh.failed', params: { host } }, detail: err.message });
}

/**
 * An SSH channel in the place of a socket for Node's HTTP client: the socket calls a kept-alive connection makes are
 * no-ops here. When `docker system dial-stdio` fails on the host (no docker there, no engine behind it), its own words
 * end the channel, instead of a bare "socket hang up".
 */
function asSocket(channel: ClientChannel): Duplex {
  let stderr = '';
  channel.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 2000) stderr += chunk.toString();
  });
  channel.once('exit', (code: number | null) => {
    if (code) (channel as Duplex).destroy(new BerthError({ code: 'ENGINE_UNAVAILABLE', message: { key: 'errors.ssh.dialStdio' }, detail: stderr.trim() || `exit ${code}` }));
  });
  const self = (): ClientChannel => channel;
  return Object.assign(channel, { setKeepAlive: self, setNoDelay: self, setTimeout: self, ref: self, unref: self });
}
