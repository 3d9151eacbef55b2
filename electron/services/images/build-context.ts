import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import dockerignore from '@balena/dockerignore';
import { pack } from 'tar-fs';
import { BerthError } from '../../../shared/errors';

/** The Dockerfile's path inside the context, with forward slashes, as the engine wants it; field errors otherwise. */
export async function checkContext(context: string, dockerfile: string): Promise<{ root: string; dockerfile: string }> {
  const root = path.resolve(context.trim());
  const facts = await stat(root).catch(() => null);
  const problem = !path.isAbsolute(context.trim()) ? 'contextRelative' : !facts ? 'contextMissing' : !facts.isDirectory() ? 'contextNotFolder' : null;
  if (problem) throw new BerthError({ code: 'INVALID_INPUT', fields: { context: { key: `validation.build.${problem}`, params: { value: context } } } });
  const file = path.resolve(root, dockerfile.trim() || 'Dockerfile');
  const relative = path.relative(root, file);
  // By segment: "..Dockerfile" is a file inside the context, "../Dockerfile" is not.
  if (relative.split(path.sep)[0] === '..' || path.isAbsolute(relative)) {
    throw new BerthError({ code: 'INVALID_INPUT', fields: { dockerfile: { key: 'validation.build.dockerfileOutside', params: { value: dockerfile } } } });
  }
  if (!(await stat(file).catch(() => null))?.isFile()) {
    throw new BerthError({ code: 'INVALID_INPUT', fields: { dockerfile: { key: 'validation.build.dockerfileMissing', params: { value: relative } } } });
  }
  return { root, dockerfile: relative.split(path.sep).join('/') };
}

/**
 * The context as a tar stream, with `.dockerignore` applied as the CLI applies it. The Dockerfile and .dockerignore are
 * sent even when ignored (the engine needs them). A folder is skipped whole unless an exception (`!pattern`) might
 * bring back something inside it.
 */
export async function packContext(root: string, dockerfile: string): Promise<NodeJS.ReadableStream> {
  const rules = (await readFile(path.join(root, '.dockerignore'), 'utf8').catch(() => ''))
    .split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const ignorer = dockerignore().add(rules);
  const hasExceptions = rules.some((r) => r.startsWith('!'));
  const always = new Set([dockerfile, '.dockerignore']);
  return pack(root, {
    ignore: (name) => {
      const relative = path.relative(root, name).split(path.sep).join('/');
      if (!relative || always.has(relative) || !ignorer.ignores(relative)) return false;
      // tar-fs asks synchronously; a folder with possible exceptions inside is walked and its files checked one by one.
      return !(hasExceptions && statSync(name, { throwIfNoEntry: false })?.isDirectory());
    },
  }) as unknown as NodeJS.ReadableStream; // a streamx Readable: it pipes like Node's
}
