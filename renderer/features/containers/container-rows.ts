import { matchesTerms, parseFilter } from '../../../shared/container-filter';
import type { ContainerSummary } from '../../../shared/containers';

export type ListRow =
  | { kind: 'group'; project: string; containers: ContainerSummary[]; collapsed: boolean }
  | { kind: 'container'; container: ContainerSummary; grouped: boolean };

/** The list filter (shared/container-filter's grammar) and the running-only switch, parsed once for the whole list. */
export function containerMatcher(filter: string, runningOnly: boolean): (c: ContainerSummary) => boolean {
  const terms = parseFilter(filter);
  return (c) => (!runningOnly || c.state === 'running') && matchesTerms(c, terms);
}

/**
 * Sorted containers to table rows: the containers of one compose project go under one header,
 * placed where the project's first container sorts; a collapsed project shows only its header.
 */
export function buildRows(sorted: ContainerSummary[], collapsed: ReadonlySet<string>): ListRow[] {
  const groups = new Map<string, ContainerSummary[]>();
  for (const c of sorted) if (c.composeProject) (groups.get(c.composeProject) ?? groups.set(c.composeProject, []).get(c.composeProject)!).push(c);
  const rows: ListRow[] = [];
  const placed = new Set<string>();
  for (const c of sorted) {
    const project = c.composeProject;
    if (!project) {
      rows.push({ kind: 'container', container: c, grouped: false });
      continue;
    }
    if (placed.has(project)) continue;
    placed.add(project);
    const members = groups.get(project)!;
    const isCollapsed = collapsed.has(project);
    rows.push({ kind: 'group', project, containers: members, collapsed: isCollapsed });
    if (!isCollapsed) for (const member of members) rows.push({ kind: 'container', container: member, grouped: true });
  }
  return rows;
}

export interface PortLink {
  url: string;
  label: string;
}

/** Published ports as browser links; 0.0.0.0 and :: mean "every address", so localhost. Duplicates (v4 and v6) fold. */
export function portLinks(c: Pick<ContainerSummary, 'ports'>): PortLink[] {
  const links = new Map<string, PortLink>();
  for (const p of c.ports) {
    if (!p.publicPort || p.type !== 'tcp') continue;
    const ip = p.ip ?? '';
    const host = ip === '' || ip === '0.0.0.0' || ip === '::' ? 'localhost' : ip.includes(':') ? `[${ip}]` : ip;
    const url = `http://${host}:${p.publicPort}`;
    links.set(url, { url, label: `${host === 'localhost' ? '' : `${host}:`}${p.publicPort}→${p.privatePort}` });
  }
  return [...links.values()];
}
