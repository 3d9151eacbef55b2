import type { Message } from './errors';
import type { Resources, ResourcesForm } from './containers';
import { parseCount, parseCpus, parseSize, sizeFlag } from './parse/parse-run-values';

export type ResourcesErrors = Partial<Record<keyof ResourcesForm, Message>>;

/** What the engine's update call takes, for the limits that change. */
export interface ResourcesUpdate { NanoCpus?: number; CpuShares?: number; CpusetCpus?: string; Memory?: number; MemorySwap?: number; MemoryReservation?: number }

const CPUSET = /^\d+(-\d+)?(,\d+(-\d+)?)*$/;

/** The current limits as the form shows them (empty: not set). */
export const resourcesToForm = (r: Resources): ResourcesForm => ({
  cpus: r.nanoCpus ? String(r.nanoCpus / 1e9) : '', cpuShares: r.cpuShares ? String(r.cpuShares) : '', cpusetCpus: r.cpusetCpus,
  memory: r.memory ? sizeFlag(r.memory) : '', memorySwap: r.memorySwap === -1 ? '-1' : r.memorySwap ? sizeFlag(r.memorySwap) : '',
  memoryReservation: r.memoryReservation ? sizeFlag(r.memoryReservation) : '',
});

/**
 * `docker update` from the form, against the current limits: only what changed is sent. The engine cannot take a limit
 * away once set (0 means "unchanged" to it), so clearing one is refused at its field rather than silently ignored.
 */
export function parseResources(form: ResourcesForm, current: Resources): { errors: ResourcesErrors; update: ResourcesUpdate } {
  const errors: ResourcesErrors = {};
  const take = (field: keyof ResourcesForm, result: { ok: true; value: number } | { ok: false; error: Message }): number => {
    if (result.ok) return result.value;
    errors[field] = result.error;
    return 0;
  };
  const nanoCpus = take('cpus', parseCpus(form.cpus));
  const cpuShares = take('cpuShares', parseCount(form.cpuShares, 262_144));
  if (cpuShares === 1) errors.cpuShares = { key: 'validation.resources.shares' };
  const cpusetCpus = form.cpusetCpus.replace(/\s+/g, '');
  if (cpusetCpus && !CPUSET.test(cpusetCpus)) errors.cpusetCpus = { key: 'validation.resources.cpuset', params: { value: form.cpusetCpus } };
  const memory = take('memory', parseSize(form.memory));
  const unlimitedSwap = form.memorySwap.trim() === '-1';
  const memorySwap = unlimitedSwap ? -1 : take('memorySwap', parseSize(form.memorySwap));
  const memoryReservation = take('memoryReservation', parseSize(form.memoryReservation));
  const limit = memory || current.memory;
  if (memorySwap > 0 && (!limit || memorySwap < limit)) errors.memorySwap = { key: 'validation.resources.swap' };
  if (memoryReservation && limit && memoryReservation > limit) errors.memoryReservation = { key: 'validation.resources.reservation' };
  const cleared = (field: keyof ResourcesForm, now: number | string, was: number | string) => {
    if (!now && was && !errors[field]) errors[field] = { key: 'validation.resources.cannotUnset' };
  };
  cleared('cpus', nanoCpus, current.nanoCpus);
  cleared('cpuShares', cpuShares, current.cpuShares);
  cleared('memory', memory, current.memory);
  cleared('memoryReservation', memoryReservation, current.memoryReservation);
  const update: ResourcesUpdate = {};
  if (nanoCpus && nanoCpus !== current.nanoCpus) update.NanoCpus = nanoCpus;
  if (cpuShares && cpuShares !== current.cpuShares) update.CpuShares = cpuShares;
  if (cpusetCpus !== current.cpusetCpus) update.CpusetCpus = cpusetCpus;
  if (memory && memory !== current.memory) update.Memory = memory;
  if (memorySwap && memorySwap !== current.memorySwap) update.MemorySwap = memorySwap;
  if (memoryReservation && memoryReservation !== current.memoryReservation) update.MemoryReservation = memoryReservation;
  return { errors, update };
}
