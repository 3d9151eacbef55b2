import path from 'node:path';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import type { ClientProxies } from '../../../shared/daemon/daemon-api';
import { indentOf } from '../../../shared/daemon/daemon-form';
import { BerthError } from '../../../shared/errors';
import { CAPS, readOptionalText } from '../fs/bounded-read';
import { writeFileAtomic } from './atomic-write';

/** The docker CLI's own folder: DOCKER_CONFIG, else ~/.docker (config.json, contexts). */
export const dockerConfigDir = (env: Record<string, string | undefined>, homedir: string): string =>
  env.DOCKER_CONFIG ?? path.join(homedir, '.docker');

/** ~/.docker/config.json, or $DOCKER_CONFIG/config.json as the CLI reads it. */
export const clientConfigPath = (env: Record<string, string | undefined>, homedir: string): string =>
  path.join(dockerConfigDir(env, homedir), 'config.json');

const FIELDS = ['httpProxy', 'httpsProxy', 'noProxy'] as const;

export function parseObject(text: string, file: string): Record<string, unknown> {
  if (!text.trim()) return {};
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length || !value || typeof value !== 'object' || Array.isArray(value)) {
    throw new BerthError({ code: 'INVALID_INPUT', message: { key: 'errors.clientConfig.notObject' }, detail: file });
  }
  return value as Record<string, unknown>;
}

/** The docker CLI's config.json as text ('' when there is none yet). */
export const readText = (file: string): Promise<string> => readOptionalText(file, { maxBytes: CAPS.text });

export function proxiesOf(config: Record<string, unknown>): ClientProxies {
  const all = config.proxies as { default?: Record<string, unknown> } | undefined;
  const def = all?.default ?? {};
  const read = (key: string) => (typeof def[key] === 'string' ? (def[key] as string) : '');
  return { httpProxy: read('httpProxy'), httpsProxy: read('httpsProxy'), noProxy: read('noProxy') };
}

export async function readClientProxies(file: string): Promise<ClientProxies> {
  return proxiesOf(parseObject(await readText(file), file));
}

/** Edits only `proxies.default` by textual edits: auths, credsStore, currentContext and everything else stay byte for byte. */
export function withClientProxies(text: string, proxies: ClientProxies): string {
  let out = text.trim() ? text : '{}\n';
  const formattingOptions = indentOf(out);
  const current = proxiesOf(parseObject(out, 'config.json'));
  for (const field of FIELDS) {
    const value = proxies[field].trim();
    if (value === current[field]) continue;
    out = applyEdits(out, modify(out, ['proxies', 'default', field], value || undefined, { formattingOptions }));
  }
  const after = parseObject(out, 'config.json') as { proxies?: { default?: object } };
  if (after.proxies?.default && Object.keys(after.proxies.default).length === 0) {
    out = applyEdits(out, modify(out, ['proxies', 'default'], undefined, { formattingOptions }));
    if (Object.keys((parseObject(out, 'config.json') as { proxies: object }).proxies).length === 0) {
      out = applyEdits(out, modify(out, ['proxies'], undefined, { formattingOptions }));
    }
  }
  return out;
}

export async function writeClientProxies(file: string, proxies: ClientProxies): Promise<ClientProxies> {
  const text = await readText(file);
  const next = withClientProxies(text, proxies);
  if (next !== text) await writeFileAtomic(file, next, 0o600);
  return proxiesOf(parseObject(next, file));
}
