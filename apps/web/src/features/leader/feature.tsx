import {
  AlertOutlined,
  BookOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  ShopOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { lazy, Suspense, type ReactNode } from 'react';
import type { Feature } from '../../app/feature';
import { DeskTheme } from '../department/DeskTheme';
import { lazyPage } from '../../app/lazy-page';
import { FindingsLedgerPage } from './FindingsLedgerPage';
import { LedgerCasesPage } from './LedgerCasesPage';
import { OverduePage } from './OverduePage';
import '../department/desk.css';

// The charts load only when the board opens: other roles never download them.
const BoardPage = lazy(() =>
  import('./BoardPage').then((module) => ({ default: module.BoardPage })),
);

// The leader's week loads when first opened (only a LEADER or SUPERVISOR opens it).
const CasePage = lazyPage(() => import('./CasePage'), 'CasePage');
const LiaisonsPage = lazyPage(() => import('./LiaisonsPage'), 'LiaisonsPage');
const VisitsPage = lazyPage(() => import('./VisitsPage'), 'VisitsPage');

const BOARD = ['LEADER', 'SUPERVISOR', 'ADMIN'] as const;
const LEADER = ['LEADER'] as const;
/** Who may change a case's handling mode with a reason (changeHandlingMode). */
const CASE_READERS = ['LEADER', 'SUPERVISOR'] as const;

const later = (element: ReactNode) => (
  <DeskTheme>
    <Suspense fallback={null}>{element}</Suspense>
  </DeskTheme>
);

/**
 * The leader's board (驾驶舱): figures as charts, 超时清单, the supervision ledger; and the leader's
 * week: 我的领办 (claim), 联系企业 with their appeals and 重点项目, 调研 visits, a case's handling mode.
 */
export const feature: Feature = {
  id: 'leader',
  routes: [
    { path: 'board', element: later(<BoardPage />), roles: BOARD },
    { path: 'board/overdue', element: later(<OverduePage />), roles: BOARD },
    { path: 'board/findings', element: later(<FindingsLedgerPage />), roles: BOARD },
    { path: 'board/my-cases', element: later(<LedgerCasesPage />), roles: LEADER },
    { path: 'board/cases/:id', element: later(<CasePage />), roles: CASE_READERS },
    { path: 'board/liaisons', element: later(<LiaisonsPage />), roles: LEADER },
    { path: 'board/visits', element: later(<VisitsPage />), roles: LEADER },
  ],
  nav: [
    {
      path: '/board',
      label: 'board:nav.board',
      icon: <DashboardOutlined />,
      order: 10,
      roles: BOARD,
    },
    {
      path: '/board/overdue',
      label: 'board:nav.overdue',
      icon: <AlertOutlined />,
      order: 20,
      roles: BOARD,
    },
    {
      path: '/board/findings',
      label: 'board:nav.findings',
      icon: <BookOutlined />,
      order: 30,
      roles: BOARD,
    },
    {
      path: '/board/my-cases',
      label: 'board:nav.myCases',
      icon: <SolutionOutlined />,
      order: 40,
      roles: LEADER,
    },
    {
      path: '/board/liaisons',
      label: 'board:nav.liaisons',
      icon: <ShopOutlined />,
      order: 50,
      roles: LEADER,
    },
    {
      path: '/board/visits',
      label: 'board:nav.visits',
      icon: <EnvironmentOutlined />,
      order: 60,
      roles: LEADER,
    },
  ],
};
