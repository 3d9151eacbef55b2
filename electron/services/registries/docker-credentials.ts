import { applyEdits, modify } from 'jsonc-parser';
import type { LoginInfo } from '../../../shared/registries';
import { indentOf } from '../../../shared/daemon/daemon-form';
import { writeFileAtomic } from '../daemon/atomic-write';
import { parseObject, readText } from '../daemon/client-config';
import { runProcess } from '../process/run-process';

export interface Credentials { username: string; secret: string; identityToken?: string }

/** Runs `docker-credential-<helper> <action>` with `input` on stdin and returns its stdout. */
export type HelperRunner = (helper: string, action: 'get' | 'store' | 'erase' | 'list', input: string) => Promise<string>;

export const runHelper: HelperRunner = async (helper, action, input) => {
  const out: string[] = [];
  const code = await runProcess(`docker-credential-${helper}`, [action], { input, timeoutMs: 30_000, maxOutputBytes: 1 << 20, onLine: (l, s) => s === 'stdout' && out.push(l) });
  // Helpers report "credentials not found" on stdout with a non-zero exit.
  if (code !== 0) throw new Error(out.join('\n').trim() || `docker-credential-${helper} exited with ${code}`);
  return out.join('\n');
};

interface ConfigFile {
  auths?: Record<string, { auth?: string; identitytoken?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

const decodeAuth = (auth: string): { username: string; secret: string } => {
  const text = Buffer.from(auth, 'base64').toString('utf8');
  const at = text.indexOf(':');
  return { username: text.slice(0, at), secret: text.slice(at + 1) };
};

/**
 * Registry credentials kept the Docker way, so the CLI and Berth share logins: a credential helper when config.json
 * names one for the server (`credHelpers`) or for all (`credsStore`), otherwise base64 in `auths`. Only the server's
 * own entry changes; every other key of config.json stays byte for byte. Nothing goes into Berth's settings.
 */
export class DockerCredentials {
  constructor(private readonly file: string, private readonly helper: HelperRunner = runHelper) {}

  private async config(): Promise<{ text: string; config: ConfigFile }> {
    const text = await readText(this.file);
    return { text, config: parseObject(text, this.file) as ConfigFile };
  }

  private static helperFor(config: ConfigFile, server: string): string | undefined {
    return config.credHelpers?.[server] ?? config.credsStore;
  }

  private async edit(text: string, server: string, value: object | undefined): Promise<void> {
    const base = text.trim() ? text : '{}\n';
    const next = applyEdits(base, modify(base, ['auths', server], value, { formattingOptions: indentOf(base) }));
    await writeFileAtomic(this.file, next, 0o600);
  }

  async get(server: string): Promise<Credentials | null> {
    const { config } = await this.config();
    const helper = DockerCredentials.helperFor(config, server);
    if (helper) {
      const out = await this.helper(helper, 'get', server).catch(() => '');
      if (!out) return null;
      const { Username, Secret } = JSON.parse(out) as { Username: string; Secret: string };
      return Username === '<token>' ? { username: '', secret: '', identityToken: Secret } : { username: Username, secret: Secret };
    }
    const entry = config.auths?.[server];
    if (!entry?.auth && !entry?.identitytoken) return null;
    return { ...(entry.auth ? decodeAuth(entry.auth) : { username: '', secret: '' }), identityToken: entry.identitytoken };
  }

  /** Stores a login; says where: the helper's name, or the config file's path. */
  async store(server: string, credentials: Credentials): Promise<{ store: string; helper: boolean }> {
    const { text, config } = await this.config();
    const helper = DockerCredentials.helperFor(config, server);
    if (helper) {
      const [Username, Secret] = credentials.identityToken ? ['<token>', credentials.identityToken] : [credentials.username, credentials.secret];
      await this.helper(helper, 'store', JSON.stringify({ ServerURL: server, Username, Secret }));
      // As the CLI does: an empty entry says "logged in, the secret is in the helper".
      if (!config.auths?.[server] || Object.keys(config.auths[server]).length) await this.edit(text, server, {});
      return { store: helper, helper: true };
    }
    const auth = Buffer.from(`${credentials.username}:${credentials.secret}`).toString('base64');
    await this.edit(text, server, credentials.identityToken ? { auth, identitytoken: credentials.identityToken } : { auth });
    return { store: this.file, helper: false };
  }

  async erase(server: string): Promise<void> {
    const { text, config } = await this.config();
    const helper = DockerCredentials.helperFor(config, server);
    if (helper) await this.helper(helper, 'erase', server).catch(() => undefined);
    if (config.auths && server in config.auths) await this.edit(text, server, undefined);
  }

  /** Every server with a stored login and the user name it holds. */
  async list(): Promise<LoginInfo[]> {
    const { config } = await this.config();
    const servers = new Set([...Object.keys(config.auths ?? {}), ...Object.keys(config.credHelpers ?? {})]);
    const logins = await Promise.all([...servers].map(async (server): Promise<LoginInfo | null> => {
      const credentials = await this.get(server);
      const helper = DockerCredentials.helperFor(config, server);
      return credentials ? { server, username: credentials.username || '<token>', store: helper ?? this.file, helper: !!helper } : null;
    }));
    return logins.filter((l): l is LoginInfo => l !== null).sort((a, b) => a.server.localeCompare(b.server));
  }
}
