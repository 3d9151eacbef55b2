import './tabs.css';
import * as RadixTabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: string;
  /** Controls beside the tab (a shell's pop-out and close buttons); they stay out of the arrow-key order. */
  beside?: ReactNode;
}

interface TabsProps<T extends string> {
  /** The tab list's accessible name. */
  label: string;
  tabs: readonly TabItem<T>[];
  value: T;
  onChange(tab: NoInfer<T>): void;
  /** A tab's panel. Only the selected one is rendered, unless `keepMounted` (shells keep their terminals). */
  panel(tab: NoInfer<T>): ReactNode;
  keepMounted?: boolean;
  panelClassName?: string;
}

/**
 * Tabs as the ARIA pattern has them (Radix): arrow keys move among the tabs, Home/End to the ends, one tab stop for the
 * list. Activation is manual (Enter or Space), so arrowing past a tab never opens what it holds (a shell, a log stream).
 */
export function Tabs<T extends string>({ label, tabs, value, onChange, panel, keepMounted, panelClassName }: TabsProps<T>) {
  return (
    <RadixTabs.Root value={value} onValueChange={(tab) => onChange(tab as T)} activationMode="manual">
      <RadixTabs.List aria-label={label} className="tabs">
        {tabs.map((tab) => (tab.beside
          ? <span key={tab.id} className="tab-with-controls"><RadixTabs.Trigger value={tab.id}>{tab.label}</RadixTabs.Trigger>{tab.beside}</span>
          : <RadixTabs.Trigger key={tab.id} value={tab.id}>{tab.label}</RadixTabs.Trigger>))}
      </RadixTabs.List>
      {tabs.filter((tab) => keepMounted || tab.id === value).map((tab) => (
        <RadixTabs.Content key={tab.id} value={tab.id} forceMount={keepMounted || undefined} hidden={tab.id !== value} className={panelClassName}>
          {panel(tab.id)}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
