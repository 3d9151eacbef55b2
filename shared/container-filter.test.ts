import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from './containers';
import { filterCompletions, matchesTerms, parseFilter } from './container-filter';

const c = (name: string, extra: Partial<ContainerSummary> = {}): ContainerSummary => ({
  id: `${name}0123456789abcdef`, name, image: 'berth/busybox:latest', command: '', created: 0, state: 'running', since: 0, exitCode: null, health: null,
  ports: [], labels: {}, composeProject: null, composeService: null, networks: ['bridge'], volumes: [], ...extra,
});
const list = [
  c('web', { labels: { team: 'blue' }, composeProject: 'shop', networks: ['shop_default'], volumes: ['shop_data'], health: 'healthy' }),
  c('db', { state: 'exited', labels: { team: 'red' }, image: 'postgres:16', volumes: ['pg'] }),
  c('cache', { labels: { tier: 'cache' }, health: 'unhealthy' }),
];
const names = (text: string) => list.filter((x) => matchesTerms(x, parseFilter(text))).map((x) => x.name);

describe('the container filter', () => {
  it('understands docker ps’s keys, every term together, free words besides', () => {
    expect(names('status:exited')).toEqual(['db']);
    expect(names('label:team=blue')).toEqual(['web']);
    expect(names('label:team')).toEqual(['web', 'db']);
    expect(names('image:postgres')).toEqual(['db']);
    expect(names('project:shop')).toEqual(['web']);
    expect(names('network:shop_default')).toEqual(['web']);
    expect(names('volume:pg')).toEqual(['db']);
    expect(names('health:unhealthy')).toEqual(['cache']);
    expect(names('label:team status:running')).toEqual(['web']);
    expect(names('busybox ca')).toEqual(['cache']);
    expect(names('status:')).toEqual(['web', 'db', 'cache']);
    expect(names('nokey:x')).toEqual([]);
  });

  it('completes keys, then the values the containers have', () => {
    expect(filterCompletions('sta', list)).toEqual(['status:']);
    expect(filterCompletions('web st', list)).toEqual(['web status:']);
    expect(filterCompletions('label:te', list)).toEqual(['label:team', 'label:team=blue', 'label:team=red']);
    expect(filterCompletions('status:ex', list)).toEqual(['status:exited']);
    expect(filterCompletions('volume:', list)).toEqual(['volume:pg', 'volume:shop_data']);
  });
});
