import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { EngineServices } from '../../../shared/api/app';
import { type ApplyEvent, type ApplyInput, type ClientProxies, DAEMON_TEXT_MAX, type DaemonFile, type EngineControl } from '../../../shared/daemon/daemon-api';
import { parseProxyUrl } from '../../../shared/daemon/registry-address';
import { BerthError, type Message } from '../../../shared/errors';
import { createDockerClient } from '../engine/create-docker-client';
import type { EndpointContext } from '../engine/engine-endpoint';
import type { EngineMonitor } from '../engine/engine-monitor';
import { removeFile, throughLinks, writeFileAtomic } from './atomic-write';
import { BackupStore } from './backup-store';
import { loadDaemonSettings } from './berth-settings';
import { clientConfigPath, readClientProxies, writeClientProxies } from './client-config';
import { applyDaemonConfig, type ApplyDeps, planApply, unifiedDiff } from './daemon-apply';
import { resolveDaemonConfigPath } from './daemon-config-location';
import { DetachedRun } from './detached-run';
import { elevatedReplaceCommand, shQuote } from './elevated-write';
import { defaultEngineControl, dockerdControl, runCommand } from './engine-control';
import type { EngineProbe } from './engine-verify';
import { readFileFacts } from './file-facts';
import { probeRegistry } from './registry-probe';
import { findRunningDockerd } from './running-dockerd';


const COMMAND_TIMEOUT_MS = 120_000;

/** Runs `fn` with a private temp file holding `text`. */
async function withTempFile<T>(text: string, fn: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'berth-'));
  const file = path.join(dir, 'daemon.json');
  try {
    await writeFile(file, text, { mode: 0o600 });
    return await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function engineProbe(engine: EngineMonitor): EngineProbe {
  const endpoint = engine.endpoint;
  if (!endpoint) return { ping: async () => false, registries: async () => ({ mirrors: [], insecure: [] }) };
  const docker = createDockerClient(endpoint);
  return {
    ping: () => docker.ping().then(() => true, () => false),
    registries: async () => {
      const info = (await docker.info()) as { RegistryConfig?: { Mirrors?: string[]; IndexConfigs?: Record<string, { Secure?: boolean }> } };
      const indexes = Object.entries(info.RegistryConfig?.IndexConfigs ?? {});
      return { mirrors: info.RegistryConfig?.Mirrors ?? [], insecure: indexes.filter(([, c]) => c.Secure === false).map(([name]) => name) };
    },
  };
}

function proxyErrors(proxies: ClientProxies): Record<string, Message> {
  const fields: Record<string, Message> = {};
  for (const field of ['httpProxy', 'httpsProxy'] as const) {
    const r = parseProxyUrl(proxies[field]);
    if (!r.ok) fields[field] = r.error;
  }
  return fields;
}

/** daemon.json, its backups, registry probes and the CLI's proxies: the Settings → Docker Engine screen. */
export function createDaemonService(engine: EngineMonitor, host: EndpointContext): EngineServices['daemon'] {
  let current: DetachedRun<ApplyEvent> | null = null;

  async function context() {
    // daemon.json is a file on the engine's machine: over tcp:// or ssh:// that is another machine.
    if (engine.endpoint && engine.endpoint.kind !== 'socket') throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.daemon.remote' } });
    const settings = await loadDaemonSettings(host);
    const status = engine.current;
    const info = status.state === 'connected' ? status.info : null;
    const endpoint = engine.endpoint;
    const running = host.platform === 'linux' && endpoint?.kind === 'socket' ? await findRunningDockerd(endpoint.socketPath, host.env) : null;
    const { path: file, source } = resolveDaemonConfigPath({
      ...host, endpoint: info?.endpoint ?? '', engineName: info?.name ?? '', override: settings.configPath, running,
    });
    const version = info?.version ?? null;
    const defaults = running ? dockerdControl(running, version) : defaultEngineControl(source, version);
    const control = {} as EngineControl;
    const controlFrom = {} as DaemonFile['controlFrom'];
    for (const key of ['validate', 'reload', 'restart', 'log'] as const) {
      const own = settings.control[key];
      control[key] = own?.value ?? defaults[key];
      controlFrom[key] = own?.from ?? (running && defaults[key] ? 'running-dockerd' : 'default');
    }
    const facts = info ? { version: info.version, os: info.os === 'windows' ? ('windows' as const) : ('linux' as const) } : null;
    return { settings, file, source, control, controlFrom, engine: facts, backups: new BackupStore(settings.backupDir, settings.backupsKept) };
  }

  async function deps(): Promise<ApplyDeps> {
    const ctx = await context();
    const run = (command: string) => runCommand(command, COMMAND_TIMEOUT_MS);
    const writeText = async (text: string | null): Promise<void> => {
      if ((await readFileFacts(ctx.file)).writable) return text === null ? removeFile(ctx.file) : writeFileAtomic(ctx.file, text);
      // Not ours to write: ask the system. An absent file is restored as an empty object, which dockerd reads the same.
      await withTempFile(text ?? '{}\n', async (temp) => {
        const { file, args } = elevatedReplaceCommand(host.platform, temp, await throughLinks(ctx.file));
        await promisify(execFile)(file, args, { timeout: COMMAND_TIMEOUT_MS });
      });
    };
    return {
      file: ctx.file, control: ctx.control, engine: ctx.engine, backups: ctx.backups,
      verifyTimeoutMs: ctx.settings.verifyTimeoutSeconds * 1000,
      readText: async () => { const f = await readFileFacts(ctx.file); return f.exists ? f.text : null; },
      writeText, run,
      validateText: (command, text) => withTempFile(text, (temp) => run(command.replaceAll('{file}', shQuote(temp)))),
      probe: engineProbe(engine),
    };
  }

  return {
    async file(): Promise<DaemonFile> {
      const ctx = await context();
      const facts = await readFileFacts(ctx.file);
      return {
        path: ctx.file, source: ctx.source, exists: facts.exists, owner: facts.owner, mode: facts.mode, writable: facts.writable,
        text: facts.text, tooLarge: facts.text.length > DAEMON_TEXT_MAX, engine: ctx.engine, control: ctx.control, controlFrom: ctx.controlFrom,
        settingsFile: ctx.settings.settingsFile,
        verifyTimeoutSeconds: ctx.settings.verifyTimeoutSeconds,
      };
    },
    async plan(input: ApplyInput) {
      return (await planApply(await deps(), input)).plan;
    },
    async *run(input: ApplyInput, signal: AbortSignal) {
      if (current) throw new BerthError({ code: 'CONFLICT', message: { key: 'errors.daemon.busy' } });
      const run = new DetachedRun(applyDaemonConfig(await deps(), input), (err): ApplyEvent =>
        ({ type: 'done', outcome: 'failed', engineError: err instanceof Error ? err.message : String(err) }));
      current = run;
      void run.done.finally(() => { current = null; });
      yield* run.follow(signal);
    },
    async backups() {
      const ctx = await context();
      const facts = await readFileFacts(ctx.file);
      const list = await ctx.backups.list();
      return list.map((b) => ({ ...b, diff: unifiedDiff(ctx.file, facts.text, b.text) }));
    },
    probe: (input) => probeRegistry(input.url, input.timeoutMs),
    async clientProxies() {
      const file = clientConfigPath(host.env, host.homedir);
      return { path: file, proxies: await readClientProxies(file) };
    },
    async setClientProxies(proxies: ClientProxies) {
      const fields = proxyErrors(proxies);
      if (Object.keys(fields).length) throw new BerthError({ code: 'INVALID_INPUT', fields });
      const file = clientConfigPath(host.env, host.homedir);
      return { path: file, proxies: await writeClientProxies(file, proxies) };
    },
  };
}
