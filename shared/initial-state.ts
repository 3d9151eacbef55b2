import type { ContainerSummary } from './containers';

/**
 * What the web host writes into the page it serves (to a request with the right token): the container list main
 * already holds, so the first paint does not wait for the WebSocket. A JSON script element, never executed.
 */
export interface InitialState { containers: ContainerSummary[] }
export const INITIAL_STATE_ELEMENT_ID = 'berth-initial-state';
