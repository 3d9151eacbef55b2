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
});
export type RunForm = z.infer<typeof RunForm>;
export type RunField = keyof RunForm;

export const emptyRunForm: RunForm = {
  image: '', name: '', command: '', entrypoint: '', env: '', ports: '', publishAll: false, volumes: '',
  restart: 'no', maxRetries: '', interactive: false, tty: false, autoRemove: false, network: '', start: true,
};

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
}

export type FieldErrors = Partial<Record<RunField, Message>>;

const NETWORK = /^[a-zA-Z0-9][a-zA-Z0-9_.:-]*$/;

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
  if (Object.keys(errors).length > 0 || !image) return { ok: false, errors };
  return {
    ok: true,
    spec: {
      image: form.image.trim(), name, command, entrypoint: entrypoint.length ? entrypoint : null, env, ports,
      publishAll: form.publishAll, volumes, restart: { name: form.restart, maxRetries }, interactive: form.interactive,
      tty: form.tty, autoRemove: form.autoRemove, network, start: form.start,
    },
  };
}
