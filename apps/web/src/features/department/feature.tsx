import { AuditOutlined, FieldTimeOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { DeskTheme } from './DeskTheme';
import { DispatchesPage } from './DispatchesPage';
import { FindingsPage } from './FindingsPage';
import { HandlePage } from './HandlePage';
import './desk.css';

const STAFF = ['DEPARTMENT_STAFF'] as const;

/** The department desk (部门): 待报到 with countdowns, 办理, and the findings to rectify (督办整改). */
export const feature: Feature = {
  id: 'department',
  routes: [
    {
      path: 'desk',
      element: (
        <DeskTheme>
          <DispatchesPage />
        </DeskTheme>
      ),
      roles: STAFF,
    },
    {
      path: 'desk/appeals/:id',
      element: (
        <DeskTheme>
          <HandlePage />
        </DeskTheme>
      ),
      roles: STAFF,
    },
    {
      path: 'desk/findings',
      element: (
        <DeskTheme>
          <FindingsPage />
        </DeskTheme>
      ),
      roles: STAFF,
    },
  ],
  nav: [
    {
      path: '/desk',
      label: 'department:nav.dispatches',
      icon: <FieldTimeOutlined />,
      order: 10,
      roles: STAFF,
    },
    {
      path: '/desk/findings',
      label: 'department:nav.findings',
      icon: <AuditOutlined />,
      order: 20,
      roles: STAFF,
    },
  ],
};
