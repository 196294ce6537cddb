import {
  AlertOutlined,
  BookOutlined,
  DashboardOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { lazy, Suspense, type ReactNode } from 'react';
import type { Feature } from '../../app/feature';
import { DeskTheme } from '../department/DeskTheme';
import { FindingsLedgerPage } from './FindingsLedgerPage';
import { LedgerCasesPage } from './LedgerCasesPage';
import { OverduePage } from './OverduePage';
import '../department/desk.css';

// The charts load only when the board opens: other roles never download them.
const BoardPage = lazy(() =>
  import('./BoardPage').then((module) => ({ default: module.BoardPage })),
);

const BOARD = ['LEADER', 'SUPERVISOR', 'ADMIN'] as const;
const LEADER = ['LEADER'] as const;

const later = (element: ReactNode) => (
  <DeskTheme>
    <Suspense fallback={null}>{element}</Suspense>
  </DeskTheme>
);

/** The leader's board (驾驶舱): figures as charts, 超时清单, the supervision ledger, my LEDGER cases. */
export const feature: Feature = {
  id: 'leader',
  routes: [
    { path: 'board', element: later(<BoardPage />), roles: BOARD },
    { path: 'board/overdue', element: later(<OverduePage />), roles: BOARD },
    { path: 'board/findings', element: later(<FindingsLedgerPage />), roles: BOARD },
    { path: 'board/my-cases', element: later(<LedgerCasesPage />), roles: LEADER },
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
  ],
};
