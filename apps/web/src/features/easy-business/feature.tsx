import { FileDoneOutlined, FundOutlined } from '@ant-design/icons';
import { FileOutline } from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import { DeskTheme } from '../department/DeskTheme';
import { ApplyPage } from './ApplyPage';
import { DeskApplicationsPage } from './DeskApplicationsPage';
import { TargetsBoardPage } from './TargetsBoardPage';
import '../department/desk.css';

const BOARD = ['LEADER', 'SUPERVISOR', 'ADMIN'] as const;

/** 易企办: the enterprise applies and follows; the department decides on the clock; the board's targets and 零超时. */
export const feature: Feature = {
  id: 'easy-business',
  routes: [
    { path: 'easy-business', element: <ApplyPage />, roles: ['ENTERPRISE'] },
    {
      path: 'desk/easy-business',
      element: (
        <DeskTheme>
          <DeskApplicationsPage />
        </DeskTheme>
      ),
      roles: ['DEPARTMENT_STAFF'],
    },
    {
      path: 'board/easy-business',
      element: (
        <DeskTheme>
          <TargetsBoardPage />
        </DeskTheme>
      ),
      roles: BOARD,
    },
  ],
  nav: [
    {
      path: '/easy-business',
      label: 'easyBusiness:nav.apply',
      icon: <FileOutline />,
      order: 25,
      roles: ['ENTERPRISE'],
    },
    {
      path: '/desk/easy-business',
      label: 'easyBusiness:nav.desk',
      icon: <FileDoneOutlined />,
      order: 15,
      roles: ['DEPARTMENT_STAFF'],
    },
    {
      path: '/board/easy-business',
      label: 'easyBusiness:nav.board',
      icon: <FundOutlined />,
      order: 25,
      roles: BOARD,
    },
  ],
};
