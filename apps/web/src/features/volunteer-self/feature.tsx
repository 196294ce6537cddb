import { CalendarOutline, CheckShieldOutline, ClockCircleOutline } from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';

const MyShiftsPage = lazyPage(() => import('./MyShiftsPage'), 'MyShiftsPage');
const MyHoursPage = lazyPage(() => import('./MyHoursPage'), 'MyHoursPage');
const MyTasksPage = lazyPage(() => import('./MyTasksPage'), 'MyTasksPage');

const VOLUNTEER = ['VOLUNTEER'] as const;

/** The volunteer (志愿者) on its phone: 我的班次 with 签到/签退, 我的任务 (接单), 我的时长. */
export const feature: Feature = {
  id: 'volunteer-self',
  routes: [
    { path: 'my/shifts', element: <MyShiftsPage />, roles: VOLUNTEER },
    { path: 'my/tasks', element: <MyTasksPage />, roles: VOLUNTEER },
    { path: 'my/hours', element: <MyHoursPage />, roles: VOLUNTEER },
  ],
  nav: [
    {
      path: '/my/shifts',
      label: 'volunteerSelf:nav.shifts',
      icon: <CalendarOutline />,
      order: 10,
      roles: VOLUNTEER,
    },
    {
      path: '/my/tasks',
      label: 'volunteerSelf:nav.tasks',
      icon: <CheckShieldOutline />,
      order: 20,
      roles: VOLUNTEER,
    },
    {
      path: '/my/hours',
      label: 'volunteerSelf:nav.hours',
      icon: <ClockCircleOutline />,
      order: 30,
      roles: VOLUNTEER,
    },
  ],
};
