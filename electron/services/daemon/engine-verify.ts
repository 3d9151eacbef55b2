import type { ApplyMode } from '../../../shared/daemon/daemon-api';
import type { DaemonConfig } from '../../../shared/daemon/daemon-form';
import type { Message } from '../../../shared/errors';

/** What the engine itself reports, read through its API (not the file). */
export interface EngineProbe {
  ping(): Promise<boolean>;
  /** `docker info` → RegistryConfig: mirrors, and registries marked insecure. */
  registries(): Promise<{ mirrors: string[]; insecure: string[] }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bare = (url: string): string => url.replace(/\/+$/, '');
const isCidr = (entry: string): boolean => entry.includes('/');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Mismatches between the config and what the engine reports; CIDR entries are normalised by dockerd, so not compared. */
export function registryMismatch(config: DaemonConfig, reported: { mirrors: string[]; insecure: string[] }): Message | null {
  const want = strings(config['registry-mirrors']).map(bare);
  const have = reported.mirrors.map(bare);
  if (want.join('\n') !== have.join('\n')) return { key: 'daemon.verify.mirrors', params: { have: have.join(', ') || '—', want: want.join(', ') || '—' } };
  const missing = strings(config['insecure-registries']).filter((e) => !isCidr(e) && !reported.insecure.includes(e));
  if (missing.length) return { key: 'daemon.verify.insecure', params: { missing: missing.join(', ') } };
  return null;
}

/**
 * True once the engine answers and reports the registries of `config`; otherwise the reason. A reload that the engine
 * refused leaves it running with the old settings, so the registries check is what tells.
 */
export async function verifyEngine(probe: EngineProbe, config: DaemonConfig, mode: ApplyMode, timeoutMs: number): Promise<true | Message> {
  const deadline = Date.now() + timeoutMs;
  // A reload is applied within a moment of SIGHUP; don't wait a full restart's time to call it failed.
  const registriesDeadline = mode === 'reload' ? Math.min(deadline, Date.now() + 10_000) : deadline;
  let reason: Message = { key: 'daemon.verify.noAnswer', params: { seconds: Math.round(timeoutMs / 1000) } };
  while (Date.now() < deadline) {
    if (await probe.ping().catch(() => false)) {
      const mismatch = registryMismatch(config, await probe.registries().catch(() => ({ mirrors: [], insecure: [] })));
      if (!mismatch) return true;
      reason = mismatch;
      if (Date.now() >= registriesDeadline) return reason;
    }
    await sleep(250);
  }
  return reason;
}
