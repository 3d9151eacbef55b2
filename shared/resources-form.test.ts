import { describe, expect, it } from 'vitest';
import type { Resources } from './containers';
import { parseResources, resourcesToForm } from './resources-form';

const none: Resources = { nanoCpus: 0, cpuShares: 0, cpusetCpus: '', memory: 0, memorySwap: 0, memoryReservation: 0 };

describe('docker update’s resources', () => {
  it('sends only what changed', () => {
    const current = { ...none, memory: 256 * 1024 ** 2, memorySwap: 512 * 1024 ** 2 };
    const form = { ...resourcesToForm(current), cpus: '1.5', memory: '300m', memorySwap: '600m' };
    expect(parseResources(form, current)).toEqual({ errors: {}, update: { NanoCpus: 1.5e9, Memory: 300 * 1024 ** 2, MemorySwap: 600 * 1024 ** 2 } });
    expect(parseResources(resourcesToForm(current), current).update).toEqual({});
  });

  it('checks each field: swap below the limit, reservation above it, a bad cpuset, a cleared limit', () => {
    const current = { ...none, memory: 256 * 1024 ** 2 };
    const { errors } = parseResources({ cpus: 'x', cpuShares: '1', cpusetCpus: '0-', memory: '', memorySwap: '100m', memoryReservation: '1g' }, current);
    expect(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v?.key]))).toEqual({
      cpus: 'validation.run.cpus', cpuShares: 'validation.resources.shares', cpusetCpus: 'validation.resources.cpuset',
      memory: 'validation.resources.cannotUnset', memorySwap: 'validation.resources.swap', memoryReservation: 'validation.resources.reservation',
    });
    expect(parseResources({ ...resourcesToForm(current), memorySwap: '-1' }, current)).toEqual({ errors: {}, update: { MemorySwap: -1 } });
  });
});
