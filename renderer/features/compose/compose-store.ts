import { useEffect, useMemo } from 'react';
import type { ComposeInstall, OpenedProject } from '../../../shared/compose';
import { composeProjects, type ComposeProject } from '../../../shared/compose-projects';
import { api } from '../../app/api-client';
import { engineKeyed, useEngineKeyed } from '../../app/engine-keyed';
import { useEngineId } from '../../app/route-store';
import { useContainers } from '../containers/containers-store';

interface EngineCompose { opened: OpenedProject[]; loaded: boolean; install: ComposeInstall | null }

/** Per engine: the projects opened from files (main remembers them), and which compose main found. */
const lists = engineKeyed<EngineCompose>({ opened: [], loaded: false, install: null });

/** Asks main again (after an open or a forget). */
export function reloadOpened(engine: string): void {
  void api.compose.opened.query({ engine }).then((opened) => lists.update(engine, (l) => ({ ...l, opened, loaded: true })));
}

function load(engine: string): void {
  reloadOpened(engine);
  void api.compose.cli.query({ engine }).then((install) => lists.update(engine, (l) => ({ ...l, install })));
}

/**
 * The engine's compose projects: grouped from its live container list (so a project started from a terminal shows up
 * by itself), joined with the ones opened from files.
 */
export function useComposeProjects(): { projects: ComposeProject[]; loaded: boolean; install: ComposeInstall | null } {
  const engine = useEngineId();
  const { opened, loaded, install } = useEngineKeyed(lists, (l) => l);
  const byId = useContainers((c) => c.byId);
  const containersLoaded = useContainers((c) => c.loaded);
  useEffect(() => load(engine), [engine]);
  const projects = useMemo(() => composeProjects(Object.values(byId), opened), [byId, opened]);
  return { projects, loaded: loaded && containersLoaded, install };
}

/** One project by name (null while it is not on the engine and not opened). */
export function useComposeProject(name: string): { project: ComposeProject | null; loaded: boolean; install: ComposeInstall | null } {
  const { projects, loaded, install } = useComposeProjects();
  return { project: projects.find((p) => p.name === name) ?? null, loaded, install };
}
