import { CalendarOutline } from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import { RosterPage } from './RosterPage';

const LEAD = ['VOLUNTEER_LEAD'] as const;

/** The volunteer lead (志愿服务队队长): 活动排班 with 签到/签退, the team's tasks and members. */
export const feature: Feature = {
  id: 'volunteer',
  routes: [{ path: 'team', element: <RosterPage />, roles: LEAD }],
  nav: [
    {
      path: '/team',
      label: 'volunteer:nav.roster',
      icon: <CalendarOutline />,
      order: 10,
      roles: LEAD,
    },
  ],
};
