import { useEffect, useSyncExternalStore } from 'react';

/** 长辈版 (elders' mode): larger text (≥ 18 pt) and touch targets (≥ 60 × 60), per the MIIT 2021 rules. */
const ELDER_KEY = 'erqi.elderMode';
const listeners = new Set<() => void>();

export function elderMode(): boolean {
  return localStorage.getItem(ELDER_KEY) === 'on';
}

export function setElderMode(on: boolean): void {
  localStorage.setItem(ELDER_KEY, on ? 'on' : 'off');
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, elderMode);
}

/** Applies the preferences to the page (a class on <html>, which the style sheet reads). */
export function usePreferences(): void {
  const elder = useElderMode();
  useEffect(() => {
    document.documentElement.classList.toggle('elder', elder);
  }, [elder]);
}

/** Desk and board screens (≥ 900 px) get antd's layout; phones get antd-mobile's. */
const DESK_QUERY = '(min-width: 900px)';

function subscribeToWidth(listener: () => void): () => void {
  const query = window.matchMedia(DESK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

export function useIsDesk(): boolean {
  return useSyncExternalStore(subscribeToWidth, () => window.matchMedia(DESK_QUERY).matches);
}
