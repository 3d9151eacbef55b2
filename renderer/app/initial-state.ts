import { INITIAL_STATE_ELEMENT_ID, type InitialState } from '../../shared/initial-state';

let state: InitialState | null | undefined;

/** The state the web host wrote into the page, parsed once (the desktop page has none: IPC needs no handshake). */
export function initialState(): InitialState | null {
  if (state !== undefined) return state;
  const element = document.getElementById(INITIAL_STATE_ELEMENT_ID);
  element?.remove();
  try {
    state = element?.textContent ? (JSON.parse(element.textContent) as InitialState) : null;
  } catch {
    state = null;
  }
  return state;
}
