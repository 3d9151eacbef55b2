import { z } from 'zod';
import { ContainerKey } from '../refs';
import { OpenTerminalInput, ResizeInput, SessionInfo, SessionRef, WriteInput, type TerminalEvent } from '../terminal';
import { checked, mutation, query, returns, subscription, type ServiceOf } from './define';

/** Shells: sessions live in main, so a route switch or a pop-out window re-attaches to the same process. */
export const terminalApi = {
  open: mutation(OpenTerminalInput, checked(SessionInfo)),
  list: query(z.object({ containerId: ContainerKey.optional() }), checked(z.array(SessionInfo))),
  output: subscription(SessionRef, returns<TerminalEvent>()),
  write: mutation(WriteInput, returns<void>()),
  resize: mutation(ResizeInput, returns<void>()),
  close: mutation(SessionRef, returns<void>()),
};
export type TerminalService = ServiceOf<typeof terminalApi>;
