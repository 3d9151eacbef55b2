import { createHash, createHmac } from 'node:crypto';
import { appendFile, chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { HostKey } from '../../../shared/errors';
import { CAPS, readOptionalText } from '../fs/bounded-read';

/** What OpenSSH's known_hosts says of the key a host showed. */
export type HostKeyVerdict = 'trusted' | 'unknown' | 'changed' | 'revoked';

/** How known_hosts names a host: bare on port 22, `[host]:port` elsewhere. */
export const knownHostName = (host: string, port: number): string => (port === 22 ? host : `[${host}]:${port}`);

/** OpenSSH's fingerprint of a key: `SHA256:` and the unpadded base64 of its digest. */
export const keyFingerprint = (blob: Buffer): string => `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;

/** A key blob starts with its type as an SSH string (uint32 length, then the name). */
export function keyType(blob: Buffer): string {
  if (blob.length < 4) return '';
  const length = blob.readUInt32BE(0);
  return blob.subarray(4, 4 + Math.min(length, 64)).toString('latin1');
}

const wildcard = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');

/** A host field: a hashed name (`|1|salt|hash`, HashKnownHosts) or patterns with `*`, `?` and `!` negation. */
function hostFieldMatches(field: string, name: string): boolean {
  if (field.startsWith('|1|')) {
    const [, , salt, hash] = field.split('|');
    if (!salt || !hash) return false;
    return createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash;
  }
  let matched = false;
  for (const pattern of field.split(',')) {
    if (pattern.startsWith('!')) {
      if (wildcard(pattern.slice(1)).test(name)) return false;
    } else if (wildcard(pattern).test(name)) matched = true;
  }
  return matched;
}

/**
 * Checks a host's key against known_hosts text as OpenSSH does: the same key listed for the host is trusted (unless a
 * `@revoked` line names it); another key of the same type listed for the host means the key changed; else it is unknown.
 */
export function checkHostKey(text: string, host: string, port: number, blob: Buffer): HostKeyVerdict {
  const name = knownHostName(host, port);
  const type = keyType(blob);
  const key = blob.toString('base64');
  let verdict: HostKeyVerdict = 'unknown';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const fields = line.split(/\s+/);
    const marker = fields[0]!.startsWith('@') ? fields.shift() : undefined;
    const [hosts, lineType, lineKey] = fields;
    if (marker === '@cert-authority' || !hosts || !lineKey || !hostFieldMatches(hosts, name)) continue;
    if (marker === '@revoked') {
      if (lineKey === key) return 'revoked';
      continue;
    }
    if (lineKey === key) verdict = 'trusted';
    else if (lineType === type && verdict === 'unknown') verdict = 'changed';
  }
  return verdict;
}

/** Adds a key the user accepted, as `ssh` does on "yes": the CLI trusts it from then on too. */
export async function trustHostKey(file: string, hostKey: HostKey): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const existing = await readOptionalText(file, { maxBytes: CAPS.text });
  const separator = existing && !existing.endsWith('\n') ? '\n' : '';
  await appendFile(file, `${separator}${knownHostName(hostKey.host, hostKey.port)} ${hostKey.type} ${hostKey.key}\n`, { mode: 0o600 });
  if (!existing) await chmod(file, 0o600);
}
