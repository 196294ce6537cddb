import { FileOutline } from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import type { Role } from '../../auth/claims';
import { startAppealOutbox } from '../../offline/appeal-outbox';
import './appeals.css';
import { AppealDetailPage } from './AppealDetailPage';
import { AppealsPage } from './AppealsPage';
import { FilingPage } from './FilingPage';

/**
 * Those who file (郑好拍 and the whistles 吹哨): their appeals, filing, and an appeal's timeline. The
 * whistles and the 体验官 read only what they filed; the server sets the channel from the role.
 */
const FILERS: readonly Role[] = [
  'GRID_WORKER',
  'ENTERPRISE',
  'DEPUTY',
  'STREET_COLLECTOR',
  'HOTLINE_OPERATOR',
  'EXPERIENCE_OFFICER',
];

// The app has started: send what waited on this device, and again whenever the network is back.
startAppealOutbox();

export const feature: Feature = {
  id: 'appeals',
  routes: [
    { path: 'appeals', element: <AppealsPage />, roles: FILERS },
    { path: 'appeals/new', element: <FilingPage />, roles: FILERS },
    { path: 'appeals/:id', element: <AppealDetailPage />, roles: FILERS },
  ],
  nav: [
    {
      path: '/appeals',
      label: 'appeals:nav.appeals',
      icon: <FileOutline />,
      order: 20,
      roles: FILERS,
    },
  ],
};
