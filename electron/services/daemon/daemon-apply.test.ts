// The pipeline's decisions with the engine and the file replaced by recorders (the real engine: daemon.int.test.ts).
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplyEvent } from '../../../shared/daemon/daemon-api';
import { applyFormToText, type DaemonForm, formFromConfig, validateDaemonForm } from '../../../shared/daemon/daemon-form';
import { applyDaemonConfig, type ApplyDeps } from './daemon-apply';
import { BackupStore } from './backup-store';
import { DetachedRun } from './detached-run';

async function recorder(file: string | null, engineAccepts = true) {
  const written: (string | null)[] = [];
  const commands: string[] = [];
  let disk = file;
  let engineConfig = file ?? '{}';
  const deps: ApplyDeps = {
    file: '/etc/docker/daemon.json',
    control: { validate: null, reload: 'reload', restart: 'restart', log: null },
    engine: { version: '20.10.24', os: 'linux' },
    backups: new BackupStore(await mkdtemp(path.join(os.tmpdir(), 'berth-apply-')), 5),
    verifyTimeoutMs: 300,
    readText: async () => disk,
    writeText: async (text) => { written.push(text); disk = text; },
    run: async (command) => {
      commands.push(command);
      if (!engineAccepts && disk !== file) return { ok: false, output: 'unable to configure the Docker daemon with file: bad' };
      engineConfig = disk ?? '{}';
      return { ok: true, output: '' };
    },
    validateText: async () => ({ ok: true, output: '' }),
    probe: {
      ping: async () => true,
      registries: async () => ({ mirrors: (JSON.parse(engineConfig)['registry-mirrors'] ?? []).map((m: string) => `${m}/`), insecure: [] }),
    },
  };
  return { deps, written, commands };
}

const run = async (deps: ApplyDeps, text: string, overrideValidation = false, basedOn?: string): Promise<ApplyEvent[]> => {
  const events: ApplyEvent[] = [];
  for await (const e of applyDaemonConfig(deps, { text, basedOn: basedOn ?? ((await deps.readText()) ?? ''), overrideValidation })) events.push(e);
  return events;
};
const done = (events: ApplyEvent[]) => events.at(-1);

describe('apply pipeline', () => {
  it('backs up, writes and reloads for a mirror change', async () => {
    const { deps, written, commands } = await recorder('{}');
    const events = await run(deps, '{"registry-mirrors": ["https://m.example"]}');
    expect(done(events)).toMatchObject({ outcome: 'applied' });
    expect(written).toEqual(['{"registry-mirrors": ["https://m.example"]}']);
    expect(commands).toEqual(['reload']);
    expect((await deps.backups.list()).map((b) => b.text)).toEqual(['{}']);
  });
  it('never writes invalid JSON, even with validation overridden', async () => {
    const { deps, written } = await recorder('{}');
    expect(done(await run(deps, '{"debug": tru', true))).toMatchObject({ outcome: 'refused' });
    expect(written).toEqual([]);
  });
  it('refuses a file with a key twice (the engine reads the last, an edit changes the first), even overridden, at the key', async () => {
    const text = '{"registry-mirrors": ["https://a.example"], "log-opts": {"max-size": "1m", "max-size": "2m"}, "registry-mirrors": []}';
    const { deps, written } = await recorder('{}');
    const events = await run(deps, text, true);
    const found = events.find((e) => e.type === 'problems');
    expect(found && found.type === 'problems' && found.problems.filter((p) => p.message.key === 'validation.daemon.duplicateKey').map((p) => p.key).sort())
      .toEqual(['log-opts.max-size', 'registry-mirrors']);
    expect(done(events)).toMatchObject({ outcome: 'refused' });
    expect(written).toEqual([]);
  });
  it('restores the previous file when the engine refuses the new one, and says why', async () => {
    const { deps, written, commands } = await recorder('{"debug": false}', false);
    const events = await run(deps, '{"data-root": "/srv/docker"}');
    expect(done(events)).toMatchObject({ outcome: 'rolledBack', engineError: 'unable to configure the Docker daemon with file: bad' });
    expect(written).toEqual(['{"data-root": "/srv/docker"}', '{"debug": false}']);
    expect(commands).toEqual(['restart', 'restart']);
  });
  it('restores "no file" by removing it again', async () => {
    const { deps, written } = await recorder(null, false);
    expect(done(await run(deps, '{"data-root": "/srv/docker"}', false, ''))).toMatchObject({ outcome: 'rolledBack' });
    expect(written).toEqual(['{"data-root": "/srv/docker"}', null]);
  });
  it('property: a form with a field error is never written unless the user overrides validation', async () => {
    const form = fc.record({
      registryMirrors: fc.array(fc.string({ maxLength: 30 }), { maxLength: 2 }),
      insecureRegistries: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }),
      httpProxy: fc.constant(''), httpsProxy: fc.constant(''), noProxy: fc.constant(''),
      dataRoot: fc.string({ maxLength: 10 }), logDriver: fc.string({ maxLength: 8 }), logMaxSize: fc.string({ maxLength: 4 }),
      logMaxFile: fc.string({ maxLength: 3 }), dns: fc.string({ maxLength: 16 }),
      liveRestore: fc.constant('unset'), buildkit: fc.constant('unset'),
      addressPools: fc.string({ maxLength: 20 }), builderGc: fc.constant('unset'), builderKeepStorage: fc.string({ maxLength: 5 }),
    }) as fc.Arbitrary<DaemonForm>;
    await fc.assert(fc.asyncProperty(form, async (edit) => {
      fc.pre(Object.keys(validateDaemonForm(edit)).length > 0);
      const { deps, written } = await recorder('{}');
      expect(done(await run(deps, applyFormToText('{}', { ...formFromConfig({}), ...edit })))).toMatchObject({ outcome: 'refused' });
      expect(written).toEqual([]);
    }), { numRuns: 100 });
  });
});

describe('a detached run', () => {
  it('runs to the end when its listener leaves, and replays for the next one', async () => {
    let finished = false;
    async function* steps() { yield 1; await new Promise((r) => setTimeout(r, 20)); yield 2; finished = true; }
    const detached = new DetachedRun(steps(), () => -1);
    const leaving = new AbortController();
    for await (const n of detached.follow(leaving.signal)) { expect(n).toBe(1); leaving.abort(); break; }
    await detached.done;
    expect(finished).toBe(true);
    const replay = [];
    for await (const n of detached.follow(new AbortController().signal)) replay.push(n);
    expect(replay).toEqual([1, 2]);
  });
});
