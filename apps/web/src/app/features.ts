import type { Role } from '../auth/claims';
import type { Feature, NavEntry } from './feature';

/** Every `features/<name>/feature.tsx`, found at build time: adding a feature touches no shared file. */
const modules = import.meta.glob<{ feature: Feature }>('../features/*/feature.tsx', {
  eager: true,
});

export const features: Feature[] = Object.values(modules)
  .map((module) => module.feature)
  .sort((a, b) => a.id.localeCompare(b.id));

export function routesFor(role: Role): Feature['routes'][number][] {
  return features.flatMap((feature) =>
    feature.routes.filter((route) => route.roles.includes(role)),
  );
}

export function navFor(role: Role): NavEntry[] {
  return features
    .flatMap((feature) => feature.nav.filter((entry) => entry.roles.includes(role)))
    .sort((a, b) => a.order - b.order);
}
