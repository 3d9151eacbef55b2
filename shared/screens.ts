/** The sidebar's screens, in its order: the page answers Ctrl/Cmd+1… for them, and the desktop View menu lists them so. */
export const SCREENS = ['home', 'containers', 'images', 'volumes', 'networks', 'disk', 'events', 'registries', 'settings'] as const;
export type SidebarScreen = (typeof SCREENS)[number];
