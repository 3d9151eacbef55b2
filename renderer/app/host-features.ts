import { useEffect, useState } from 'react';
import type { HostFeatures } from '../../shared/host';
import { api } from './api-client';

let asked: Promise<HostFeatures> | null = null;

/** What the shell serving this page can do (asked once per page); null until it has answered. */
export function useHostFeatures(): HostFeatures | null {
  const [features, setFeatures] = useState<HostFeatures | null>(null);
  useEffect(() => {
    let live = true;
    (asked ??= api.host.features.query()).then((f) => live && setFeatures(f), () => { asked = null; }); // asked again next time
    return () => { live = false; };
  }, []);
  return features;
}
