import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { OpenProjectInput, OpenedProject } from '../../../shared/compose';
import { checkSource, checkTarget, invalid } from '../files/file-job';

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

export async function readComposeFile(file: string): Promise<string> {
  const { source, size } = await checkSource(file);
  if (size > MAX_FILE_CHARS) throw invalid('path', 'validation.compose.tooLarge', source);
  return readFile(source, 'utf8');
}

/** Where Berth writes compose files: a .yml or .yaml file the file jobs could write (replacing it is the point). */
export async function checkComposeTarget(file: string): Promise<string> {
  const target = file.trim();
  if (path.isAbsolute(target) && !/\.ya?ml$/i.test(target)) throw invalid('path', 'validation.compose.extension', file);
  return checkTarget(file, true);
}
