import { z } from 'zod';
import { ContainerKey } from './refs';

const Size = { cols: z.number().int().min(2).max(1000), rows: z.number().int().min(1).max(500) };

export const OpenTerminalInput = z.object({
  containerId: ContainerKey,
  /** exec: a new shell process; attach: the container's own (TTY) main process. */
  kind: z.enum(['exec', 'attach']).default('exec'),
  /** Empty: the quiet fallback bash → ash → sh. */
  command: z.array(z.string().max(4096)).max(64).default([]),
  user: z.string().max(256).default(''),
  workdir: z.string().max(4096).default(''),
  ...Size,
});
export type OpenTerminalInput = z.infer<typeof OpenTerminalInput>;

export const SessionRef = z.object({ sessionId: z.string().regex(/^[\w-]{1,64}$/) });
export const ResizeInput = SessionRef.extend(Size);
/** `data`: text typed or pasted (UTF-8 on the wire); `binary`: bytes as a latin1 string, as xterm reports them. */
export const WriteInput = SessionRef.extend({ data: z.string().max(1_000_000), binary: z.boolean().default(false) });

export const SessionInfo = z.object({
  sessionId: z.string(),
  containerId: z.string(),
  kind: z.enum(['exec', 'attach']),
  title: z.string(),
  state: z.enum(['running', 'exited']),
  exitCode: z.number().nullable(),
  createdAt: z.number(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** Output bytes travel base64-encoded: binary-safe, and UTF-8 split across chunks is joined by the terminal. */
export const TerminalEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('output'), data: z.string(), replay: z.boolean() }),
  z.object({ type: z.literal('exit'), exitCode: z.number().nullable() }),
]);
export type TerminalEvent = z.infer<typeof TerminalEvent>;
