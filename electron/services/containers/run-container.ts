import type Docker from 'dockerode';
import { CAPS, readBoundedText } from '../fs/bounded-read';
import path from 'node:path';
import { parseEnvLines } from '../../../shared/parse/parse-env-line';
import { BerthError } from '../../../shared/errors';
import { toBind } from '../../../shared/parse/parse-volume-spec';
import type { RunSource } from '../../../shared/docker-run';
import { parseRunForm, type RunForm, type RunSpec } from '../../../shared/run-form';
import { isStatus, toBerthError } from '../engine/engine-errors';

/** The engine's create body for a parsed run form, as `docker run` would send it. */
export function toCreateOptions(spec: RunSpec): Docker.ContainerCreateOptions {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const port of spec.ports) {
    const key = `${port.containerPort}/${port.protocol}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({ HostIp: port.hostIp, HostPort: port.hostPort });
  }
  return {
    Image: spec.image,
    ...(spec.name ? { name: spec.name } : {}),
    ...(spec.command.length ? { Cmd: spec.command } : {}),
    ...(spec.entrypoint ? { Entrypoint: spec.entrypoint } : {}),
    Env: spec.env,
    ExposedPorts: exposed,
    Tty: spec.tty,
    OpenStdin: spec.interactive,
    StdinOnce: false,
    AttachStdin: false,
    HostConfig: {
      PortBindings: bindings,
      PublishAllPorts: spec.publishAll,
      Binds: spec.volumes.map(toBind),
      RestartPolicy: { Name: spec.restart.name === 'no' ? '' : spec.restart.name, MaximumRetryCount: spec.restart.maxRetries },
      AutoRemove: spec.autoRemove,
      ...(spec.network ? { NetworkMode: spec.network } : {}),
      ...(spec.privileged ? { Privileged: true } : {}),
      ...(spec.capAdd.length ? { CapAdd: spec.capAdd } : {}),
      ...(spec.capDrop.length ? { CapDrop: spec.capDrop } : {}),
      ...(spec.nanoCpus ? { NanoCpus: spec.nanoCpus } : {}),
      ...(spec.memory ? { Memory: spec.memory } : {}),
      ...(spec.shmSize ? { ShmSize: spec.shmSize } : {}),
      ...(spec.init ? { Init: true } : {}),
      ...(spec.addHosts.length ? { ExtraHosts: spec.addHosts } : {}),
      ...(spec.dns.length ? { Dns: spec.dns } : {}),
    },
    ...(spec.workdir ? { WorkingDir: spec.workdir } : {}),
    ...(spec.user ? { User: spec.user } : {}),
    ...(spec.hostname ? { Hostname: spec.hostname } : {}),
    ...(Object.keys(spec.labels).length ? { Labels: spec.labels } : {}),
    ...(spec.health ? { Healthcheck: { Test: spec.health.test, Interval: spec.health.interval, Timeout: spec.health.timeout, Retries: spec.health.retries } } : {}),
  };
}

/**
 * Create (and start) a container from the run dialog. Refuses images that are not local, since the engine would
 * otherwise go to a registry; if start fails, removes what it created, so nothing is left half-made.
 */
export async function runContainer(docker: Docker, form: RunForm): Promise<{ id: string; started: boolean }> {
  const parsed = parseRunForm(form);
  if (!parsed.ok) throw new BerthError({ code: 'INVALID_INPUT', fields: parsed.errors });
  const { spec } = parsed;
  // `--env-file` is read where Berth runs, as the CLI reads it where it runs; its lines come before the typed ones.
  if (form.envFile.trim()) spec.env = [...(await readEnvFile(form.envFile.trim())), ...spec.env];
  try {
    await docker.getImage(spec.image).inspect();
  } catch (err) {
    if (!isStatus(err, 404)) throw toBerthError(err);
    throw new BerthError({ code: 'IMAGE_NOT_LOCAL', fields: { image: { key: 'validation.image.notLocal', params: { value: spec.image } } } });
  }
  let container: Docker.Container;
  try {
    container = await docker.createContainer(toCreateOptions(spec));
  } catch (err) {
    throw classifyCreateError(err);
  }
  if (!spec.start) return { id: container.id, started: false };
  try {
    await container.start();
  } catch (err) {
    await container.remove({ force: true, v: true }).catch(() => undefined);
    const error = toBerthError(err);
    if (error.data.code === 'PORT_IN_USE') error.data.fields = { ports: { key: 'validation.port.inUse' } };
    throw error;
  }
  return { id: container.id, started: true };
}

const invalid = (key: string, value: string) => new BerthError({ code: 'INVALID_INPUT', fields: { envFile: { key, params: { value } } } });

/** An env file as the CLI reads it: KEY=value lines; blank lines and `#` comments skipped. */
async function readEnvFile(file: string): Promise<string[]> {
  if (!path.isAbsolute(file)) throw invalid('validation.file.absolute', file);
  const text = await readBoundedText(file, { maxBytes: CAPS.text, field: 'envFile' });
  const lines = text.split(/\r?\n/).map((l) => (l.trimStart().startsWith('#') ? '' : l)).join('\n');
  const parsed = parseEnvLines(lines);
  if (!parsed.ok) throw new BerthError({ code: 'INVALID_INPUT', fields: { envFile: parsed.error } });
  return parsed.value;
}

function classifyCreateError(err: unknown): BerthError {
  const error = toBerthError(err);
  const detail = error.data.detail ?? '';
  if (error.data.code === 'NAME_IN_USE') error.data.fields = { name: { key: 'validation.name.inUse' } };
  else if (error.data.code === 'NOT_FOUND' && /network/i.test(detail)) {
    return new BerthError({ code: 'NETWORK_NOT_FOUND', detail, fields: { network: { key: 'validation.network.notFound' } } });
  } else if (/invalid (volume|mount)|bind source path/i.test(detail)) error.data.fields = { volumes: { key: 'validation.volume.engine', params: { detail } } };
  return error;
}

const ANONYMOUS = /^[0-9a-f]{64}$/;

/** A container's inspect (and its image's config) as what a `docker run` line is made from. */
export function runSourceOf(c: Docker.ContainerInspectInfo, imageConfig: RunSource['imageConfig']): RunSource {
  const bound = new Set((c.HostConfig.Binds ?? []).map((b) => b.split(':')[1]));
  return {
    name: c.Name.replace(/^\//, ''), image: c.Config.Image, config: c.Config as RunSource['config'], hostConfig: c.HostConfig as RunSource['hostConfig'],
    volumeMounts: (c.Mounts ?? []).filter((m) => m.Type === 'volume' && m.Name && !ANONYMOUS.test(m.Name) && !bound.has(m.Destination))
      .map((m) => ({ name: m.Name!, destination: m.Destination, readOnly: !m.RW })),
    imageConfig,
  };
}
