import {
  initTRPC, type TRPCBuiltRouter, type TRPCError, type TRPCMutationProcedure, type TRPCQueryProcedure, type TRPCSubscriptionProcedure,
} from '@trpc/server';
import { type z, ZodError } from 'zod';
import { BerthError, type ErrorData } from '../errors';

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

type Kind = 'query' | 'mutation' | 'subscription';
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

type InputOf<I> = I extends z.ZodType ? z.output<I> : never;
type WireInputOf<I> = I extends z.ZodType ? z.input<I> : void;

/** What main implements for a domain: one method per call, taking the parsed input if it has one (and a signal for streams). */
export type ServiceOf<D extends Domain> = {
  [K in keyof D]: D[K] extends Call<'subscription', infer I, infer O>
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
type ProcedureOf<C> =
  C extends Call<'query', infer I, infer O> ? TRPCQueryProcedure<Def<WireInputOf<I>, O>>
    : C extends Call<'mutation', infer I, infer O> ? TRPCMutationProcedure<Def<WireInputOf<I>, O>>
      : C extends Call<'subscription', infer I, infer O> ? TRPCSubscriptionProcedure<Def<WireInputOf<I>, AsyncIterable<O, void, unknown>>>
        : never;
type Root = typeof t._config.$types;
export type DomainRouter<D extends Domain> = TRPCBuiltRouter<Root, { [K in keyof D]: ProcedureOf<D[K]> }>;

/** The router of one domain: each call checks its input (and its answer where declared) and runs the service's method. */
export function serve<D extends Domain>(domain: D, service: ServiceOf<D>): DomainRouter<D> {
  const methods = service as Record<string, (...args: unknown[]) => unknown>;
  const procedures = Object.fromEntries(Object.entries(domain).map(([name, call]) => {
    // A call without input takes only the signal (streams) or nothing.
    const run = (input: unknown, signal?: AbortSignal) =>
      methods[name]!.call(service, ...(call.input ? [input, signal] : [signal]));
    // The record is typed as a whole below (DomainRouter); here one builder type serves every call.
    const withInput = (call.input ? procedure.input(call.input) : procedure) as typeof procedure;
    if (call.kind === 'subscription') {
      return [name, withInput.subscription(async function* ({ input, signal }) {
        yield* run(input, signal ?? never) as AsyncIterable<unknown>;
      })];
    }
    const built = (call.answer.schema ? withInput.output(call.answer.schema) : withInput) as typeof procedure;
    return [name, call.kind === 'query' ? built.query(({ input }) => run(input)) : built.mutation(({ input }) => run(input))];
  }));
  return t.router(procedures) as unknown as DomainRouter<D>;
}
