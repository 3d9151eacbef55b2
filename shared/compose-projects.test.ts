import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from './containers';
import { COMPOSE_LABELS, composeProjects, serviceOfResource } from './compose-projects';

const container = (name: string, state: string, labels: Record<string, string>): ContainerSummary =>
  ({ id: name, name, state, labels, ports: [], image: 'berth/busybox:latest' }) as unknown as ContainerSummary;
const labelled = (project: string, service: string, n: number, extra: Record<string, string> = {}) => ({
  [COMPOSE_LABELS.project]: project, [COMPOSE_LABELS.service]: service, [COMPOSE_LABELS.number]: String(n), ...extra,
});

describe('composeProjects', () => {
  it('groups containers by project label and service, ordered by container number; one-off run containers are left out', () => {
    const projects = composeProjects([
      container('shop-worker-2', 'exited', labelled('shop', 'worker', 2)),
      container('shop-web-1', 'running', labelled('shop', 'web', 1, { [COMPOSE_LABELS.workingDir]: '/srv/shop', [COMPOSE_LABELS.configFiles]: '/srv/shop/compose.yaml,/srv/shop/override.yaml' })),
      container('shop-worker-1', 'running', labelled('shop', 'worker', 1)),
      container('shop-run-1', 'running', labelled('shop', 'web', 1, { [COMPOSE_LABELS.oneoff]: 'True' })),
      container('plain', 'running', {}),
    ], []);
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({
      name: 'shop', state: 'partial', running: 2, total: 3, workingDir: '/srv/shop', configFiles: ['/srv/shop/compose.yaml', '/srv/shop/override.yaml'], opened: null,
      services: [{ name: 'web', running: 1, total: 1, containers: ['shop-web-1'] }, { name: 'worker', running: 1, total: 2, containers: ['shop-worker-1', 'shop-worker-2'] }],
    });
  });

  it('joins the projects opened from files, which name their files; one with no container is "not created"', () => {
    const opened = { name: 'blog', files: ['/home/me/blog/compose.yaml'], workingDir: '/home/me/blog', envFile: null, profiles: [] };
    const [blog, shop] = composeProjects([container('shop-web-1', 'exited', labelled('shop', 'web', 1))], [opened]);
    expect(blog).toMatchObject({ name: 'blog', state: 'notCreated', total: 0, configFiles: opened.files, opened });
    expect(shop).toMatchObject({ name: 'shop', state: 'exited', configFiles: [] });
  });

  it('v1 names its files relative to the working dir: they are read as under it', () => {
    const [p] = composeProjects([container('cli-web-1', 'running', labelled('cli', 'web', 1, { [COMPOSE_LABELS.workingDir]: '/tmp/cli', [COMPOSE_LABELS.configFiles]: 'compose.yaml,./extra.yml' }))], []);
    expect(p!.configFiles).toEqual(['/tmp/cli/compose.yaml', '/tmp/cli/extra.yml']);
    const [w] = composeProjects([container('w-web-1', 'running', labelled('w', 'web', 1, { [COMPOSE_LABELS.workingDir]: 'C:\\stacks\\w', [COMPOSE_LABELS.configFiles]: 'compose.yaml' }))], []);
    expect(w!.configFiles).toEqual(['C:\\stacks\\w\\compose.yaml']);
  });
});

describe('serviceOfResource', () => {
  it('reads the service from v1 and v2 container names, not from other resources', () => {
    expect(serviceOfResource('shop_web_1', 'shop')).toBe('web');
    expect(serviceOfResource('Container shop-my-worker-12', 'shop')).toBe('my-worker');
    expect(serviceOfResource('network shop_default', 'shop')).toBeNull();
  });
});
