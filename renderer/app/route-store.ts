import { create } from 'zustand';
// The id rule without the schemas: routes load with the first chunk, and zod stays out of it.
import { DEFAULT_ENGINE, ENGINE_ID } from '../../shared/engine-id';

export type Route =
  | { screen: 'home' } | { screen: 'containers' } | { screen: 'container'; id: string; tab?: string } | { screen: 'images' } | { screen: 'image'; id: string } | { screen: 'volumes' } | { screen: 'volume'; id: string } | { screen: 'networks' } | { screen: 'disk' } | { screen: 'events' } | { screen: 'registries' } | { screen: 'settings' }
  /** A log in a window of its own (a browser tab in the web host). */
  | { screen: 'logs'; id: string }
  /** A shell session in a window of its own. */
  | { screen: 'terminal'; id: string }
  /** The merged logs of a compose project (id: the project name). */
  | { screen: 'projectLogs'; id: string }
  /** The engines Berth knows, to add, rename and remove (app-wide; the route's engine is where "back" goes). */
  | { screen: 'engines' }
  /** The containers of every engine in one table. */
  | { screen: 'all' }
  /** The engine's `docker info` and `docker version`. */
  | { screen: 'info' }
  /** Compose projects; one project (id: its name), on a tab (services, file). */
  | { screen: 'compose' } | { screen: 'project'; id: string; tab?: string };
export { SCREENS } from '../../shared/screens';

/** Where the page is: a screen, on an engine (every route names its engine; a link without one means the default). */
export interface Place { route: Route; engine: string }

/** Routes live in the hash (`#/e/<engine>/containers/<id>`), so the token in the query string stays and a reload keeps the place. */
export function parsePlace(hash: string): Place {
  let parts = hash.replace(/^#\/?/, '').split('/');
  let engine = DEFAULT_ENGINE;
  if (parts[0] === 'e' && parts[1] && ENGINE_ID.test(parts[1])) {
    engine = parts[1];
    parts = parts.slice(2);
  }
  return { route: parseRoute(parts), engine };
}

function parseRoute([screen, id, tab]: string[]): Route {
  if (screen === 'containers' && id) return { screen: 'container', id: decodeURIComponent(id), ...(tab ? { tab } : {}) };
  if (screen === 'images' && id) return { screen: 'image', id: decodeURIComponent(id) };
  if (screen === 'volumes' && id) return { screen: 'volume', id: decodeURIComponent(id) };
  if (screen === 'compose' && id) return { screen: 'project', id: decodeURIComponent(id), ...(tab ? { tab } : {}) };
  if ((screen === 'logs' || screen === 'terminal') && id) return { screen, id: decodeURIComponent(id) };
  if (screen === 'project-logs' && id) return { screen: 'projectLogs', id: decodeURIComponent(id) };
  if (screen === 'home' || screen === 'images' || screen === 'volumes' || screen === 'networks' || screen === 'compose' || screen === 'disk' || screen === 'events' || screen === 'registries' || screen === 'settings' || screen === 'engines' || screen === 'all' || screen === 'info') return { screen };
  return { screen: 'containers' };
}

const screenPath = (route: Route): string =>
  route.screen === 'container' ? `containers/${encodeURIComponent(route.id)}${route.tab ? `/${route.tab}` : ''}`
    : route.screen === 'image' ? `images/${encodeURIComponent(route.id)}`
    : route.screen === 'volume' ? `volumes/${encodeURIComponent(route.id)}`
    : route.screen === 'project' ? `compose/${encodeURIComponent(route.id)}${route.tab ? `/${route.tab}` : ''}`
    : route.screen === 'logs' || route.screen === 'terminal' ? `${route.screen}/${encodeURIComponent(route.id)}`
      : route.screen === 'projectLogs' ? `project-logs/${encodeURIComponent(route.id)}` : route.screen;

export const useRoute = create<Place>(() => parsePlace(window.location.hash));
window.addEventListener('hashchange', () => useRoute.setState(parsePlace(window.location.hash)));

/** The engine the page shows, at the time of the call (for event handlers); components use `useEngineId`. */
export const currentEngine = (): string => useRoute.getState().engine;
export const useEngineId = (): string => useRoute((s) => s.engine);

/** A link to a screen, on the engine the page shows unless another is named. */
export const routeHref = (route: Route, engine = currentEngine()): string => `#/e/${engine}/${screenPath(route)}`;

export const navigate = (route: Route, engine?: string): void => {
  window.location.hash = routeHref(route, engine);
};
