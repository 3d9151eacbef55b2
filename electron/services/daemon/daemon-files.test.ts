import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdtemp, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';
import { BackupStore } from './backup-store';
import { withClientProxies, proxiesOf } from './client-config';
import { elevatedReplaceCommand, replaceScript } from './elevated-write';
import { readFileFacts } from './file-facts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'berth-files-')); });

describe('writing daemon.json', () => {
  it('replaces atomically, keeps the mode and leaves no temp file', async () => {
    const file = path.join(dir, 'daemon.json');
    await writeFile(file, '{}');
    await chmod(file, 0o640);
    await writeFileAtomic(file, '{"debug": true}\n');
    expect(await readFile(file, 'utf8')).toBe('{"debug": true}\n');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await readdir(dir)).toEqual(['daemon.json']);
    await writeFileAtomic(path.join(dir, 'new', 'daemon.json'), '{}');
    expect((await stat(path.join(dir, 'new', 'daemon.json'))).mode & 0o777).toBe(0o644);
  });
  it('writes through a link to the file it names, keeping the link', async () => {
    const real = path.join(dir, 'dotfiles-daemon.json');
    const link = path.join(dir, 'daemon.json');
    await writeFile(real, '{}');
    await symlink(real, link);
    await writeFileAtomic(link, '{"debug": true}\n');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, 'utf8')).toBe('{"debug": true}\n');
    expect((await readdir(dir)).sort()).toEqual(['daemon.json', 'dotfiles-daemon.json']);
  });
  it('reports owner, mode and writability, also for a file that does not exist yet', async () => {
    const file = path.join(dir, 'daemon.json');
    await writeFile(file, '{}', { mode: 0o600 });
    expect(await readFileFacts(file)).toMatchObject({ exists: true, owner: os.userInfo().username, mode: '600', writable: true, text: '{}' });
    expect(await readFileFacts(path.join(dir, 'a', 'b.json'))).toMatchObject({ exists: false, writable: true, text: '' });
  });
  it('the elevated replace script keeps mode and owner and quotes any path', async () => {
    const target = path.join(dir, "it's daemon.json");
    const source = path.join(dir, 'new $HOME.json');
    await writeFile(target, 'old');
    await chmod(target, 0o604);
    await writeFile(source, 'new');
    execFileSync('/bin/sh', ['-c', replaceScript(source, target)]);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect((await stat(target)).mode & 0o777).toBe(0o604);
    expect(elevatedReplaceCommand('linux', source, target).file).toBe('pkexec');
    expect(elevatedReplaceCommand('darwin', source, target).args[1]).toMatch(/with administrator privileges$/);
    const win = elevatedReplaceCommand('win32', 'C:\\t\\n.json', 'C:\\ProgramData\\docker\\config\\daemon.json');
    const encoded = /-EncodedCommand','([^']+)'/.exec(win.args[2]!)![1]!;
    expect(Buffer.from(encoded, 'base64').toString('utf16le')).toContain("-Destination 'C:\\ProgramData\\docker\\config\\daemon.json'");
  });
});

describe('backups', () => {
  it('keeps the newest N, records an absent file, reads them back', async () => {
    const store = new BackupStore(path.join(dir, 'backups'), 3);
    const ids = [];
    for (const text of ['{"a":1}', null, '{"a":3}', '{"a":4}']) ids.push(await store.save(text));
    const list = await store.list();
    expect(list.map((b) => b.id)).toEqual(ids.slice(1).reverse());
    expect(list.map((b) => [b.existed, b.text])).toEqual([[true, '{"a":4}'], [true, '{"a":3}'], [false, '']]);
    await expect(store.read('../../etc/passwd')).rejects.toThrow();
  });
});

describe('~/.docker/config.json proxies', () => {
  const otherConfig = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 10 }).filter((k) => k !== 'proxies' && k !== '__proto__'),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
    { maxKeys: 5 },
  );
  const proxies = fc.record({
    httpProxy: fc.constantFrom('', 'http://p:3128'), httpsProxy: fc.constantFrom('', 'https://p:3129'), noProxy: fc.constantFrom('', 'localhost,.corp'),
  });
  it('property: editing proxies.default keeps every other key and proxy entry', () => {
    fc.assert(fc.property(otherConfig, fc.constantFrom(undefined, { ftpProxy: 'x' }), proxies, (others, extra, wanted) => {
      const config = { ...others, auths: { 'r.example': { auth: 'dTpw' } }, proxies: { default: { ...extra }, 'tcp://remote:2376': { httpProxy: 'h' } } };
      const out = JSON.parse(withClientProxies(JSON.stringify(config, null, 2), wanted)) as Record<string, unknown>;
      expect(proxiesOf(out)).toEqual(wanted);
      for (const [key, value] of Object.entries(others)) expect(out[key]).toEqual(value);
      expect(out.auths).toEqual(config.auths);
      expect((out.proxies as Record<string, Record<string, unknown>>)['tcp://remote:2376']).toEqual({ httpProxy: 'h' });
      if (extra) expect((out.proxies as { default: object }).default).toMatchObject(extra);
    }), { numRuns: 200 });
  });
});
