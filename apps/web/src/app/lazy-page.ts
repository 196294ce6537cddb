import { type ComponentType, lazy } from 'react';

/**
 * A page loaded when first opened, so a phone on a weak signal downloads only the screens of its role:
 * `const CellsPage = lazyPage(() => import('./CellsPage'), 'CellsPage')` (named exports, as everywhere).
 */
export function lazyPage<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
