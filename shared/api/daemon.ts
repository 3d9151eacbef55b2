import {
  ApplyInput, ApplyPlan, Backup, ClientConfig, ClientProxies, DaemonFile, ProbeInput, ProbeResult, type ApplyEvent,
} from '../daemon/daemon-api';
import { z } from 'zod';
import { checked, mutation, query, subscription, returns, type ServiceOf } from './define';

/** Settings → Docker Engine: daemon.json, its apply pipeline and backups, mirror probes, and the CLI's container proxies. */
export const daemonApi = {
  file: query(null, checked(DaemonFile)),
  plan: mutation(ApplyInput, checked(ApplyPlan)),
  /** Applies (the name `apply` is reserved by tRPC: Function.prototype.apply). */
  run: subscription(ApplyInput, returns<ApplyEvent>()),
  backups: query(null, checked(z.array(Backup))),
  probe: mutation(ProbeInput, checked(ProbeResult)),
  clientProxies: query(null, checked(ClientConfig)),
  setClientProxies: mutation(ClientProxies, checked(ClientConfig)),
};
export type DaemonService = ServiceOf<typeof daemonApi>;
