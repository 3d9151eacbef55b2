import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultProjectName } from './compose-files';
import { OpenedProjects } from './opened-projects';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(tmpdir(), 'berth-opened-')); });
afterEach(() => rm(dir, { recursive: true, force: true }));

const shop = { name: 'shop', files: ['/srv/shop/compose.yaml'], workingDir: '/srv/shop', envFile: null, profiles: [] };

describe('OpenedProjects', () => {
  it('keeps each engine’s projects apart, across starts; the same name replaces', async () => {
    const first = OpenedProjects.in(dir);
    await first.put('local', shop);
    await first.put('remote', { ...shop, workingDir: '/elsewhere' });
    await first.put('local', { ...shop, profiles: ['debug'] });
    const again = OpenedProjects.in(dir);
    expect(again.list('local')).toEqual([{ ...shop, profiles: ['debug'] }]);
    expect(again.list('remote')).toEqual([{ ...shop, workingDir: '/elsewhere' }]);
    await again.remove('local', 'shop');
    expect(OpenedProjects.in(dir).list('local')).toEqual([]);
  });

  it('a file it cannot read is left as it is: Berth starts without it and refuses to write over it', async () => {
    await writeFile(path.join(dir, 'compose-projects.json'), '{ not json');
    const opened = OpenedProjects.in(dir);
    expect(opened.problem).toContain('compose-projects.json');
    expect(opened.list('local')).toEqual([]);
    await expect(opened.put('local', shop)).rejects.toMatchObject({ data: { code: 'FILE_ERROR', message: { key: 'errors.compose.projectsUnreadable' } } });
    expect(await readFile(path.join(dir, 'compose-projects.json'), 'utf8')).toBe('{ not json');
  });
});

describe('defaultProjectName', () => {
  it('is the folder’s name as compose makes it', () => {
    expect(defaultProjectName('/home/me/My Shop.v2')).toBe('myshopv2');
    expect(defaultProjectName('/srv/_web-app')).toBe('web-app');
  });
});
