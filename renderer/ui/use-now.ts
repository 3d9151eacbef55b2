import { useEffect, useState } from 'react';

/** The time, updated every `intervalMs` while the component is shown (for relative times that must keep moving). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
