import type { ContainerSummary } from './containers';
import type { EngineEntry } from './engine';
import type { ImageSummary } from './images';
import type { NetworkSummary } from './networks';
import type { VolumeSummary } from './volumes';

/**
 * What the web host writes into the page it serves (to a request with the right token): the container list main
 * already holds (containers, and the images, volumes and networks once listed, and the engines it knows), so the first paint does not wait for the WebSocket.
 * A JSON script element, never executed.
 */
export interface InitialState {
  /** The engine these lists are of (the default one). */
  engine: string;
  containers: ContainerSummary[];
  /** Null until main has listed them since the engine connected. */
  images: ImageSummary[] | null;
  volumes: VolumeSummary[] | null;
  networks: NetworkSummary[] | null;
  /** Every engine Berth knows (the switcher, the All engines view). */
  engines: EngineEntry[];
}
export const INITIAL_STATE_ELEMENT_ID = 'berth-initial-state';
