import { describe, expect, it } from 'vitest';
import { createAppRouter, type BerthServices } from './api/app';
import { BerthError } from './errors';
import { LogExportQuery } from './logs';

/** Every service call fails the test: a bad id must be refused by the schema before any service sees it. */
const untouchable = new Proxy({}, {
  get: (_t, domain) => new Proxy({}, { get: (_u, call) => () => { throw new Error(`services.${String(domain)}.${String(call)} was called`); } }),
}) as BerthServices;
const caller = createAppRouter(untouchable).createCaller({});

// Ids from the audit: a path-walk to another host, a query string, a fragment, an escape, a space, Unicode, a slash.
const BAD_CONTAINER = ['..', '.', '', '../../127.0.0.1:18090/pwn', 'img?force=1', 'a#b', 'a%2e%2e', 'a/b', 'a b', ' a', 'ünï', 'a\u0000', 'x'.repeat(129)];
// Image references may hold '/', ':' and '@' in their places, never an empty or dot segment.
const BAD_IMAGE = ['..', '../../127.0.0.1:18090/pwn', 'a/../b', 'img?force=1', 'a#b', 'a%2e', 'a//b', '/a', 'a/', 'a b', ' a', 'ünï', 'Upper', 'a\u0000'];

const size = { cols: 80, rows: 24 };
const containerCalls: Record<string, (id: string) => Promise<unknown>> = {
  'containers.act': (id) => caller.containers.act({ engine: 'local', action: 'stop', ids: [id] }),
  'containers.inspect': (id) => caller.containers.inspect({ engine: 'local', id }),
  'containers.top': (id) => caller.containers.top({ engine: 'local', id }),
  'containers.rename': (id) => caller.containers.rename({ engine: 'local', id, name: 'ok' }),
  'containers.updateRestartPolicy': (id) => caller.containers.updateRestartPolicy({ engine: 'local', id, policy: { name: 'no', maxRetries: 0 } }),
  'containers.stats': (id) => caller.containers.stats({ engine: 'local', id }),
  'images.exportContainer': (id) => caller.images.exportContainer({ engine: 'local', container: id, path: '/tmp/x.tar', overwrite: false }),
  'images.commit': (id) => caller.images.commit({ engine: 'local', container: id, reference: '', author: '', message: '', changes: '', pause: false }),
  'logs.follow': (id) => caller.logs.follow({ engine: 'local', id }),
  'logs.followMerged': (id) => caller.logs.followMerged({ engine: 'local', ids: [id] }),
  'terminal.open': (id) => caller.terminal.open({ engine: 'local', containerId: id, ...size }),
  'terminal.list': (id) => caller.terminal.list({ engine: 'local', containerId: id }),
  'logs export (web host and desktop route)': async (id) => LogExportQuery.parse({ engine: 'local', id }),
};
const imageCalls: Record<string, (ref: string) => Promise<unknown>> = {
  'images.inspect': (id) => caller.images.inspect({ engine: 'local', id }),
  'images.remove': (id) => caller.images.remove({ engine: 'local', ids: [id], force: false }),
  'images.tag': (source) => caller.images.tag({ engine: 'local', source, target: 'ok:1' }),
  'images.pull': (reference) => caller.images.pull({ engine: 'local', reference }),
  'images.push': (reference) => caller.images.push({ engine: 'local', reference }),
  'images.save': (id) => caller.images.save({ engine: 'local', images: [id], path: '/tmp/x.tar', overwrite: false }),
};

/** tRPC's BAD_REQUEST from input validation, or the schema's own error where a shell parses the query itself. */
const isSchemaRefusal = (err: unknown): boolean =>
  (err as { code?: string }).code === 'BAD_REQUEST' || (err as { name?: string }).name === 'ZodError';

async function refusal(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (err) {
    return err;
  }
  throw new Error('the call was accepted');
}

describe('ids and references that reach an engine path', () => {
  for (const [name, call] of Object.entries(containerCalls)) {
    it(`${name} refuses every malformed container id before any service runs`, async () => {
      for (const id of BAD_CONTAINER) {
        expect(await refusal(() => call(id)), JSON.stringify(id)).toSatisfy(isSchemaRefusal);
      }
    });
  }
  for (const [name, call] of Object.entries(imageCalls)) {
    it(`${name} refuses every malformed image reference before any service runs`, async () => {
      for (const ref of BAD_IMAGE) expect(await refusal(() => call(ref)), JSON.stringify(ref)).toSatisfy(isSchemaRefusal);
    });
  }

  it('refuses a rename longer than the run form allows (a 1 MB name went to the engine)', async () => {
    expect(await refusal(() => caller.containers.rename({ engine: 'local', id: 'web', name: 'x'.repeat(1_000_000) }))).toSatisfy(isSchemaRefusal);
  });

  it('reports the refusal at the field, in a translatable message', async () => {
    const err = (await refusal(() => caller.images.inspect({ engine: 'local', id: '../../x' }))) as { cause?: unknown };
    const { toErrorData } = await import('./api/app');
    expect(toErrorData(err as never)).toEqual({ code: 'INVALID_INPUT', fields: { id: { key: 'validation.image.reference' } } });
    expect(err).not.toBeInstanceOf(BerthError);
  });

  it('refuses a path Node or the OS would refuse in English, at its field', async () => {
    const { toErrorData } = await import('./api/app');
    const fieldOf = async (path: string) => toErrorData((await refusal(() => caller.images.load({ engine: 'local', path }))) as never).fields?.path?.key;
    expect(await fieldOf('/tmp/a\u0000b.tar')).toBe('validation.path.nullByte');
    expect(await fieldOf(`/tmp/${'名'.repeat(86)}.tar`)).toBe('validation.path.nameTooLong'); // 258 bytes in UTF-8
    expect(await fieldOf(`/${'a/'.repeat(2100)}x.tar`)).toBe('validation.path.tooLong');
  });

  it('refuses an engine id that is not one of Berth’s, in every engine-bound call, before any service runs', async () => {
    for (const engine of ['', '..', 'a/b', 'Local', 'a?b', 'x'.repeat(64)]) {
      expect(await refusal(() => caller.containers.inspect({ engine, id: 'web' }))).toSatisfy(isSchemaRefusal);
      expect(await refusal(() => caller.containers.watch({ engine }))).toSatisfy(isSchemaRefusal);
    }
    expect(await refusal(() => caller.containers.inspect({ id: 'web' } as never))).toSatisfy(isSchemaRefusal);
  });

  it('accepts what the engine itself names things', async () => {
    const images = { inspect: async () => { throw new BerthError({ code: 'NOT_FOUND' }); } };
    const ok = createAppRouter({ ...untouchable, scope: () => ({ images }) as never }).createCaller({});
    for (const id of ['busybox', 'library/busybox:1.36', '127.0.0.1:5055/library/busybox@sha256:' + 'a'.repeat(64), 'sha256:' + 'f'.repeat(64), 'f'.repeat(12), '[::1]:5000/x/y:z']) {
      await expect(ok.images.inspect({ engine: 'local', id })).rejects.toMatchObject({ cause: { data: { code: 'NOT_FOUND' } } });
    }
  });
});
