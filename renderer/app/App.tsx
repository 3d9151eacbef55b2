import { Anchor } from 'lucide-react';
import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoveDialog } from '../features/containers/ConfirmRemoveDialog';
import { usePendingAction } from '../features/containers/container-actions';
import { ContainersScreen, FILTER_INPUT_ID } from '../features/containers/ContainersScreen';
import { EngineBadge } from '../features/engine/EngineBadge';
// In the first chunk (its dialogs are not): a second round trip for it cost the images screen's first paint ~50 ms.
import { ImagesScreen } from '../features/images/ImagesScreen';
// The object lists load with the first chunk (about 6 kB): a page opened on one paints its rows without a second fetch.
import { NetworksScreen } from '../features/networks/NetworksScreen';
import { VolumesScreen } from '../features/volumes/VolumesScreen';
import { EngineBanner } from '../features/engine/EngineBanner';
import { EngineSwitcher } from '../features/engine/EngineSwitcher';
import { JobsButton } from '../features/jobs/JobsButton';
import { TaskbarProgress } from '../features/jobs/TaskbarProgress';
import { useEngineOutage } from '../features/engine/engine-store';
import { NoEngineScreen } from '../features/engine/NoEngineScreen';
import { lazyComponent } from '../ui/lazy-component';
import { useNotices } from '../ui/notices-store';
import { numberKeyOf } from '../../shared/screens';
import { routeHref, SCREENS, useRoute, type Route } from './route-store';
import { useHostCommands } from './use-host-commands';
import { useShortcuts } from './use-shortcuts';
import { useTheme } from './use-theme';

const Toasts = lazyComponent(() => import('../ui/Toasts').then((m) => m.Toasts));
const JobsPanel = lazyComponent(() => import('../features/jobs/JobsPanel').then((m) => m.JobsPanel));
const DashboardScreen = lazyComponent(() => import('../features/dashboard/DashboardScreen').then((m) => m.DashboardScreen));
const ContainerPage = lazyComponent(() => import('../features/containers/ContainerPage').then((m) => m.ContainerPage));
const ImagePage = lazyComponent(() => import('../features/images/ImagePage').then((m) => m.ImagePage));
const VolumePage = lazyComponent(() => import('../features/volumes/VolumePage').then((m) => m.VolumePage));
const ComposeScreen = lazyComponent(() => import('../features/compose/ComposeScreen').then((m) => m.ComposeScreen));
const ProjectPage = lazyComponent(() => import('../features/compose/ProjectPage').then((m) => m.ProjectPage));
const DiskUsageScreen = lazyComponent(() => import('../features/system/DiskUsageScreen').then((m) => m.DiskUsageScreen));
const KillDialog = lazyComponent(() => import('../features/containers/KillDialog').then((m) => m.KillDialog));
const EngineInfoScreen = lazyComponent(() => import('../features/system/EngineInfoScreen').then((m) => m.EngineInfoScreen));
const EventsScreen = lazyComponent(() => import('../features/system/EventsScreen').then((m) => m.EventsScreen));
const RegistriesScreen = lazyComponent(() => import('../features/registries/RegistriesScreen').then((m) => m.RegistriesScreen));
const SettingsScreen = lazyComponent(() => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen));
const CommandPalette = lazyComponent(() => import('../features/palette/CommandPalette').then((m) => m.CommandPalette));
const ShortcutSheet = lazyComponent(() => import('../features/shortcuts/ShortcutSheet').then((m) => m.ShortcutSheet));
const EnginesScreen = lazyComponent(() => import('../features/engines/EnginesScreen').then((m) => m.EnginesScreen));
const AllContainersScreen = lazyComponent(() => import('../features/fleet/AllContainersScreen').then((m) => m.AllContainersScreen));
const LogWindow = lazyComponent(() => import('../features/logs/LogWindow').then((m) => m.LogWindow));
const ProjectLogWindow = lazyComponent(() => import('../features/logs/ProjectLogWindow').then((m) => m.ProjectLogWindow));
const TerminalWindow = lazyComponent(() => import('../features/terminal/TerminalWindow').then((m) => m.TerminalWindow));

/** The screens loaded on first use, by route: the one the page opens on is fetched while the first render runs. */
const SCREEN_CHUNKS: Partial<Record<Route['screen'], { preload(): void }>> = {
  home: DashboardScreen, container: ContainerPage, image: ImagePage, volume: VolumePage, compose: ComposeScreen, project: ProjectPage,
  disk: DiskUsageScreen, info: EngineInfoScreen, events: EventsScreen, registries: RegistriesScreen, settings: SettingsScreen,
  engines: EnginesScreen, all: AllContainersScreen, logs: LogWindow, projectLogs: ProjectLogWindow, terminal: TerminalWindow,
};
export const preloadScreen = (screen: Route['screen']): void => SCREEN_CHUNKS[screen]?.preload();

/** Screens that work without the route's engine: settings, and those about every engine. */
const ENGINE_FREE = new Set(['settings', 'engines', 'all']);

function Screen() {
  const route = useRoute((s) => s.route);
  switch (route.screen) {
    case 'container': return <ContainerPage key={`${route.id}/${route.tab ?? ''}`} id={route.id} tab={route.tab} />;
    case 'home': return <DashboardScreen />;
    case 'images': return <ImagesScreen />;
    case 'image': return <ImagePage key={route.id} id={route.id} />;
    case 'volumes': return <VolumesScreen />;
    case 'volume': return <VolumePage key={route.id} name={route.id} />;
    case 'networks': return <NetworksScreen />;
    case 'compose': return <ComposeScreen />;
    case 'project': return <ProjectPage key={route.id} name={route.id} tab={route.tab} />;
    case 'disk': return <DiskUsageScreen />;
    case 'events': return <EventsScreen />;
    case 'info': return <EngineInfoScreen />;
    case 'registries': return <RegistriesScreen />;
    case 'settings': return <SettingsScreen />;
    case 'engines': return <EnginesScreen />;
    case 'all': return <AllContainersScreen />;
    case 'logs': return <LogWindow id={route.id} />;
    case 'terminal': return <TerminalWindow sessionId={route.id} />;
    case 'projectLogs': return <ProjectLogWindow project={route.id} />;
    default: return <ContainersScreen />;
  }
}

export function App() {
  const { t, i18n } = useTranslation();
  const outage = useEngineOutage();
  const route = useRoute((s) => s.route);
  const [help, setHelp] = useState(false);
  const [palette, setPalette] = useState(false);
  const [jobs, setJobs] = useState(false);
  const notices = useNotices((s) => s.notices.length > 0);
  const killing = usePendingAction((s) => s.action === 'kill');
  useShortcuts(FILTER_INPUT_ID, useCallback(() => setHelp(true), []), useCallback(() => setPalette(true), []));
  useHostCommands(useCallback((panel) => (panel === 'palette' ? setPalette(true) : panel === 'shortcuts' ? setHelp(true) : setJobs(true)), []));
  useTheme();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);
  const active = route.screen === 'container' ? 'containers' : route.screen === 'image' ? 'images' : route.screen === 'volume' ? 'volumes' : route.screen === 'project' ? 'compose' : route.screen;
  if (route.screen === 'logs' || route.screen === 'terminal' || route.screen === 'projectLogs') {
    // A window of its own has no sidebar, but says as plainly when the engine is away (its log waits, then goes on).
    return (
      <>
        {outage && <EngineBanner status={outage} />}
        <Suspense fallback={<p className="empty">{t('common.loading')}</p>}><Screen /></Suspense>
      </>
    );
  }
  const noEngine = outage !== null && !outage.wasConnected;
  return (
    <div className={jobs ? 'app with-jobs' : 'app'}>
      <a className="skip" href="#main">{t('app.skipToContent')}</a>
      <nav className="sidebar" aria-label={t('app.screens')}>
        <div className="brand"><Anchor aria-hidden="true" /> {t('app.name')}</div>
        <ul>
          {SCREENS.map((screen, i) => (
            <li key={screen}>
              <a href={routeHref({ screen })} aria-current={active === screen ? 'page' : undefined} aria-keyshortcuts={numberKeyOf(i) ? `Control+${numberKeyOf(i)}` : undefined}>
                {t(`nav.${screen}`)}
              </a>
            </li>
          ))}
        </ul>
        <EngineSwitcher />
        <JobsButton open={jobs} onToggle={() => setJobs((o) => !o)} />
        <div className="sidebar-foot"><EngineBadge /></div>
      </nav>
      <main id="main">
        {outage?.wasConnected && <EngineBanner status={outage} />}
        <Suspense fallback={<p className="empty">{t('common.loading')}</p>}>
          {outage && noEngine && !ENGINE_FREE.has(route.screen) ? <NoEngineScreen status={outage} /> : <Screen />}
        </Suspense>
      </main>
      {jobs && <Suspense><JobsPanel onClose={() => setJobs(false)} /></Suspense>}
      <TaskbarProgress />
      <ConfirmRemoveDialog />
      {killing && <Suspense><KillDialog /></Suspense>}
      {help && <Suspense><ShortcutSheet onClose={() => setHelp(false)} /></Suspense>}
      {palette && <Suspense><CommandPalette onClose={() => setPalette(false)} /></Suspense>}
      {notices && <Suspense><Toasts /></Suspense>}
    </div>
  );
}
