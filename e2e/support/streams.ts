/** Everything a stream (a job's events, a subscription) gives until it ends. */
export async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of source) all.push(item);
  return all;
}

/** A job's last event: how it ended. */
export const lastOf = async <T>(source: AsyncIterable<T>): Promise<T | undefined> => (await collect(source)).at(-1);
