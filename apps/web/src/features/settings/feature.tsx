import { ROLES } from '../../auth/claims';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';

const SettingsPage = lazyPage(() => import('./SettingsPage'), 'SettingsPage');

/** 我的: language, 长辈版, sign out: for every role (its tab is added by the shell). */
export const feature: Feature = {
  id: 'settings',
  routes: [{ path: 'me', element: <SettingsPage />, roles: ROLES }],
  nav: [],
};
