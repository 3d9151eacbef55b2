import { initTRPC, type TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import type { ContainerListUpdate,
  StatsSample} from './containers';
import {
  ActionOutcome, BulkActionInput, ContainerDetails, ContainerRef, ProcessList, RenameInput, UpdateRestartInput,
} from './containers';
import {
  ApplyInput, ApplyPlan, Backup, ClientConfig, ClientProxies, DaemonFile, ProbeInput, ProbeResult, type ApplyEvent,
} from './daemon/daemon-api';
import type { EngineStatus } from './engine';
import { LogQuery, MergedLogQuery, type LogBatch, type LogExportQuery } from './logs';
import { OpenTerminalInput, ResizeInput, SessionInfo, SessionRef, WriteInput, type TerminalEvent } from './terminal';
import { BuildInput, type BuildEvent } from './build';
import { BerthError, type ErrorData } from './errors';
import {
  CommitInput, ExportContainerInput, ImportImageInput, LoadImagesInput, SaveImagesInput, type FileJobEvent,
} from './image-files';
import {
  ImageDetails, ImageRef, PruneImagesInput, PruneInput, PrunePreview, PruneResult, PullInput, RemoveImageOutcome, RemoveImagesInput, TagInput, type ImageSummary,
  type TransferEvent,
} from './images';
import { LoginInfo, LoginInput, RegistryListing, SearchInput, SearchResult, ServerInput, TagsInput } from './registries';
import { RunForm } from './run-form';
import { ContainerKey } from './refs';
import { type HostFeatures, PathRequest } from './host';

/**
 * The one API both shells serve. Main supplies `BerthServices`; the renderer imports only `AppRouter` (a type),
 * so adding a call is one line here plus its implementation.
 */
export interface BerthServices {
  engine: {
    watchStatus(signal: AbortSignal): AsyncIterable<EngineStatus>;
    retryNow(): Promise<void>;
  };
  containers: {
    watch(signal: AbortSignal): AsyncIterable<ContainerListUpdate>;
    act(input: BulkActionInput): Promise<ActionOutcome[]>;
    run(form: RunForm): Promise<{ id: string; started: boolean }>;
    inspect(id: string): Promise<ContainerDetails>;
    top(id: string): Promise<ProcessList>;
    rename(id: string, name: string): Promise<void>;
    updateRestartPolicy(input: z.infer<typeof UpdateRestartInput>): Promise<void>;
    stats(id: string, signal: AbortSignal): AsyncIterable<StatsSample>;
  };
  images: {
    list(): Promise<ImageSummary[]>;
    watch(signal: AbortSignal): AsyncIterable<ImageSummary[]>;
    inspect(id: string): Promise<ImageDetails>;
    pull(reference: string, signal: AbortSignal): AsyncIterable<TransferEvent>;
    remove(ids: string[], force: boolean): Promise<RemoveImageOutcome[]>;
    tag(source: string, target: string): Promise<void>;
    push(reference: string, signal: AbortSignal): AsyncIterable<TransferEvent>;
    prunePreview(all: boolean): Promise<PrunePreview>;
    prune(ids: string[]): Promise<PruneResult>;
    build(input: BuildInput, signal: AbortSignal): AsyncIterable<BuildEvent>;
    save(input: z.infer<typeof SaveImagesInput>, signal: AbortSignal): AsyncIterable<FileJobEvent>;
    load(input: z.infer<typeof LoadImagesInput>, signal: AbortSignal): AsyncIterable<FileJobEvent>;
    import(input: z.infer<typeof ImportImageInput>, signal: AbortSignal): AsyncIterable<FileJobEvent>;
    exportContainer(input: z.infer<typeof ExportContainerInput>, signal: AbortSignal): AsyncIterable<FileJobEvent>;
    commit(input: CommitInput): Promise<{ id: string }>;
  };
  registries: {
    logins(): Promise<LoginInfo[]>;
    login(input: LoginInput): Promise<LoginInfo>;
    logout(server: string): Promise<void>;
    catalog(server: string): Promise<RegistryListing>;
    tags(server: string, repository: string): Promise<RegistryListing>;
    search(input: SearchInput): Promise<SearchResult[]>;
  };
  logs: {
    follow(query: LogQuery, signal: AbortSignal): AsyncIterable<LogBatch>;
    followMerged(query: MergedLogQuery, signal: AbortSignal): AsyncIterable<LogBatch>;
    /** Served as a download by the shells, not as a call: the bytes never pass through the page. */
    export(query: LogExportQuery): Promise<{ name: string; body: AsyncIterable<Uint8Array> }>;
  };
  terminal: {
    open(input: OpenTerminalInput): Promise<SessionInfo>;
    list(containerId?: string): SessionInfo[];
    output(sessionId: string, signal: AbortSignal): AsyncIterable<TerminalEvent>;
    write(sessionId: string, data: string, binary: boolean): void;
    resize(sessionId: string, cols: number, rows: number): Promise<void>;
    close(sessionId: string): void;
  };
  daemon: {
    file(): Promise<DaemonFile>;
    plan(input: ApplyInput): Promise<ApplyPlan>;
    apply(input: ApplyInput, signal: AbortSignal): Promise<AsyncIterable<ApplyEvent>>;
    backups(): Promise<Backup[]>;
    probe(input: z.infer<typeof ProbeInput>): Promise<ProbeResult>;
    clientProxies(): Promise<ClientConfig>;
    setClientProxies(proxies: ClientProxies): Promise<ClientConfig>;
  };
  host: {
    /** Whether the system reports a screen reader: null where it cannot be known (a browser page). */
    screenReader(signal: AbortSignal): AsyncIterable<boolean | null>;
    features(): HostFeatures;
    /** A native file dialog (only where `features().pickPath`); null when cancelled. */
    pickPath(request: PathRequest): Promise<string | null>;
  };
}

/** Turns any failure into the stable shape the renderer translates. */
export function toErrorData(error: TRPCError): ErrorData {
  const cause = error.cause;
  if (cause instanceof BerthError) return cause.data;
  if (cause instanceof ZodError) {
    const fields: ErrorData['fields'] = {};
    // A schema's own message is an i18n key where it names one (shared/refs.ts); zod's built-in words are not.
    for (const issue of cause.issues) fields[String(issue.path[0] ?? 'form')] = { key: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid' };
    return { code: 'INVALID_INPUT', fields };
  }
  return { code: 'ENGINE_ERROR', detail: error.message };
}

/** What a shell gives each call: the caller's connection (a socket or a window) counts its open subscriptions. */
export interface ApiContext {
  /** Takes one of the connection's subscriptions (a BerthError past its cap); the returned function gives it back, once. */
  openSubscription?(): () => void;
}

const t = initTRPC.context<ApiContext>().create({
  isServer: true,
  errorFormatter: ({ shape, error }) => ({ ...shape, data: { code: shape.data.code, berth: toErrorData(error) } }),
});

const never = new AbortController().signal;

/** Gives a subscription's place back once, however it ends (the iterator finishes, or the client goes). */
async function* releasing<T>(source: AsyncIterable<T>, release: () => void): AsyncGenerator<T> {
  try {
    yield* source;
  } finally {
    release();
  }
}

/**
 * Every subscription holds one of its connection's places until it ends, so no client can open them without bound
 * (2,000 list watches on one socket took main from 144 MB to 2.35 GB).
 */
const procedure = t.procedure.use(async ({ ctx, type, signal, next }) => {
  if (type !== 'subscription' || !ctx.openSubscription) return next();
  const release = ctx.openSubscription();
  signal?.addEventListener('abort', release, { once: true });
  const result = await next();
  if (!result.ok) {
    release();
    return result;
  }
  return { ...result, data: releasing(result.data as AsyncIterable<unknown>, release) };
});

export function createAppRouter(services: BerthServices) {
  const { engine, containers, images, registries, logs, terminal, daemon, host } = services;
  return t.router({
    engine: t.router({
      status: procedure.subscription(({ signal }) => engine.watchStatus(signal ?? never)),
      retryNow: procedure.mutation(() => engine.retryNow()),
    }),
    containers: t.router({
      watch: procedure.subscription(({ signal }) => containers.watch(signal ?? never)),
      act: procedure.input(BulkActionInput).output(z.array(ActionOutcome)).mutation(({ input }) => containers.act(input)),
      run: procedure.input(RunForm).mutation(({ input }) => containers.run(input)),
      inspect: procedure.input(ContainerRef).output(ContainerDetails).query(({ input }) => containers.inspect(input.id)),
      top: procedure.input(ContainerRef).output(ProcessList).query(({ input }) => containers.top(input.id)),
      rename: procedure.input(RenameInput).mutation(({ input }) => containers.rename(input.id, input.name)),
      updateRestartPolicy: procedure.input(UpdateRestartInput).mutation(({ input }) => containers.updateRestartPolicy(input)),
      stats: procedure
        .input(ContainerRef)
        .subscription(({ input, signal }) => containers.stats(input.id, signal ?? never)),
    }),
    images: t.router({
      list: procedure.query(() => images.list()),
      watch: procedure.subscription(({ signal }) => images.watch(signal ?? never)),
      inspect: procedure.input(ImageRef).output(ImageDetails).query(({ input }) => images.inspect(input.id)),
      pull: procedure.input(PullInput).subscription(({ input, signal }) => images.pull(input.reference, signal ?? never)),
      remove: procedure.input(RemoveImagesInput).output(z.array(RemoveImageOutcome)).mutation(({ input }) => images.remove(input.ids, input.force)),
      tag: procedure.input(TagInput).mutation(({ input }) => images.tag(input.source, input.target)),
      push: procedure.input(PullInput).subscription(({ input, signal }) => images.push(input.reference, signal ?? never)),
      prunePreview: procedure.input(PruneInput).output(PrunePreview).query(({ input }) => images.prunePreview(input.all)),
      build: procedure.input(BuildInput).subscription(({ input, signal }) => images.build(input, signal ?? never)),
      save: procedure.input(SaveImagesInput).subscription(({ input, signal }) => images.save(input, signal ?? never)),
      load: procedure.input(LoadImagesInput).subscription(({ input, signal }) => images.load(input, signal ?? never)),
      import: procedure.input(ImportImageInput).subscription(({ input, signal }) => images.import(input, signal ?? never)),
      exportContainer: procedure.input(ExportContainerInput).subscription(({ input, signal }) => images.exportContainer(input, signal ?? never)),
      commit: procedure.input(CommitInput).output(z.object({ id: z.string() })).mutation(({ input }) => images.commit(input)),
      prune: procedure.input(PruneImagesInput).output(PruneResult).mutation(({ input }) => images.prune(input.ids)),
    }),
    registries: t.router({
      logins: procedure.output(z.array(LoginInfo)).query(() => registries.logins()),
      login: procedure.input(LoginInput).output(LoginInfo).mutation(({ input }) => registries.login(input)),
      logout: procedure.input(ServerInput).mutation(({ input }) => registries.logout(input.server)),
      catalog: procedure.input(ServerInput).output(RegistryListing).query(({ input }) => registries.catalog(input.server)),
      tags: procedure.input(TagsInput).output(RegistryListing).query(({ input }) => registries.tags(input.server, input.repository)),
      search: procedure.input(SearchInput).output(z.array(SearchResult)).query(({ input }) => registries.search(input)),
    }),
    logs: t.router({
      follow: procedure.input(LogQuery).subscription(({ input, signal }) => logs.follow(input, signal ?? never)),
      followMerged: procedure.input(MergedLogQuery).subscription(({ input, signal }) => logs.followMerged(input, signal ?? never)),
    }),
    terminal: t.router({
      open: procedure.input(OpenTerminalInput).output(SessionInfo).mutation(({ input }) => terminal.open(input)),
      list: procedure.input(z.object({ containerId: ContainerKey.optional() })).output(z.array(SessionInfo))
        .query(({ input }) => terminal.list(input.containerId)),
      output: procedure.input(SessionRef).subscription(({ input, signal }) => terminal.output(input.sessionId, signal ?? never)),
      write: procedure.input(WriteInput).mutation(({ input }) => terminal.write(input.sessionId, input.data, input.binary)),
      resize: procedure.input(ResizeInput).mutation(({ input }) => terminal.resize(input.sessionId, input.cols, input.rows)),
      close: procedure.input(SessionRef).mutation(({ input }) => terminal.close(input.sessionId)),
    }),
    daemon: t.router({
      file: procedure.output(DaemonFile).query(() => daemon.file()),
      plan: procedure.input(ApplyInput).output(ApplyPlan).mutation(({ input }) => daemon.plan(input)),
      // 'apply' is reserved by tRPC (Function.prototype.apply).
      run: procedure.input(ApplyInput).subscription(async function* ({ input, signal }) {
        yield* await daemon.apply(input, signal ?? never);
      }),
      backups: procedure.output(z.array(Backup)).query(() => daemon.backups()),
      probe: procedure.input(ProbeInput).output(ProbeResult).mutation(({ input }) => daemon.probe(input)),
      clientProxies: procedure.output(ClientConfig).query(() => daemon.clientProxies()),
      setClientProxies: procedure.input(ClientProxies).output(ClientConfig).mutation(({ input }) => daemon.setClientProxies(input)),
    }),
    host: t.router({
      screenReader: procedure.subscription(({ signal }) => host.screenReader(signal ?? never)),
      features: procedure.query(() => host.features()),
      pickPath: procedure.input(PathRequest).mutation(({ input }) => host.pickPath(input)),
    }),
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;
