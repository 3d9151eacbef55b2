import type { SearchInput, SearchResult } from '../../../shared/registries';
import type { EngineMonitor } from '../engine/engine-monitor';
import { toBerthError } from '../engine/engine-errors';

interface EngineHit { name: string; description?: string; star_count?: number; is_official?: boolean; is_automated?: boolean }

/** `docker search --filter is-official --filter is-automated --filter stars=N --limit N term`, filtered by the engine. */
export async function searchImages(engine: EngineMonitor, input: SearchInput): Promise<SearchResult[]> {
  const filters: Record<string, string[]> = {};
  if (input.officialOnly) filters['is-official'] = ['true'];
  if (input.automatedOnly) filters['is-automated'] = ['true'];
  if (input.minStars > 0) filters.stars = [String(input.minStars)];
  try {
    const hits = (await engine.requireClient().searchImages({ term: input.term, limit: input.limit, filters })) as EngineHit[];
    return hits.map((h) => ({ name: h.name, description: h.description ?? '', stars: h.star_count ?? 0, official: !!h.is_official, automated: !!h.is_automated }));
  } catch (err) {
    throw toBerthError(err, { term: { key: 'validation.search.failed' } });
  }
}
