import { z } from 'zod';
import type { Message } from './errors';
import { RestartPolicyName } from './containers';
import { parseContainerName } from './parse/parse-container-name';
import { parseEnvLines } from './parse/parse-env-line';
import { parseImageReference } from './parse/parse-image-reference';
import { parsePortLines, type PortBinding } from './parse/parse-port-spec';
import type { ParseResult } from './parse/parse-result';
import { splitShellWords } from './parse/split-shell-words';
import { parseVolumeLines, type VolumeSpec } from './parse/parse-volume-spec';
import { parseCaps, parseCount, parseCpus, parseDns, parseDuration, parseHostLines, parseLabelLines, parseSize } from './parse/parse-run-values';

/** The run dialog's fields as typed (the seeds' `docker run` flags). Validated in the renderer and again in main. */
export const RunForm = z.object({
  image: z.string().max(600),
  name: z.string().max(256),
  command: z.string().max(10_000),
  entrypoint: z.string().max(10_000),
  env: z.string().max(200_000),
  ports: z.string().max(20_000),
  publishAll: z.boolean(),
  volumes: z.string().max(20_000),
  restart: RestartPolicyName,
  maxRetries: z.string().max(10),
  interactive: z.boolean(),
  tty: z.boolean(),
  autoRemove: z.boolean(),
  network: z.string().max(256),
  start: z.boolean(),
  workdir: z.string().max(4096),
  user: z.string().max(256),
  hostname: z.string().max(255),
  /** A file on the machine running Berth, read by main as the CLI reads it. */
  envFile: z.string().max(4096),
  labels: z.string().max(100_000),
  privileged: z.boolean(),
  capAdd: z.string().max(2000),
  capDrop: z.string().max(2000),
  cpus: z.string().max(20),
  memory: z.string().max(20),
  shmSize: z.string().max(20),
  healthCmd: z.string().max(10_000),
  healthInterval: z.string().max(40),
  healthTimeout: z.string().max(40),
  healthRetries: z.string().max(10),
  init: z.boolean(),
  addHosts: z.string().max(20_000),
  dns: z.string().max(2000),
});
export type RunForm = z.infer<typeof RunForm>;
export type RunField = keyof RunForm;

export const emptyRunForm: RunForm = {
  image: '', name: '', command: '', entrypoint: '', env: '', ports: '', publishAll: false, volumes: '',
  restart: 'no', maxRetries: '', interactive: false, tty: false, autoRemove: false, network: '', start: true,
  workdir: '', user: '', hostname: '', envFile: '', labels: '', privileged: false, capAdd: '', capDrop: '', cpus: '', memory: '',
  shmSize: '', healthCmd: '', healthInterval: '', healthTimeout: '', healthRetries: '', init: false, addHosts: '', dns: '',
};

/** The fields that grant the container powers over the host: the dialog warns while any is set. */
export const grantsHostPowers = (form: Pick<RunForm, 'privileged' | 'capAdd'>): boolean => form.privileged || form.capAdd.trim() !== '';

/** What main hands the engine, once every field has parsed. */
export interface RunSpec {
  image: string;
  name: string;
  command: string[];
  entrypoint: string[] | null;
  env: string[];
  ports: PortBinding[];
  publishAll: boolean;
  volumes: VolumeSpec[];
  restart: { name: RunForm['restart']; maxRetries: number };
  interactive: boolean;
  tty: boolean;
  autoRemove: boolean;
  network: string;
  start: boolean;
  workdir: string;
  user: string;
  hostname: string;
  labels: Record<string, string>;
  privileged: boolean;
  capAdd: string[];
  capDrop: string[];
  /** Nano-CPUs, bytes, bytes (0: not set). */
  nanoCpus: number;
  memory: number;
  shmSize: number;
  /** `--health-cmd` as the shell form the CLI makes of it; null: the image's own check. */
  health: { test: string[]; interval: number; timeout: number; retries: number } | null;
  init: boolean;
  addHosts: string[];
  dns: string[];
}

export type FieldErrors = Partial<Record<RunField, Message>>;

const NETWORK = /^[a-zA-Z0-9][a-zA-Z0-9_.:-]*$/;
const HOSTNAME = /^[a-zA-Z0-9]([a-zA-Z0-9.-]{0,253}[a-zA-Z0-9])?$/;
const USER = /^[a-zA-Z0-9_][a-zA-Z0-9_.-]*(:[a-zA-Z0-9_][a-zA-Z0-9_.-]*)?$/;
/** The engine refuses a memory limit below this (6 MiB). */
const MIN_MEMORY = 6 * 1024 * 1024;

/** Parses every field; returns the spec, or one message per bad field. */
export function parseRunForm(form: RunForm): { ok: true; spec: RunSpec } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const take = <T>(field: RunField, result: ParseResult<T>, fallback: T): T => {
    if (result.ok) return result.value;
    errors[field] = result.error;
    return fallback;
  };
  const image = take('image', parseImageReference(form.image), null);
  const name = take('name', parseContainerName(form.name), '');
  const command = take('command', splitShellWords(form.command), []);
  const entrypoint = take('entrypoint', splitShellWords(form.entrypoint), []);
  const env = take('env', parseEnvLines(form.env), []);
  const ports = take('ports', parsePortLines(form.ports), []);
  const volumes = take('volumes', parseVolumeLines(form.volumes), []);
  let maxRetries = 0;
  if (form.restart === 'on-failure' && form.maxRetries.trim()) {
    maxRetries = Number(form.maxRetries.trim());
    if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 1000) errors.maxRetries = { key: 'validation.restart.retries' };
  }
  if (form.autoRemove && form.restart !== 'no') errors.restart = { key: 'validation.restart.autoRemove' };
  const network = form.network.trim();
  if (network && !NETWORK.test(network)) errors.network = { key: 'validation.network.format', params: { value: network } };
  const workdir = form.workdir.trim();
  if (workdir && !workdir.startsWith('/')) errors.workdir = { key: 'validation.run.workdir', params: { value: workdir } };
  const user = form.user.trim();
  if (user && !USER.test(user)) errors.user = { key: 'validation.run.user', params: { value: user } };
  const hostname = form.hostname.trim();
  if (hostname && !HOSTNAME.test(hostname)) errors.hostname = { key: 'validation.run.hostname', params: { value: hostname } };
  const labels = take('labels', parseLabelLines(form.labels), []);
  const capAdd = take('capAdd', parseCaps(form.capAdd), []);
  const capDrop = take('capDrop', parseCaps(form.capDrop), []);
  const nanoCpus = take('cpus', parseCpus(form.cpus), 0);
  const memory = take('memory', parseSize(form.memory), 0);
  if (memory > 0 && memory < MIN_MEMORY) errors.memory = { key: 'validation.run.memoryMin', params: { value: form.memory.trim() } };
  const shmSize = take('shmSize', parseSize(form.shmSize), 0);
  const interval = take('healthInterval', parseDuration(form.healthInterval), 0);
  const timeout = take('healthTimeout', parseDuration(form.healthTimeout), 0);
  const retries = take('healthRetries', parseCount(form.healthRetries, 100), 0);
  const healthCmd = form.healthCmd.trim();
  if (!healthCmd && (form.healthInterval.trim() || form.healthTimeout.trim() || form.healthRetries.trim())) errors.healthCmd = { key: 'validation.run.healthCmd' };
  const addHosts = take('addHosts', parseHostLines(form.addHosts), []);
  const dns = take('dns', parseDns(form.dns), []);
  if (Object.keys(errors).length > 0 || !image) return { ok: false, errors };
  return {
    ok: true,
    spec: {
      image: form.image.trim(), name, command, entrypoint: entrypoint.length ? entrypoint : null, env, ports,
      publishAll: form.publishAll, volumes, restart: { name: form.restart, maxRetries }, interactive: form.interactive,
      tty: form.tty, autoRemove: form.autoRemove, network, start: form.start, workdir, user, hostname,
      labels: Object.fromEntries(labels), privileged: form.privileged, capAdd, capDrop, nanoCpus, memory, shmSize,
      health: healthCmd ? { test: ['CMD-SHELL', healthCmd], interval, timeout, retries } : null, init: form.init, addHosts, dns,
    },
  };
}
