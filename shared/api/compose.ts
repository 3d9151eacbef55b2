import { ComposeRunInput, ProjectInput, type ComposeConfig, type ComposeEvent, type ComposeInstall } from '../compose';
import { query, returns, subscription, type ServiceOf } from './define';

/** Compose projects through the user's own compose CLI, run against this engine. */
export const composeApi = {
  /** Which compose Berth found (and where it looked when none). */
  cli: query(null, returns<ComposeInstall>()),
  /** The project as compose resolves it (`compose config`): services, images, ports, volumes, networks, depends_on. */
  config: query(ProjectInput, returns<ComposeConfig>()),
  /** up, down, start, stop, restart, pull, build: compose's output as it comes, with a step per resource. */
  run: subscription(ComposeRunInput, returns<ComposeEvent>()),
};
export type ComposeService = ServiceOf<typeof composeApi>;
