import { TeamOutline } from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import { VisitDetailPage } from './VisitDetailPage';
import { VisitsPage } from './VisitsPage';

/** Who visits enterprises (万人助万企) and who reads the visits (docs/ACCESS.md). */
const VISITORS = ['GRID_WORKER', 'DEPARTMENT_STAFF', 'LEADER', 'ADMIN'] as const;
const READERS = [...VISITORS, 'ENTERPRISE', 'SUPERVISOR'] as const;

/** 万人助万企: log a visit with the needs heard, turn a need into an appeal and follow it. */
export const feature: Feature = {
  id: 'visits',
  routes: [
    { path: 'visits', element: <VisitsPage />, roles: READERS },
    { path: 'visits/:id', element: <VisitDetailPage />, roles: READERS },
  ],
  nav: [
    {
      path: '/visits',
      label: 'visits:nav.visits',
      icon: <TeamOutline />,
      order: 25,
      roles: ['GRID_WORKER'],
    },
  ],
};
