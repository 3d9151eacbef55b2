import { composeApi, type ComposeService } from './compose';
import { containersApi, type ContainersService } from './containers';
import { daemonApi, type DaemonService } from './daemon';
import { type JobRunner, serve, serveScoped, t } from './define';
import { engineApi, type EngineService } from './engine';
import { enginesApi, type EnginesService } from './engines';
import { filesApi, type FilesService } from './files';
import { hostApi, type HostService } from './host';
import { imagesApi, type ImagesService } from './images';
import { jobsApi, type JobsService } from './jobs';
import { logsApi, type LogsService } from './logs';
import { networksApi, type NetworksService } from './networks';
import { registriesApi, type RegistriesService } from './registries';
import { systemApi, type SystemService } from './system';
import { terminalApi, type TerminalService } from './terminal';
import { volumesApi, type VolumesService } from './volumes';

/** What main implements for one engine, one service per engine-bound domain (each declared in its own file here). */
export interface EngineServices {
  engine: EngineService;
  containers: ContainersService;
  images: ImagesService;
  volumes: VolumesService;
  files: FilesService;
  compose: ComposeService;
  networks: NetworksService;
  system: SystemService;
  registries: RegistriesService;
  logs: LogsService;
  terminal: TerminalService;
  daemon: DaemonService;
}

/** Everything main implements: the app-wide domains, and each engine's services by its id. */
export interface BerthServices {
  engines: EnginesService;
  host: HostService;
  /** The jobs of every engine, run in main (started through their own domains' job calls). */
  jobs: JobsService & JobRunner;
  /** The services of one engine (made on first use); a BerthError for an engine Berth does not know. */
  scope(engine: string): EngineServices;
}

/** The one API both shells serve: the domains' routers, merged. The renderer imports only its type. */
export function createAppRouter(services: BerthServices) {
  const on = <K extends keyof EngineServices>(domain: K) => (engine: string): EngineServices[K] => services.scope(engine)[domain];
  const jobs = (domain: string) => ({ domain, runner: services.jobs });
  return t.router({
    engines: serve(enginesApi, services.engines),
    host: serve(hostApi, services.host),
    jobs: serve(jobsApi, services.jobs),
    engine: serveScoped(engineApi, on('engine')),
    containers: serveScoped(containersApi, on('containers')),
    images: serveScoped(imagesApi, on('images'), jobs('images')),
    volumes: serveScoped(volumesApi, on('volumes'), jobs('volumes')),
    files: serveScoped(filesApi, on('files'), jobs('files')),
    compose: serveScoped(composeApi, on('compose'), jobs('compose')),
    networks: serveScoped(networksApi, on('networks')),
    system: serveScoped(systemApi, on('system')),
    registries: serveScoped(registriesApi, on('registries')),
    logs: serveScoped(logsApi, on('logs')),
    terminal: serveScoped(terminalApi, on('terminal')),
    daemon: serveScoped(daemonApi, on('daemon')),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
export { toErrorData, type ApiContext } from './define';
