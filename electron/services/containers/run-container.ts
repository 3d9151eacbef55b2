import type Docker from 'dockerode';
import { BerthError } from '../../../shared/errors';
import { toBind } from '../../../shared/parse/parse-volume-spec';
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
    },
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

function classifyCreateError(err: unknown): BerthError {
  const error = toBerthError(err);
  const detail = error.data.detail ?? '';
  if (error.data.code === 'NAME_IN_USE') error.data.fields = { name: { key: 'validation.name.inUse' } };
  else if (error.data.code === 'NOT_FOUND' && /network/i.test(detail)) {
    return new BerthError({ code: 'NETWORK_NOT_FOUND', detail, fields: { network: { key: 'validation.network.notFound' } } });
  } else if (/invalid (volume|mount)|bind source path/i.test(detail)) error.data.fields = { volumes: { key: 'validation.volume.engine', params: { detail } } };
  return error;
}
