import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/containers';
import { applyUpdate } from '../../../shared/live-update';
import { buildRows, containerMatcher, portLinks } from './container-rows';

const c = (id: string, extra: Partial<ContainerSummary> = {}): ContainerSummary => ({
  id, name: id, image: 'img', command: '', created: 0, state: 'running', since: 0, exitCode: null, health: null, ports: [], labels: {},
  composeProject: null, composeService: null, networks: [], volumes: [], ...extra,
});

describe('buildRows', () => {
  it('puts a project’s containers under one header where its first member sorts', () => {
    const rows = buildRows([c('a'), c('b', { composeProject: 'p' }), c('c'), c('d', { composeProject: 'p' })], new Set());
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.project}]` : r.container.id))).toEqual(['a', '[p]', 'b', 'd', 'c']);
  });
  it('shows only the header of a collapsed project', () => {
    const rows = buildRows([c('b', { composeProject: 'p' }), c('d', { composeProject: 'p' })], new Set(['p']));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'group', collapsed: true });
  });
});

describe('containerMatcher', () => {
  it('matches name, image, status or project, and can keep running ones only', () => {
    expect(containerMatcher('SHOP', false)(c('web', { composeProject: 'shop' }))).toBe(true);
    expect(containerMatcher('db', false)(c('web'))).toBe(false);
    expect(containerMatcher('', true)(c('web', { state: 'exited' }))).toBe(false);
    expect(containerMatcher('status:running label:team=blue', false)(c('web', { labels: { team: 'blue' } }))).toBe(true);
  });
});

describe('portLinks', () => {
  it('shows 0.0.0.0 and :: as localhost, folds duplicates, keeps specific addresses', () => {
    const links = portLinks(c('x', { ports: [
      { ip: '0.0.0.0', privatePort: 80, publicPort: 8080, type: 'tcp' },
      { ip: '::', privatePort: 80, publicPort: 8080, type: 'tcp' },
      { ip: '127.0.0.1', privatePort: 81, publicPort: 8081, type: 'tcp' },
      { privatePort: 82, type: 'tcp' },
      { ip: '0.0.0.0', privatePort: 53, publicPort: 53, type: 'udp' },
    ] }));
    expect(links.map((l) => l.url)).toEqual(['http://localhost:8080', 'http://127.0.0.1:8081']);
  });
});

describe('applyUpdate', () => {
  it('replaces on snapshot and patches on delta', () => {
    const first = applyUpdate({}, { kind: 'snapshot', items: [c('a'), c('b')] });
    const next = applyUpdate(first, { kind: 'delta', upsert: [c('c'), c('a', { state: 'exited' })], remove: ['b'] });
    expect(Object.keys(next).sort()).toEqual(['a', 'c']);
    expect(next.a!.state).toBe('exited');
  });
});
