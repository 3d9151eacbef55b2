import { containersApi, type ContainersService } from './containers';
import { daemonApi, type DaemonService } from './daemon';
import { serve, t } from './define';
import { engineApi, type EngineService } from './engine';
import { hostApi, type HostService } from './host';
import { imagesApi, type ImagesService } from './images';
import { logsApi, type LogsService } from './logs';
import { registriesApi, type RegistriesService } from './registries';
import { terminalApi, type TerminalService } from './terminal';

/** Everything main implements, one service per domain (each declared in its own file here). */
export interface BerthServices {
  engine: EngineService;
  containers: ContainersService;
  images: ImagesService;
  registries: RegistriesService;
  logs: LogsService;
  terminal: TerminalService;
  daemon: DaemonService;
  host: HostService;
}

/** The one API both shells serve: the domains' routers, merged. The renderer imports only its type. */
export function createAppRouter(services: BerthServices) {
  return t.router({
    engine: serve(engineApi, services.engine),
    containers: serve(containersApi, services.containers),
    images: serve(imagesApi, services.images),
    registries: serve(registriesApi, services.registries),
    logs: serve(logsApi, services.logs),
    terminal: serve(terminalApi, services.terminal),
    daemon: serve(daemonApi, services.daemon),
    host: serve(hostApi, services.host),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
export { toErrorData, type ApiContext } from './define';
