/** The sidebar's screens, in its order: the page answers Ctrl/Cmd+1… for them, and the desktop View menu lists them so. */
export const SCREENS = ['home', 'containers', 'images', 'volumes', 'networks', 'compose', 'disk', 'events', 'registries', 'settings'] as const;
export type SidebarScreen = (typeof SCREENS)[number];
/** The keyboard has nine digits: Ctrl/Cmd+1…9 reach the first nine screens, the rest are a click or the palette away. */
export const numberKeyOf = (index: number): number | null => (index < 9 ? index + 1 : null);
