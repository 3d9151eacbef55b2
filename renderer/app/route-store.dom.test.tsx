import { describe, expect, it } from 'vitest';
import { parsePlace, routeHref } from './route-store';

describe('routes name their engine', () => {
  it('reads the engine from the hash, and takes the default engine for a link without one', () => {
    expect(parsePlace('#/e/home-server/containers/abc')).toEqual({ engine: 'home-server', route: { screen: 'container', id: 'abc' } });
    expect(parsePlace('#/e/cloud/logs/abc')).toEqual({ engine: 'cloud', route: { screen: 'logs', id: 'abc' } });
    expect(parsePlace('#/containers/abc')).toEqual({ engine: 'local', route: { screen: 'container', id: 'abc' } });
    expect(parsePlace('')).toEqual({ engine: 'local', route: { screen: 'containers' } });
  });

  it('writes the engine into every link, pop-out windows included', () => {
    expect(routeHref({ screen: 'terminal', id: 's1' }, 'cloud')).toBe('#/e/cloud/terminal/s1');
    expect(routeHref({ screen: 'projectLogs', id: 'shop' }, 'home')).toBe('#/e/home/project-logs/shop');
    expect(parsePlace(routeHref({ screen: 'image', id: 'sha256:ab' }, 'x1'))).toEqual({ engine: 'x1', route: { screen: 'image', id: 'sha256:ab' } });
  });
});
