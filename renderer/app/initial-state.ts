import { INITIAL_STATE_ELEMENT_ID, type InitialState } from '../../shared/initial-state';

/** The state the web host wrote into the page, read once (the desktop page has none: IPC needs no handshake). */
export function takeInitialState(): InitialState | null {
  const element = document.getElementById(INITIAL_STATE_ELEMENT_ID);
  if (!element?.textContent) return null;
  element.remove();
  try {
    return JSON.parse(element.textContent) as InitialState;
  } catch {
    return null;
  }
}
