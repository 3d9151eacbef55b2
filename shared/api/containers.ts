import { z } from 'zod';
import {
  ActionOutcome, BulkActionInput, ContainerDetails, ContainerRef, ProcessList, RenameInput, UpdateResourcesInput, UpdateRestartInput,
  type ContainerListUpdate, type FileChange, type StatsSample,
} from '../containers';
import { RunForm } from '../run-form';
import type { StatsFrame } from '../stats';
import { checked, mutation, query, returns, subscription, type ServiceOf } from './define';

/** Containers: the live list, the lifecycle, `docker run`, details, processes, changes and stats. */
export const containersApi = {
  watch: subscription(null, returns<ContainerListUpdate>()),
  act: mutation(BulkActionInput, checked(z.array(ActionOutcome))),
  run: mutation(RunForm, returns<{ id: string; started: boolean }>()),
  inspect: query(ContainerRef, checked(ContainerDetails)),
  top: query(ContainerRef, checked(ProcessList)),
  /** "Copy as docker run": the line that makes this container again. */
  runLine: query(ContainerRef, returns<string>()),
  /** `docker diff`, sorted by path. */
  changes: query(ContainerRef, returns<FileChange[]>()),
  rename: mutation(RenameInput, returns<void>()),
  updateRestartPolicy: mutation(UpdateRestartInput, returns<void>()),
  /** `docker update` of CPU and memory limits; only what changed is sent. */
  updateResources: mutation(UpdateResourcesInput, returns<void>()),
  stats: subscription(ContainerRef, returns<StatsSample>()),
  /** Every running container's newest sample, about once a second: dashboards and the table's usage columns. */
  statsAll: subscription(null, returns<StatsFrame>()),
};
export type ContainersService = ServiceOf<typeof containersApi>;
