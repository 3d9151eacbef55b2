import { performance } from 'node:perf_hooks';
import type Docker from 'dockerode';
import type { EngineProbe } from '../../../shared/engine';
import { BerthError } from '../../../shared/errors';
import { closeDockerClient, createDockerClient } from '../engine/create-docker-client';
import type { EngineEndpoint } from '../engine/engine-endpoint';
import { toBerthError } from '../engine/engine-errors';
import { versionFacts } from '../engine/engine-monitor';

interface Options { abortSignal: AbortSignal }

/** How long "Test connection" waits for an answer (a host that drops packets would otherwise keep it for minutes). */
const PROBE_TIMEOUT_MS = 15_000;

/**
 * Connects once, as the engine's own connection would, and says what answered: the first ping opens the connection
 * (TLS or SSH handshake included), the second measures the round trip a call costs from then on.
 */
export async function probeEngine(endpoint: EngineEndpoint, timeoutMs = PROBE_TIMEOUT_MS): Promise<EngineProbe> {
  const docker = createDockerClient(endpoint);
  // dockerode takes an abort signal on these calls; its types do not say so.
  const calls = docker as unknown as { ping(o: Options): Promise<unknown>; version(o: Options): Promise<Docker.DockerVersion> };
  const abortSignal = AbortSignal.timeout(timeoutMs);
  try {
    await calls.ping({ abortSignal });
    const started = performance.now();
    await calls.ping({ abortSignal });
    const latencyMs = Math.round((performance.now() - started) * 10) / 10;
    return { ...versionFacts(await calls.version({ abortSignal })), latencyMs };
  } catch (err) {
    if (abortSignal.aborted) throw new BerthError({ code: 'ENGINE_UNAVAILABLE', message: { key: 'errors.engine.testTimeout', params: { seconds: timeoutMs / 1000 } } });
    throw toBerthError(err);
  } finally {
    closeDockerClient(docker);
  }
}
