import type { Readable } from 'node:stream';
import type Docker from 'dockerode';

/**
 * `GET /containers/{id}/logs` as a stream. dockerode streams only with `follow`; without it, it would buffer the
 * whole log in memory, and `follow` + `until` never ends while a running container is quiet. The signal destroys the
 * request and its response however far the reader has got.
 */
export function openLogStream(container: Docker.Container, options: Record<string, unknown>, signal?: AbortSignal): Promise<Readable> {
  return new Promise((resolve, reject) => {
    container.modem.dial(
      { path: `/containers/${container.id}/logs?`, method: 'GET', isStream: true, options, abortSignal: signal, statusCodes: { 200: true, 404: 'no such container', 500: 'server error' } },
      (err: unknown, data: unknown) => (err ? reject(err) : resolve(data as Readable)),
    );
  });
}
