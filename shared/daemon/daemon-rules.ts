import type { Message } from '../errors';
import type { ApplyMode } from './daemon-api';
import { type DaemonConfig, sameJson } from './daemon-form';
import { type EngineOs, knownKeys, LINUX_ONLY_KEYS } from './daemon-schema';

/** Keys dockerd re-reads on SIGHUP (dockerd docs, "Configuration reload behavior"); any other change needs a restart. */
export const RELOADABLE_KEYS = new Set([
  'debug', 'labels', 'live-restore', 'max-concurrent-downloads', 'max-concurrent-uploads', 'max-download-attempts',
  'default-runtime', 'runtimes', 'authorization-plugins', 'insecure-registries', 'registry-mirrors', 'shutdown-timeout',
  'features', 'allow-nondistributable-artifacts', 'builder',
]);

export function changedKeys(before: DaemonConfig, after: DaemonConfig): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !sameJson(before[k], after[k]));
}

/**
 * How to make the engine read the change. On SIGHUP dockerd keeps its current value for a key that is absent from the
 * file, so removing even a reloadable key needs a restart (an explicit empty value, e.g. `"registry-mirrors": []`, reloads).
 */
export function applyMode(changed: string[], after: DaemonConfig): ApplyMode {
  if (changed.length === 0) return 'none';
  return changed.every((k) => RELOADABLE_KEYS.has(k) && k in after) ? 'reload' : 'restart';
}

export interface EngineFacts { version: string; os: EngineOs }

export const engineMajor = (version: string): number => Number(/^(\d+)/.exec(version)?.[1] ?? 0);

/** What this engine would refuse although the schema allows it. */
export function compatProblems(config: DaemonConfig, engine: EngineFacts): { key: string; message: Message }[] {
  const problems: { key: string; message: Message }[] = [];
  if ('proxies' in config && engineMajor(engine.version) < 23) {
    problems.push({ key: 'proxies', message: { key: 'validation.daemon.proxiesEngine', params: { version: engine.version } } });
  }
  if (engine.os === 'windows') {
    for (const key of LINUX_ONLY_KEYS) if (key in config) problems.push({ key, message: { key: 'validation.daemon.linuxOnly', params: { key } } });
  }
  return problems;
}

/** Keys Berth does not know: kept as they are, reported as a warning (a newer engine may know them). */
export const unknownKeys = (config: DaemonConfig, os: EngineOs): string[] => {
  const known = new Set(knownKeys(os));
  return Object.keys(config).filter((k) => !known.has(k));
};
