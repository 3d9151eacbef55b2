import { PathRequest, type HostFeatures } from '../host';
import { mutation, query, returns, subscription, type ServiceOf } from './define';

/** What the shell around the page can do: screen reader state, native file dialogs. */
export const hostApi = {
  /** Whether the system reports a screen reader: null where it cannot be known (a browser page). */
  screenReader: subscription(null, returns<boolean | null>()),
  features: query(null, returns<HostFeatures>()),
  /** A native file dialog (only where `features().pickPath`); null when cancelled. */
  pickPath: mutation(PathRequest, returns<string | null>()),
};
export type HostService = ServiceOf<typeof hostApi>;
