import { FundOutlined } from '@ant-design/icons';
import { lazy, Suspense } from 'react';
import type { Feature } from '../../app/feature';
import { DeskTheme } from '../department/DeskTheme';
import '../department/desk.css';

const EconomyPage = lazy(() =>
  import('./EconomyPage').then((module) => ({ default: module.EconomyPage })),
);

const BOARD = ['LEADER', 'SUPERVISOR', 'ADMIN'] as const;

/** 集体经济 beside the leader's board: the collective enterprise against its plan, the 企业联盟's jobs. */
export const feature: Feature = {
  id: 'collective-economy',
  routes: [
    {
      path: 'board/economy',
      element: (
        <DeskTheme>
          <Suspense fallback={null}>
            <EconomyPage />
          </Suspense>
        </DeskTheme>
      ),
      roles: BOARD,
    },
  ],
  nav: [
    {
      path: '/board/economy',
      label: 'economy:nav.economy',
      icon: <FundOutlined />,
      order: 25,
      roles: BOARD,
    },
  ],
};
