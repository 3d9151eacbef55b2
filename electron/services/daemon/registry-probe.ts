import type { MirrorVerdict, ProbeResult } from '../../../shared/daemon/daemon-api';
import { parseMirrorUrl } from '../../../shared/daemon/registry-address';

const byStatus = (status: number): MirrorVerdict => {
  if (status === 200 || status === 401) return 'usable'; // 401: a registry that wants a token, as Docker Hub does
  if (status === 402) return 'paymentRequired';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  return 'otherStatus';
};

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME|EPROTO/;

function byError(err: unknown): { verdict: MirrorVerdict; detail: string } {
  if ((err as Error).name === 'TimeoutError' || (err as Error).name === 'AbortError') return { verdict: 'timeout', detail: '' };
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const detail = cause?.message ?? (err as Error).message;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET') return { verdict: 'refused', detail };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { verdict: 'dns', detail };
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') return { verdict: 'timeout', detail };
  if (TLS_CODES.test(code)) return { verdict: 'tls', detail };
  return { verdict: 'error', detail };
}

/** `GET /v2/` as the engine does before it uses a mirror: latency to the answer's headers and what it means. */
export async function probeRegistry(url: string, timeoutMs: number): Promise<ProbeResult> {
  const parsed = parseMirrorUrl(url);
  if (!parsed.ok) return { url, verdict: 'error', latencyMs: 0, detail: parsed.error.key };
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(`${parsed.value}/v2/`, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    const latencyMs = latency();
    await response.body?.cancel();
    return { url, verdict: byStatus(response.status), status: response.status, latencyMs };
  } catch (err) {
    return { url, latencyMs: latency(), ...byError(err) };
  }
}
