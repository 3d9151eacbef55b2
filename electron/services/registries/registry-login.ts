import type { LoginInfo, LoginInput } from '../../../shared/registries';
import { parseRegistryServer } from '../../../shared/registries';
import { BerthError } from '../../../shared/errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import { engineMessage, isStatus, toBerthError } from '../engine/engine-errors';
import type { DockerCredentials } from './docker-credentials';

// Engine < 23 answers a refused login with a 500 whose text carries the registry's 401.
const REFUSED = /\b401\b|unauthorized|incorrect username or password/i;

export function registryServer(input: string): string {
  const parsed = parseRegistryServer(input);
  if (!parsed.ok) throw new BerthError({ code: 'INVALID_INPUT', fields: { server: parsed.error } });
  return parsed.value;
}

/**
 * `docker login`: the engine checks the credentials with the registry (`POST /auth`), and only then are they stored,
 * so a wrong password never replaces a working login. A refusal is reported at the password field.
 */
export async function login(engine: EngineMonitor, credentials: DockerCredentials, input: LoginInput): Promise<LoginInfo> {
  const server = registryServer(input.server);
  let identityToken = '';
  try {
    const answer = (await engine.requireClient().checkAuth({ username: input.username, password: input.password, serveraddress: server })) as { IdentityToken?: string };
    identityToken = answer.IdentityToken ?? '';
  } catch (err) {
    if (isStatus(err, 401) || REFUSED.test(engineMessage(err))) {
      throw new BerthError({ code: 'UNAUTHORIZED', detail: engineMessage(err), fields: { password: { key: 'validation.login.refused' } } });
    }
    throw toBerthError(err, { server: { key: 'validation.login.unreachable', params: { detail: engineMessage(err) } } });
  }
  const stored = await credentials.store(server, { username: input.username, secret: input.password, identityToken: identityToken || undefined });
  return { server, username: input.username, ...stored };
}

/** The X-Registry-Auth the engine wants for a pull or push from `server`, from the stored login if there is one. */
export async function authConfigFor(credentials: DockerCredentials, server: string): Promise<object | undefined> {
  const stored = await credentials.get(server);
  if (!stored) return undefined;
  return stored.identityToken
    ? { identitytoken: stored.identityToken, serveraddress: server }
    : { username: stored.username, password: stored.secret, serveraddress: server };
}
