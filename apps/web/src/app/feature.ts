import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router-dom';
import type { Role } from '../auth/claims';

/** A place in the role's navigation: a tab on the phone, a menu entry on the desk. */
export interface NavEntry {
  path: string;
  /** An i18n key with its namespace, e.g. `gridWorker:nav.cells`. */
  label: string;
  icon: ReactNode;
  /** Lower first. */
  order: number;
  roles: readonly Role[];
}

/**
 * A feature folder's contribution to the app (its `feature.tsx` exports `feature`): the routes it
 * serves and who may open them. The shell finds every feature itself; routes of other roles are not
 * even mounted, so a role sees only what it may do.
 */
export interface Feature {
  id: string;
  routes: ReadonlyArray<RouteObject & { roles: readonly Role[] }>;
  nav: readonly NavEntry[];
}
