import type Docker from 'dockerode';
import { PassThrough } from 'node:stream';
import { BerthError } from '../../../shared/errors';
import { engineCall } from '../engine/engine-errors';

/** The shell's codes for "cannot execute" and "not found": the container has no such tool. */
const NO_TOOL = new Set([126, 127]);

async function collect(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Runs a command (`rm`, `mv`) in a running container and waits for it; a failure carries what it printed. */
export async function execInContainer(docker: Docker, id: string, cmd: string[]): Promise<void> {
  const exec = await engineCall(() => docker.getContainer(id).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true, User: '0' }));
  const stream = await engineCall(() => exec.start({ hijack: true, stdin: false }));
  const output = new PassThrough();
  docker.modem.demuxStream(stream, output, output);
  stream.on('end', () => output.end());
  const printed = await collect(output);
  const { ExitCode } = await engineCall(() => exec.inspect());
  if (ExitCode === 0) return;
  if (ExitCode !== null && NO_TOOL.has(ExitCode)) throw new BerthError({ code: 'NOT_FOUND', message: { key: 'errors.files.noTool', params: { tool: cmd[0] ?? '' } } });
  throw new BerthError({ code: 'ENGINE_ERROR', message: { key: 'errors.files.commandFailed' }, detail: printed.trim() });
}
