import {
  GiftOutline,
  PayCircleOutline,
  TeamOutline,
  UserOutline,
  HeartOutline,
} from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';

const MembersPage = lazyPage(() => import('./MembersPage'), 'MembersPage');
const AllowancePage = lazyPage(() => import('./AllowancePage'), 'AllowancePage');
const BirthdaysPage = lazyPage(() => import('./BirthdaysPage'), 'BirthdaysPage');
const AidCasesPage = lazyPage(() => import('./AidCasesPage'), 'AidCasesPage');
const MyHouseholdPage = lazyPage(() => import('./MyHouseholdPage'), 'MyHouseholdPage');

const STAFF = ['COMMUNITY_STAFF'] as const;
const RESIDENT = ['RESIDENT'] as const;

/** 八卦庙社区: staff's members, payout run, birthday visits and aid; the resident's own household. */
export const feature: Feature = {
  id: 'community',
  routes: [
    { path: 'community/members', element: <MembersPage />, roles: STAFF },
    { path: 'community/allowance', element: <AllowancePage />, roles: STAFF },
    { path: 'community/birthdays', element: <BirthdaysPage />, roles: STAFF },
    { path: 'community/aid', element: <AidCasesPage />, roles: STAFF },
    { path: 'my/household', element: <MyHouseholdPage />, roles: RESIDENT },
  ],
  nav: [
    {
      path: '/community/members',
      label: 'community:nav.members',
      icon: <TeamOutline />,
      order: 10,
      roles: STAFF,
    },
    {
      path: '/community/allowance',
      label: 'community:nav.allowance',
      icon: <PayCircleOutline />,
      order: 20,
      roles: STAFF,
    },
    {
      path: '/community/birthdays',
      label: 'community:nav.birthdays',
      icon: <GiftOutline />,
      order: 30,
      roles: STAFF,
    },
    {
      path: '/community/aid',
      label: 'community:nav.aid',
      icon: <HeartOutline />,
      order: 40,
      roles: STAFF,
    },
    {
      path: '/my/household',
      label: 'community:nav.mine',
      icon: <UserOutline />,
      order: 10,
      roles: RESIDENT,
    },
  ],
};
