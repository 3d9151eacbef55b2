/** An engine event as the dashboard lists it: what happened to which object, and when. */
export interface RecentEvent {
  /** ms since the epoch */
  time: number;
  /** container, image, network, volume… */
  type: string;
  /** The engine's verb without detail: start, die, pull, destroy… */
  action: string;
  id: string;
  /** The object's name where the engine gives one (a container's name, an image's reference). */
  name: string;
}
