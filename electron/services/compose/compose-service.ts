import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ComposeService } from '../../../shared/api/compose';
import type { ComposeConfig, ComposeEvent, ComposeInstall, ProjectInput } from '../../../shared/compose';
import { writeFileAtomic } from '../daemon/atomic-write';
import { tempBeside } from '../files/temp-beside';
import { runByLabels } from './compose-by-labels';
import { checkComposeTarget, projectOf, readComposeFile } from './compose-files';
import { composeFromContainers } from './compose-generate';
import { composeProblems } from './compose-problems';
import type { OpenedProjects } from './opened-projects';
import { BerthError } from '../../../shared/errors';
import { COMPOSE_LABELS, labelledFiles } from '../../../shared/compose-projects';
import { Batcher, streamJob } from '../engine/async-queue';
import type { EndpointContext, EngineEndpoint } from '../engine/engine-endpoint';
import { engineCall, jobFailed } from '../engine/engine-errors';
import type { EngineMonitor } from '../engine/engine-monitor';
import { findCompose, type ComposeLookup } from './compose-cli';
import { composeSteps, type ComposeCommand, type ComposeFlavor } from './compose-commands';
import { parseComposeLine, type ComposeStep } from './compose-output';
import { summarizeConfig } from './compose-config';
import { type OutputStream, runProcess } from '../process/run-process';

const BATCH_MS = 100;
const ENGINE_VARIABLES = new Set(['DOCKER_CONTEXT', 'DOCKER_HOST', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH']);
/** After Cancel, compose gets this long to stop what it started (SIGINT) before it is killed. */
const STOP_GRACE_MS = 5_000;

/** The variables that point the compose CLI at this engine, as the docker CLI reads them. */
export function engineEnv(endpoint: EngineEndpoint | undefined): Record<string, string> {
  if (!endpoint) return {};
  switch (endpoint.kind) {
    case 'socket': return { DOCKER_HOST: endpoint.socketPath.startsWith('\\\\') ? `npipe://${endpoint.socketPath.replace(/\\\\/g, '/')}` : `unix://${endpoint.socketPath}` };
    case 'ssh': return { DOCKER_HOST: `ssh://${endpoint.username ? `${endpoint.username}@` : ''}${endpoint.host}:${endpoint.port}` };
    case 'tcp': {
      const env: Record<string, string> = { DOCKER_HOST: `tcp://${endpoint.host}:${endpoint.port}` };
      const certDir = endpoint.tls?.cert ?? endpoint.tls?.ca;
      if (endpoint.tls) env.DOCKER_TLS_VERIFY = endpoint.tls.verify ? '1' : '';
      if (certDir) env.DOCKER_CERT_PATH = certDir.replace(/[\\/][^\\/]+$/, '');
      return env;
    }
  }
}

const refOf = (p: ProjectInput) => ({ name: p.name, files: p.files, workingDir: p.workingDir, envFile: p.envFile, profiles: p.profiles });

/** A compose run (up pulls images, builds) may take long; reading a project's config may not. */
const RUN_LIMITS = { timeoutMs: 2 * 60 * 60_000, maxOutputBytes: 256 << 20 };
/** Reading a project (open, validate) is background work: below main's priority, so a runaway file cannot starve it. */
const CONFIG_LIMITS = { timeoutMs: 20_000, maxOutputBytes: 8 << 20, niceness: 10 };

/** Runs one compose command: every output line to `line`; fails with compose's last words (its error lines first). */
async function runCommand(command: ComposeCommand, env: NodeJS.ProcessEnv, cwd: string | undefined, line: (text: string, stream: OutputStream) => void, signal: AbortSignal, limits: typeof RUN_LIMITS & { niceness?: number } = RUN_LIMITS): Promise<void> {
  const last: string[] = [];
  const code = await runProcess(command.file, command.args, {
    env, cwd, signal, graceMs: STOP_GRACE_MS, ...limits,
    onLine: (text, stream) => {
      last.push(text);
      if (last.length > 20) last.shift();
      line(text, stream);
    },
  });
  if (code !== 0) throw new BerthError({ code: 'ENGINE_ERROR', message: { key: 'errors.compose.failed', params: { code: code ?? -1 } }, detail: last.filter((l) => /error/i.test(l)).join('\n') || last.join('\n') });
}

/**
 * What a run that compose calls a success failed at: v1's `start` exits 0 when one service of several cannot start
 * (a port taken), saying so only in its output. The resources whose last word was an error, and compose's error lines.
 */
class Failures {
  private readonly resources = new Set<string>();
  private readonly lines: string[] = [];

  note(line: string, step: ComposeStep | null): void {
    if (!step) return;
    if (step.state === 'error') {
      if (step.id) this.resources.add(step.id);
      this.lines.push(line);
    } else {
      this.resources.delete(step.id);
    }
  }

  check(): void {
    if (!this.resources.size) return;
    throw new BerthError({ code: 'ENGINE_ERROR', message: { key: 'errors.compose.partly', params: { names: [...this.resources].join(', ') } }, detail: [...new Set(this.lines)].join('\n') });
  }
}

const anyExists = async (files: string[]): Promise<boolean> =>
  (await Promise.all(files.map((f) => stat(f).then(() => true, () => false)))).some(Boolean);

/** What a compose service keeps beside the engine: its id, and the projects opened on it. */
export interface ComposeScope { engine: string; opened: OpenedProjects }

export function createComposeService(engine: EngineMonitor, host: EndpointContext, scope: ComposeScope): ComposeService {
  let lookup: Promise<ComposeLookup> | null = null;
  const find = () => (lookup ??= findCompose(host.env, host.platform, host.homedir));
  const flavor = async (): Promise<ComposeFlavor> => {
    const { found, looked } = await find();
    if (!found) throw new BerthError({ code: 'NOT_FOUND', message: { key: 'errors.compose.missing', params: { looked: looked.join(', ') } } });
    return found;
  };
  const env = (): NodeJS.ProcessEnv => {
    // The user's own DOCKER_* would point compose elsewhere: the selected engine's take their place.
    const rest = Object.fromEntries(Object.entries(host.env).filter(([k]) => !ENGINE_VARIABLES.has(k)));
    return { ...rest, ...engineEnv(engine.endpoint), COMPOSE_INTERACTIVE_NO_CLI: '1' };
  };
  /** compose config's output for the project (its resolved file), or compose's words on why it cannot read it. */
  const configText = async (project: ProjectInput): Promise<{ text: string; major: 1 | 2 } | { problems: string }> => {
    const f = await flavor();
    const [command] = composeSteps(f, refOf(project), { action: 'config' });
    // compose v1 writes its warnings (an unset variable) to stderr: only stdout is the config.
    const out: string[] = [];
    const said: string[] = [];
    try {
      await runCommand(command!, env(), project.workingDir ?? undefined, (l, stream) => (stream === 'stdout' ? out : said).push(l), new AbortController().signal, CONFIG_LIMITS);
      return { text: out.join('\n'), major: f.major };
    } catch (err) {
      if (err instanceof BerthError && err.data.message?.key?.startsWith('errors.process.')) throw err;
      return { problems: [...said, ...out].join('\n') };
    }
  };
  const config = async (project: ProjectInput, field = 'files'): Promise<ComposeConfig> => {
    const made = await configText(project);
    // compose's own words (the file, the line, the key) are the detail, at the field that named the files.
    if ('problems' in made) throw new BerthError({ code: 'INVALID_INPUT', message: { key: 'errors.compose.invalid' }, detail: made.problems, fields: { [field]: { key: 'validation.compose.invalid', params: { value: made.problems } } } });
    return summarizeConfig(made.major === 2 ? JSON.parse(made.text) : parseYaml(made.text));
  };
  /** Every file the engine's projects name: those opened in Berth (compose and env files) and those in container labels. */
  const projectFiles = async (): Promise<string[]> => {
    const opened = scope.opened.list(scope.engine).flatMap((p) => [...p.files, ...(p.envFile ? [p.envFile] : [])]);
    const labelled = await engineCall(() => engine.requireClient().listContainers({ all: true, filters: { label: [COMPOSE_LABELS.configFiles] } }));
    return [...opened, ...labelled.flatMap((c) => labelledFiles(c.Labels))];
  };
  return {
    cli: async (): Promise<ComposeInstall> => {
      const { found, looked } = await find();
      return { found: found && { command: [found.file, ...found.prefix].join(' '), version: found.version, major: found.major }, looked, platform: host.platform };
    },
    config: (project) => config(project),
    run: ({ project, run }, signal) => streamJob<ComposeEvent>(signal, async (push) => {
      if (!(await anyExists(project.files))) {
        // Known by its labels only (started elsewhere, or its files are not on this machine): what the engine can do.
        const action = run.action === 'down' ? { action: run.action, volumes: run.volumes } : run.action === 'start' || run.action === 'stop' || run.action === 'restart' ? { action: run.action, services: run.services } : null;
        if (!action) throw new BerthError({ code: 'INVALID_INPUT', message: { key: 'errors.compose.needsFiles' } });
        const step = (text: string) => push({ type: 'output', lines: [text], steps: [parseComposeLine(text, 'v1')].filter((s): s is ComposeStep => s !== null) });
        await engineCall(() => runByLabels(engine.requireClient(), project.name, action, step));
        push({ type: 'done' });
        return;
      }
      const f = await flavor();
      const mode = f.major === 1 ? 'v1' : f.version.localeCompare('2.29.0', undefined, { numeric: true }) >= 0 ? 'json' : 'plain';
      const batch = new Batcher<{ line: string; step: ComposeStep | null }>((read) => push({
        type: 'output', lines: read.map((r) => r.line), steps: read.flatMap((r) => (r.step ? [r.step] : [])),
      }), { delayMs: BATCH_MS, maxItems: 200 });
      const failures = new Failures();
      try {
        for (const command of composeSteps(f, refOf(project), run)) {
          await runCommand(command, env(), project.workingDir ?? undefined, (line) => {
            const step = parseComposeLine(line, mode);
            failures.note(line, step);
            batch.add({ line, step });
          }, signal);
        }
      } finally {
        batch.flush();
      }
      failures.check();
      push({ type: 'done' });
    }, jobFailed),

    opened: async () => scope.opened.list(scope.engine),
    open: async (input) => {
      const project = await projectOf(input);
      await config(project, 'paths');
      await scope.opened.put(scope.engine, project);
      return project;
    },
    forget: ({ name }) => scope.opened.remove(scope.engine, name),
    readFile: async ({ path: file }) => ({ text: await readComposeFile(file, await projectFiles()) }),
    saveFile: async ({ path: file, text }) => writeFileAtomic(await checkComposeTarget(file), text),

    validate: async ({ project, path: file, text }) => {
      // The text beside the file it stands for, so relative paths and the folder's .env read as they will.
      const draft = `${tempBeside(file)}.yml`;
      await writeFile(draft, text, { mode: 0o600 });
      try {
        const files = project.files.includes(file) ? project.files.map((f) => (f === file ? draft : f)) : [draft];
        const made = await configText({ ...project, files, workingDir: project.workingDir ?? path.dirname(file) });
        return 'problems' in made ? composeProblems(text, made.problems.replaceAll(path.basename(draft), path.basename(file))) : [];
      } finally {
        await rm(draft, { force: true });
      }
    },

    generate: ({ containers }) => engineCall(async () => {
      const docker = engine.requireClient();
      const made = await Promise.all(containers.map(async (id) => {
        const info = await docker.getContainer(id).inspect();
        const image = (await docker.getImage(info.Image).inspect()).Config;
        return { info, image: { cmd: image.Cmd ?? null, entrypoint: (image.Entrypoint as string[] | null) ?? null, env: image.Env ?? [], workingDir: image.WorkingDir ?? '', user: image.User ?? '', labels: image.Labels ?? {} } };
      }));
      return { text: composeFromContainers(made) };
    }),
  };
}
