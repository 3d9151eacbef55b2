/**
 * Compose's progress, read from what each version writes: v1's text lines, v2's plain lines (`--progress plain`:
 * " Container shop-web-1  Started"), or v2's JSON lines (`--progress json`, 2.29+: {"id","status","text",…}). Each
 * becomes one step of one resource (a container, network, volume or image), so the view can draw a bar per service.
 */

export type StepState = 'working' | 'done' | 'error';
export interface ComposeStep { id: string; text: string; state: StepState }

export type OutputMode = 'v1' | 'plain' | 'json';

const V1_ACTION = /^(Creating|Starting|Stopping|Removing|Recreating|Restarting|Pulling|Building|Killing|Pausing|Unpausing) (\S+?)\s+\.\.\. ?(done|error)?\s*$/;
const V1_RESOURCE = /^(Creating|Removing) (network|volume) "?([^"\s]+)"?/;
const V1_UP_TO_DATE = /^(\S+) is up-to-date$/;
const V2_PLAIN = /^\s*(Container|Network|Volume|Image|Service) (\S+)\s+(.+?)\s*$/;
/** The words v2 ends a resource's step with. */
const V2_DONE = /^(Created|Started|Running|Stopped|Removed|Healthy|Exited|Pulled|Built|Recreated|Restarted|Killed|Skipped|Waiting)$/;

function v1(line: string): ComposeStep | null {
  const action = V1_ACTION.exec(line);
  if (action) return { id: action[2]!, text: action[3] ? `${action[1]} ${action[3]}` : action[1]!, state: action[3] === 'error' ? 'error' : action[3] ? 'done' : 'working' };
  const resource = V1_RESOURCE.exec(line);
  if (resource) return { id: `${resource[2]} ${resource[3]}`, text: resource[1]!, state: 'done' };
  const upToDate = V1_UP_TO_DATE.exec(line);
  if (upToDate) return { id: upToDate[1]!, text: 'Up to date', state: 'done' };
  if (line.startsWith('ERROR: ')) return { id: '', text: line.slice('ERROR: '.length), state: 'error' };
  return null;
}

function plain(line: string): ComposeStep | null {
  const m = V2_PLAIN.exec(line);
  if (!m) return /^(Error|error)/.test(line.trim()) ? { id: '', text: line.trim(), state: 'error' } : null;
  const text = m[3]!;
  return { id: `${m[1]} ${m[2]}`, text, state: /^Error/.test(text) ? 'error' : V2_DONE.test(text) ? 'done' : 'working' };
}

function json(line: string): ComposeStep | null {
  let event: { id?: string; status?: string; text?: string; details?: string; error?: boolean; message?: string };
  try {
    event = JSON.parse(line) as typeof event;
  } catch {
    return null;
  }
  if (event.error || event.status === 'Error') return { id: event.id ?? '', text: [event.text, event.details, event.message].filter(Boolean).join(': '), state: 'error' };
  if (!event.id) return null;
  return { id: event.id, text: [event.text, event.details].filter(Boolean).join(' '), state: event.status === 'Done' ? 'done' : 'working' };
}

export function parseComposeLine(line: string, mode: OutputMode): ComposeStep | null {
  return mode === 'v1' ? v1(line) : mode === 'plain' ? plain(line) : json(line);
}
