import { TeamOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { DeskTheme } from '../department/DeskTheme';
import './volunteer.css';

const RosterPage = lazyPage(() => import('./RosterPage'), 'RosterPage');

const LEAD = ['VOLUNTEER_LEAD'] as const;

/** The volunteer lead (志愿服务队队长): 活动排班 with 缺岗 and 签到/签退, the team's tasks and members. */
export const feature: Feature = {
  id: 'volunteer',
  routes: [
    {
      path: 'team',
      element: (
        <DeskTheme>
          <RosterPage />
        </DeskTheme>
      ),
      roles: LEAD,
    },
  ],
  nav: [
    {
      path: '/team',
      label: 'volunteer:nav.roster',
      icon: <TeamOutlined />,
      order: 10,
      roles: LEAD,
    },
  ],
};
