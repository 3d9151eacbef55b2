import {
  initTRPC, type TRPCBuiltRouter, type TRPCError, type TRPCMutationProcedure, type TRPCQueryProcedure, type TRPCSubscriptionProcedure,
} from '@trpc/server';
import { z, ZodError } from 'zod';
import { EngineId } from '../engine';
import { BerthError, type ErrorData } from '../errors';
import type { JobStarted } from '../jobs';

/**
 * Each call of the API is declared once, in its domain's file: its kind, the schema of its input, and what it answers.
 * The domain's service type (what main implements) and its router (what both shells serve) are both derived from that
 * declaration, so the two cannot drift apart.
 */

/** What a call answers: a schema main's answer is checked against, or only its type (streams, and trusted shapes). */
export interface Answer<O> {
  readonly schema: z.ZodType<O> | null;
  readonly type?: O;
}
export const checked = <O>(schema: z.ZodType<O>): Answer<O> => ({ schema });
export const returns = <O>(): Answer<O> => ({ schema: null });

type Kind = 'query' | 'mutation' | 'subscription' | 'job';
export interface Call<K extends Kind, I extends z.ZodType | null, O> {
  readonly kind: K;
  readonly input: I;
  readonly answer: Answer<O>;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any call, whatever its input and answer
type AnyCall = Call<Kind, any, any>;
export type Domain = Record<string, AnyCall>;

export const query = <I extends z.ZodType | null, O>(input: I, answer: Answer<O>): Call<'query', I, O> => ({ kind: 'query', input, answer });
export const mutation = <I extends z.ZodType | null, O>(input: I, answer: Answer<O>): Call<'mutation', I, O> => ({ kind: 'mutation', input, answer });
/** A stream: `answer` is the type of each item; main gets the caller's abort signal. */
export const subscription = <I extends z.ZodType | null, O>(input: I, answer: Answer<O>): Call<'subscription', I, O> =>
  ({ kind: 'subscription', input, answer });

/**
 * A job: a stream that main runs to its end whoever listens (pull, build, a file transfer, a compose run). Its stream
 * first says the job's id (JobStarted), then its events; leaving the stream leaves the job running (`jobs.cancel`
 * stops it, `jobs.follow` finds it again). The service implements it as a stream.
 */
export const job = <I extends z.ZodType, O>(input: I, answer: Answer<O>): Call<'job', I, O> => ({ kind: 'job', input, answer });

/** What runs jobs in main (services/jobs): keeps them beyond their callers. */
export interface JobRunner {
  start(kind: string, engine: string | null, input: unknown, run: (signal: AbortSignal) => AsyncIterable<unknown>): string;
  follow(ref: { id: string }, signal: AbortSignal): AsyncIterable<unknown>;
}

type InputOf<I> = I extends z.ZodType ? z.output<I> : never;
type WireInputOf<I> = I extends z.ZodType ? z.input<I> : void;

/** What main implements for a domain: one method per call, taking the parsed input if it has one (and a signal for streams). */
export type ServiceOf<D extends Domain> = {
  [K in keyof D]: D[K] extends Call<'subscription' | 'job', infer I, infer O>
    ? I extends null ? (signal: AbortSignal) => AsyncIterable<O> : (input: InputOf<I>, signal: AbortSignal) => AsyncIterable<O>
    : D[K] extends Call<Kind, infer I, infer O> ? I extends null ? () => O | Promise<O> : (input: InputOf<I>) => O | Promise<O> : never;
};

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

export const t = initTRPC.context<ApiContext>().create({
  isServer: true,
  errorFormatter: ({ shape, error }) => ({ ...shape, data: { code: shape.data.code, berth: toErrorData(error) } }),
});

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

const never = new AbortController().signal;

type Def<I, O> = { input: I; output: O; meta: object };
/** The wire input of a call: `Scope` is what scoping adds (the engine), merged with the call's own input. */
type ProcedureOf<C, Scope = unknown> =
  C extends Call<'query', infer I, infer O> ? TRPCQueryProcedure<Def<Wire<I, Scope>, O>>
    : C extends Call<'mutation', infer I, infer O> ? TRPCMutationProcedure<Def<Wire<I, Scope>, O>>
      : C extends Call<'subscription', infer I, infer O> ? TRPCSubscriptionProcedure<Def<Wire<I, Scope>, AsyncIterable<O, void, unknown>>>
        : C extends Call<'job', infer I, infer O> ? TRPCSubscriptionProcedure<Def<Wire<I, Scope>, AsyncIterable<O | JobStarted, void, unknown>>>
          : never;
type Wire<I, Scope> = unknown extends Scope ? WireInputOf<I> : I extends z.ZodType ? Scope & z.input<I> : Scope;
type Root = typeof t._config.$types;
export type DomainRouter<D extends Domain, Scope = unknown> = TRPCBuiltRouter<Root, { [K in keyof D]: ProcedureOf<D[K], Scope> }>;

/**
 * Builds a domain's procedures: each checks its input (`scope` first, when the domain is scoped) and its answer where
 * declared, then `resolve` gives the service to run and the call's own input.
 */
function build(domain: Domain, scope: z.ZodObject | null, resolve: (input: unknown) => { service: object; input: unknown; engine: string | null }, jobs?: JobsOf) {
  const procedures = Object.fromEntries(Object.entries(domain).map(([name, call]) => {
    const run = (raw: unknown, signal?: AbortSignal) => {
      const { service, input } = resolve(raw);
      const method = (service as Record<string, (...args: unknown[]) => unknown>)[name]!;
      // A call without input takes only the signal (streams) or nothing.
      return method.call(service, ...(call.input ? [input, signal] : [signal]));
    };
    // One builder type serves every call here; the record is typed as a whole by the callers (DomainRouter).
    let builder = procedure as unknown as typeof procedure;
    if (scope) builder = builder.input(scope) as unknown as typeof procedure;
    if (call.input) builder = builder.input(call.input) as unknown as typeof procedure;
    if (call.kind === 'subscription') {
      return [name, builder.subscription(async function* ({ input, signal }) {
        yield* run(input, signal ?? never) as AsyncIterable<unknown>;
      })];
    }
    if (call.kind === 'job') {
      if (!jobs) throw new Error(`the router of a domain with jobs (${name}) needs a JobRunner`);
      return [name, builder.subscription(async function* ({ input, signal }) {
        const { engine, input: own } = resolve(input); // the engine is known (or refused) before the job exists
        const id = jobs.runner.start(`${jobs.domain}.${name}`, engine, own, (stop) => run(input, stop) as AsyncIterable<unknown>);
        yield { type: 'job', id } satisfies JobStarted;
        yield* jobs.runner.follow({ id }, signal ?? never);
      })];
    }
    if (call.answer.schema) builder = builder.output(call.answer.schema) as typeof procedure;
    return [name, call.kind === 'query' ? builder.query(({ input }) => run(input)) : builder.mutation(({ input }) => run(input))];
  }));
  return t.router(procedures);
}

/** Where a domain's jobs run, and its name (a job's kind is `domain.call`). */
interface JobsOf { domain: string; runner: JobRunner }

/** The router of an app-wide domain: one service. */
export function serve<D extends Domain>(domain: D, service: ServiceOf<D>): DomainRouter<D> {
  return build(domain, null, (input) => ({ service, input, engine: null })) as unknown as DomainRouter<D>;
}

const EngineScope = z.object({ engine: EngineId });

/**
 * The router of an engine-bound domain: every call takes the engine's id, and runs on that engine's service
 * (`scope` makes it on first use, or refuses an engine Berth does not know).
 */
export function serveScoped<D extends Domain>(domain: D, scope: (engine: string) => ServiceOf<D>, jobs?: JobsOf): DomainRouter<D, { engine: string }> {
  return build(domain, EngineScope, (raw) => {
    const { engine, ...input } = raw as { engine: string };
    return { service: scope(engine), input, engine };
  }, jobs) as unknown as DomainRouter<D, { engine: string }>;
}
