import { create } from 'zustand';

export type Route =
  | { screen: 'containers' } | { screen: 'container'; id: string } | { screen: 'images' } | { screen: 'image'; id: string } | { screen: 'registries' } | { screen: 'settings' }
  /** A log in a window of its own (a browser tab in the web host). */
  | { screen: 'logs'; id: string }
  /** A shell session in a window of its own. */
  | { screen: 'terminal'; id: string }
  /** The merged logs of a compose project (id: the project name). */
  | { screen: 'projectLogs'; id: string };
export const SCREENS = ['containers', 'images', 'registries', 'settings'] as const;

/** Routes live in the hash, so the token in the query string stays and a page reload keeps the place. */
export function parseRoute(hash: string): Route {
  const [screen, id] = hash.replace(/^#\/?/, '').split('/');
  if (screen === 'containers' && id) return { screen: 'container', id: decodeURIComponent(id) };
  if (screen === 'images' && id) return { screen: 'image', id: decodeURIComponent(id) };
  if ((screen === 'logs' || screen === 'terminal') && id) return { screen, id: decodeURIComponent(id) };
  if (screen === 'project-logs' && id) return { screen: 'projectLogs', id: decodeURIComponent(id) };
  if (screen === 'images' || screen === 'registries' || screen === 'settings') return { screen };
  return { screen: 'containers' };
}

export const routeHref = (route: Route): string =>
  route.screen === 'container' ? `#/containers/${encodeURIComponent(route.id)}`
    : route.screen === 'image' ? `#/images/${encodeURIComponent(route.id)}`
    : route.screen === 'logs' || route.screen === 'terminal' ? `#/${route.screen}/${encodeURIComponent(route.id)}`
      : route.screen === 'projectLogs' ? `#/project-logs/${encodeURIComponent(route.id)}` : `#/${route.screen}`;

export const useRoute = create<{ route: Route }>(() => ({ route: parseRoute(window.location.hash) }));
window.addEventListener('hashchange', () => useRoute.setState({ route: parseRoute(window.location.hash) }));

export const navigate = (route: Route): void => {
  window.location.hash = routeHref(route);
};
