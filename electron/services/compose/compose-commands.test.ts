import { describe, expect, it } from 'vitest';
import { versionOf } from './compose-cli';
import { composeSteps, type ComposeFlavor, type ProjectRef } from './compose-commands';

const v1: ComposeFlavor = { file: 'docker-compose', prefix: [], version: '1.29.2', major: 1 };
const v2old: ComposeFlavor = { file: 'docker', prefix: ['compose'], version: '2.20.2', major: 2 };
const v2: ComposeFlavor = { file: 'docker', prefix: ['compose'], version: '2.32.4', major: 2 };
const shop: ProjectRef = { name: 'shop', files: ['/srv/shop/compose.yaml', '/srv/shop/compose.override.yaml'], workingDir: '/srv/shop', envFile: '/srv/shop/.env.prod', profiles: ['debug'] };
const project = ['-p', 'shop', '-f', '/srv/shop/compose.yaml', '-f', '/srv/shop/compose.override.yaml', '--project-directory', '/srv/shop', '--env-file', '/srv/shop/.env.prod', '--profile', 'debug'];
const args = (flavor: ComposeFlavor, action: Parameters<typeof composeSteps>[2]) => composeSteps(flavor, shop, action).map((c) => [c.file, ...c.args].join(' '));

describe('compose command lines', () => {
  it('up, with every option, on each flavour', () => {
    const up = { action: 'up' as const, services: ['web'], build: true, pull: 'always' as const, forceRecreate: true, removeOrphans: true, scale: { worker: 3 } };
    expect(args(v2, up)).toEqual([`docker compose --progress json ${project.join(' ')} up -d --build --pull always --force-recreate --remove-orphans --scale worker=3 web`]);
    expect(args(v2old, up)[0]).toMatch(/^docker compose --progress plain -p shop /);
    expect(args(v1, up)).toEqual([
      `docker-compose ${project.join(' ')} pull web`,
      `docker-compose ${project.join(' ')} up -d --build --force-recreate --remove-orphans --scale worker=3 web`,
    ]);
  });

  it('down, per-service actions and config', () => {
    expect(args(v1, { action: 'down', volumes: true, images: 'local', removeOrphans: false })).toEqual([`docker-compose ${project.join(' ')} down --volumes --rmi local`]);
    expect(args(v2, { action: 'stop', services: ['worker'] })).toEqual([`docker compose --progress json ${project.join(' ')} stop -t 10 worker`]);
    expect(args(v1, { action: 'pull', services: [] })).toEqual([`docker-compose ${project.join(' ')} pull`]);
    expect(args(v2, { action: 'config' })).toEqual([`docker compose ${project.join(' ')} config --format json`]);
    expect(args(v1, { action: 'config' })).toEqual([`docker-compose ${project.join(' ')} config`]);
  });

  it('a project known only by name (started elsewhere) is addressed by its name alone', () => {
    const byName = composeSteps(v1, { name: 'legacy', files: [], workingDir: null, envFile: null, profiles: [] }, { action: 'stop', services: [] });
    expect(byName[0]!.args).toEqual(['-p', 'legacy', 'stop', '-t', '10']);
  });
});

describe('which compose', () => {
  it('reads the version each prints', () => {
    expect(versionOf('docker-compose version 1.29.2, build unknown\ndocker-py version: 5.0.3')).toBe('1.29.2');
    expect(versionOf('Docker Compose version v2.32.4-desktop.1')).toBe('2.32.4');
    expect(versionOf('unknown command')).toBeNull();
  });
});
