/** An engine event in one shape, whichever the engine sent. */
export interface EngineEvent {
  type: string;
  /** The verb without its detail: `health_status: healthy` → `health_status`. */
  action: string;
  id: string;
  attributes: Record<string, string>;
  timeNano: number;
}

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  // Classic fields: removed in Engine 29, still the only ones some old engines fill.
  status?: string;
  id?: string;
  from?: string;
  time?: number;
  timeNano?: number;
}

export function normalizeEngineEvent(input: unknown): EngineEvent | null {
  if (!input || typeof input !== 'object') return null;
  const raw = input as RawEvent;
  const verb = raw.Action ?? raw.status;
  const id = raw.Actor?.ID ?? raw.id;
  if (!verb || !id) return null;
  const attributes = { ...raw.Actor?.Attributes };
  if (raw.from && !attributes.image) attributes.image = raw.from;
  return {
    type: raw.Type ?? 'container',
    action: verb.split(':')[0]!.trim(),
    id,
    attributes,
    timeNano: raw.timeNano ?? (raw.time ?? 0) * 1e9,
  };
}
