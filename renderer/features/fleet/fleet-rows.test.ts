import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/containers';
import type { EngineEntry } from '../../../shared/engine';
import { fleetRows } from './fleet-rows';

const engine = (id: string): EngineEntry => ({ id, label: id.toUpperCase(), endpoint: `unix:///${id}.sock`, local: true, source: 'berth' });
const container = (id: string, name: string, state: ContainerSummary['state']) => ({ id, name, image: 'berth/busybox', state }) as ContainerSummary;

describe('fleetRows', () => {
  // The same container id on two engines (a copied data-root, say) is two rows.
  const lists = {
    a: { byId: { c1: container('c1', 'web', 'running'), c2: container('c2', 'db', 'exited') } },
    b: { byId: { c1: container('c1', 'web', 'exited') } },
  };
  it('lists every engine’s containers with their engine, keyed apart', () => {
    const rows = fleetRows([engine('a'), engine('b'), engine('gone')], lists, { text: '', engine: null, runningOnly: false });
    expect(rows.map((r) => [r.key, r.engineLabel, r.name])).toEqual([['a/c1', 'A', 'web'], ['a/c2', 'A', 'db'], ['b/c1', 'B', 'web']]);
  });
  it('filters by engine, text and state together', () => {
    expect(fleetRows([engine('a'), engine('b')], lists, { text: 'web', engine: null, runningOnly: true }).map((r) => r.key)).toEqual(['a/c1']);
    expect(fleetRows([engine('a'), engine('b')], lists, { text: '', engine: 'b', runningOnly: false }).map((r) => r.key)).toEqual(['b/c1']);
  });
});
