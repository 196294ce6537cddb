import { FundOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { DeskTheme } from '../department/DeskTheme';
import { PromiseLedgerPage } from './PromiseLedgerPage';
import { TalentFiguresPage } from './TalentFiguresPage';
import '../department/desk.css';

/** Who reads the promise ledger (a department its own, docs/ACCESS.md) and who the talent figures. */
const LEDGER = ['DEPARTMENT_STAFF', 'LEADER', 'SUPERVISOR', 'ADMIN'] as const;
const BOARD = ['LEADER', 'SUPERVISOR', 'ADMIN'] as const;

/** 双招双引: the department's promise ledger on the clock and the board's talent figures. */
export const feature: Feature = {
  id: 'investment',
  routes: [
    {
      path: 'investment/promises',
      element: (
        <DeskTheme>
          <PromiseLedgerPage />
        </DeskTheme>
      ),
      roles: LEDGER,
    },
    {
      path: 'board/talent',
      element: (
        <DeskTheme>
          <TalentFiguresPage />
        </DeskTheme>
      ),
      roles: BOARD,
    },
  ],
  nav: [
    {
      path: '/investment/promises',
      label: 'investment:nav.promises',
      icon: <SafetyCertificateOutlined />,
      order: 60,
      roles: LEDGER,
    },
    {
      path: '/board/talent',
      label: 'investment:nav.talent',
      icon: <FundOutlined />,
      order: 50,
      roles: BOARD,
    },
  ],
};
