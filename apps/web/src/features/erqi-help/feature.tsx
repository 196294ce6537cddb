import { BellOutline, GiftOutline } from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import './erqi-help.css';

const MatchesPage = lazyPage(() => import('./MatchesPage'), 'MatchesPage');
const SubsidiesPage = lazyPage(() => import('./SubsidiesPage'), 'SubsidiesPage');
const FinancingPage = lazyPage(() => import('./FinancingPage'), 'FinancingPage');
const PolicyNoticesPage = lazyPage(() => import('./PolicyNoticesPage'), 'PolicyNoticesPage');

const ENTERPRISE = ['ENTERPRISE'] as const;
const GRID_WORKER = ['GRID_WORKER'] as const;

/**
 * 二七帮: the enterprise's policy matches (and what it lacks), its subsidy applications and financing
 * needs (政银企); the grid worker's policy notices (政策提醒).
 */
export const feature: Feature = {
  id: 'erqi-help',
  routes: [
    { path: 'erqi-help', element: <MatchesPage />, roles: ENTERPRISE },
    { path: 'erqi-help/subsidies', element: <SubsidiesPage />, roles: ENTERPRISE },
    { path: 'erqi-help/financing', element: <FinancingPage />, roles: ENTERPRISE },
    { path: 'policy-notices', element: <PolicyNoticesPage />, roles: GRID_WORKER },
  ],
  nav: [
    {
      path: '/erqi-help',
      label: 'erqiHelp:nav.help',
      icon: <GiftOutline />,
      order: 25,
      roles: ENTERPRISE,
    },
    {
      path: '/policy-notices',
      label: 'erqiHelp:nav.notices',
      icon: <BellOutline />,
      order: 15,
      roles: GRID_WORKER,
    },
  ],
};
