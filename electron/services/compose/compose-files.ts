import { readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenProjectInput, OpenedProject } from '../../../shared/compose';
import { checkTarget, invalid } from '../files/file-job';
import { readBoundedText } from '../fs/bounded-read';

/** The names compose looks for in a folder, in its order. */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const MAX_FILE_CHARS = 1_000_000;

/** A path the user gave: a compose file, or a folder holding one (found as compose finds it). */
async function composeFile(given: string): Promise<string> {
  const file = given.trim();
  if (!path.isAbsolute(file)) throw invalid('paths', 'validation.file.absolute', given);
  const facts = await stat(file).catch(() => null);
  if (!facts) throw invalid('paths', 'validation.file.missing', file);
  if (facts.isFile()) return file;
  for (const name of COMPOSE_FILE_NAMES) {
    if ((await stat(path.join(file, name)).catch(() => null))?.isFile()) return path.join(file, name);
  }
  throw invalid('paths', 'validation.compose.noFile', file);
}

/** Compose's default project name: the folder's, lower-cased, with what a name cannot hold left out. */
export const defaultProjectName = (folder: string): string =>
  path.basename(folder).toLowerCase().replace(/[^a-z0-9_-]/g, '').replace(/^[_-]+/, '');

/** The project the open dialog describes, its files found and its name settled (not yet read by compose). */
export async function projectOf(input: OpenProjectInput): Promise<OpenedProject> {
  const files: string[] = [];
  for (const given of input.paths) files.push(await composeFile(given));
  const workingDir = path.dirname(files[0]!);
  const name = input.name || defaultProjectName(workingDir);
  if (!name) throw invalid('name', 'validation.compose.projectName', '');
  const envFile = input.envFile.trim();
  if (envFile && !(await stat(envFile).catch(() => null))?.isFile()) throw invalid('envFile', 'validation.file.missing', envFile);
  return { name, files, workingDir, envFile: envFile || null, profiles: input.profiles };
}

/**
 * A compose file for the editor: only one the engine's projects name (opened in Berth, or in their containers'
 * labels) — never any file main can read, such as /proc/self/environ — and a regular file within the cap.
 */
export async function readComposeFile(file: string, projectFiles: Iterable<string>): Promise<string> {
  const named = new Set(projectFiles);
  if (!path.isAbsolute(file) || !named.has(file)) throw invalid('path', 'validation.compose.notProjectFile', file);
  return readBoundedText(file, { maxBytes: MAX_FILE_CHARS, field: 'path' });
}

/**
 * Where Berth writes compose files: a .yml or .yaml file the file jobs could write (replacing it is the point). The
 * extension is checked on what is really written: a link named `x.yml` to `secret.txt` would write `secret.txt`.
 */
export async function checkComposeTarget(file: string): Promise<string> {
  const target = file.trim();
  const linked = async () => {
    const to = await readlink(target).catch(() => null); // a link to a file that does not exist yet
    return to === null ? target : path.resolve(path.dirname(target), to);
  };
  const real = path.isAbsolute(target) ? await realpath(target).catch(linked) : target;
  if (path.isAbsolute(target) && (!/\.ya?ml$/i.test(target) || !/\.ya?ml$/i.test(real))) throw invalid('path', 'validation.compose.extension', file);
  return checkTarget(file, true);
}
