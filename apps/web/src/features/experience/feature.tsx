import { CommentOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { DeskTheme } from '../department/DeskTheme';
import { APPEAL_READERS, SESSION_READERS } from './roles';
import '../department/desk.css';
import './voices.css';

const RoastSessionsPage = lazyPage(() => import('./RoastSessionsPage'), 'RoastSessionsPage');
const RoastSessionPage = lazyPage(() => import('./RoastSessionPage'), 'RoastSessionPage');
const AppealDetailPage = lazyPage(() => import('../appeals/AppealDetailPage'), 'AppealDetailPage');

/**
 * 吐槽大会 (the experience officers' complaint sessions): the sessions, one session with its report,
 * and — for the office — setting one up and recording its complaints as appeals. The 体验官 files
 * from its own experience through the appeals feature (诉求).
 */
export const feature: Feature = {
  id: 'experience',
  routes: [
    {
      path: 'roast',
      element: (
        <DeskTheme>
          <RoastSessionsPage />
        </DeskTheme>
      ),
      roles: SESSION_READERS,
    },
    {
      path: 'roast/:id',
      element: (
        <DeskTheme>
          <RoastSessionPage />
        </DeskTheme>
      ),
      roles: SESSION_READERS,
    },
    { path: 'roast/appeals/:id', element: <AppealDetailPage />, roles: APPEAL_READERS },
  ],
  nav: [
    {
      path: '/roast',
      label: 'experience:nav.sessions',
      icon: <CommentOutlined />,
      order: 50,
      roles: SESSION_READERS,
    },
  ],
};
