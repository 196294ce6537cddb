import { BulbOutlined } from '@ant-design/icons';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { DeskTheme } from '../department/DeskTheme';
import { ADVICE_READERS } from './roles';
import '../department/desk.css';
import '../experience/voices.css';
import './advice.css';

const AdviceNotesPage = lazyPage(() => import('./AdviceNotesPage'), 'AdviceNotesPage');

/**
 * 顾问团 advice: the adviser writes to a department with a due date and follows the answers; the
 * department's desk answers in writing; the office, supervisors and leaders read every note.
 */
export const feature: Feature = {
  id: 'advice',
  routes: [
    {
      path: 'advice',
      element: (
        <DeskTheme>
          <AdviceNotesPage />
        </DeskTheme>
      ),
      roles: ADVICE_READERS,
    },
  ],
  nav: [
    {
      path: '/advice',
      label: 'advice:nav.notes',
      icon: <BulbOutlined />,
      order: 60,
      roles: ADVICE_READERS,
    },
  ],
};
