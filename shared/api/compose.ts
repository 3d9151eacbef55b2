import { z } from 'zod';
import {
  ComposeFileInput, ComposeRunInput, GenerateComposeInput, OpenProjectInput, ProjectInput, ProjectName, SaveComposeFileInput, ValidateComposeInput,
  type ComposeConfig, type ComposeEvent, type ComposeInstall, type ComposeProblem, type OpenedProject,
} from '../compose';
import { job, mutation, query, returns, type ServiceOf } from './define';

/** Compose projects through the user's own compose CLI, run against this engine. */
export const composeApi = {
  /** Which compose Berth found (and where it looked when none). */
  cli: query(null, returns<ComposeInstall>()),
  /** The project as compose resolves it (`compose config`): services, images, ports, volumes, networks, depends_on. */
  config: query(ProjectInput, returns<ComposeConfig>()),
  /** up, down, start, stop, restart, pull, build: compose's output as it comes, with a step per resource. */
  run: job(ComposeRunInput, returns<ComposeEvent>()),
  /** The projects opened from files on this engine (remembered across starts). */
  opened: query(null, returns<OpenedProject[]>()),
  /** Reads the files (compose config) and remembers the project; a folder is read for its compose file. */
  open: mutation(OpenProjectInput, returns<OpenedProject>()),
  forget: mutation(z.object({ name: ProjectName }), returns<void>()),
  readFile: query(ComposeFileInput, returns<{ text: string }>()),
  saveFile: mutation(SaveComposeFileInput, returns<void>()),
  /** compose config on the editor's text: [] when compose accepts it, else its complaints, at their lines where known. */
  validate: mutation(ValidateComposeInput, returns<ComposeProblem[]>()),
  /** A compose file that recreates these containers (image, command, env, ports, volumes, networks, restart, labels). */
  generate: query(GenerateComposeInput, returns<{ text: string }>()),
};
export type ComposeService = ServiceOf<typeof composeApi>;
