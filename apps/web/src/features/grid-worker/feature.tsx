import { EnvironmentOutline } from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import { CellDetailPage } from './CellDetailPage';
import { CellsPage } from './CellsPage';
import './grid-worker.css';

/** 网格员: my cells and a cell's enterprises, appeals and teams (appeals themselves: features/appeals). */
export const feature: Feature = {
  id: 'grid-worker',
  routes: [
    { path: 'cells', element: <CellsPage />, roles: ['GRID_WORKER'] },
    { path: 'cells/:id', element: <CellDetailPage />, roles: ['GRID_WORKER'] },
  ],
  nav: [
    {
      path: '/cells',
      label: 'gridWorker:nav.cells',
      icon: <EnvironmentOutline />,
      order: 10,
      roles: ['GRID_WORKER'],
    },
  ],
};
