import { TeamOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { DeskTheme } from '../department/DeskTheme';
import '../department/desk.css';

const RostersPage = lazyPage(() => import('./RostersPage'), 'RostersPage');

/** The office and the leaders: the three teams' rosters (三支队伍), read-only. */
const READERS = ['ADMIN', 'LEADER'] as const;

export const feature: Feature = {
  id: 'rosters',
  routes: [
    {
      path: 'rosters',
      element: (
        <DeskTheme>
          <RostersPage />
        </DeskTheme>
      ),
      roles: READERS,
    },
  ],
  nav: [
    {
      path: '/rosters',
      label: 'rosters:nav.rosters',
      icon: <TeamOutlined />,
      order: 70,
      roles: READERS,
    },
  ],
};
