import { AuditOutlined, BarChartOutlined, FormOutlined } from '@ant-design/icons';
import { Suspense, type ReactNode } from 'react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { DeskTheme } from '../department/DeskTheme';
import '../department/desk.css';

// Loaded when first opened: no other role downloads these screens.
const DisciplineCasesPage = lazyPage(() => import('./DisciplineCasesPage'), 'DisciplineCasesPage');
const DisciplineCasePage = lazyPage(() => import('./DisciplineCasePage'), 'DisciplineCasePage');
const ReportCasePage = lazyPage(() => import('./ReportCasePage'), 'ReportCasePage');
const FiguresPage = lazyPage(() => import('./FiguresPage'), 'FiguresPage');

/** Who reads misconduct cases: the discipline officer all, a supervisor the ones it reported. */
const CASE_READERS = ['DISCIPLINE_OFFICER', 'SUPERVISOR'] as const;
const OFFICER = ['DISCIPLINE_OFFICER'] as const;

const desk = (element: ReactNode) => (
  <DeskTheme>
    <Suspense fallback={null}>{element}</Suspense>
  </DeskTheme>
);

/**
 * 问题讲评: the supervisor reports a misconduct case citing 十不准 / 十必须 and follows its own reports;
 * the discipline officer (区纪委监委) takes each through the six steps to the 讲评 report, and reads the
 * figures by department and rule. Confidential: no other role has these screens, nor the data.
 */
export const feature: Feature = {
  id: 'discipline',
  routes: [
    { path: 'discipline/cases', element: desk(<DisciplineCasesPage />), roles: CASE_READERS },
    { path: 'discipline/cases/:id', element: desk(<DisciplineCasePage />), roles: CASE_READERS },
    { path: 'discipline/report', element: desk(<ReportCasePage />), roles: CASE_READERS },
    { path: 'discipline/figures', element: desk(<FiguresPage />), roles: OFFICER },
  ],
  nav: [
    {
      path: '/discipline/cases',
      label: 'discipline:nav.cases',
      icon: <AuditOutlined />,
      order: 70,
      roles: CASE_READERS,
    },
    {
      path: '/discipline/report',
      label: 'discipline:nav.report',
      icon: <FormOutlined />,
      order: 75,
      roles: CASE_READERS,
    },
    {
      path: '/discipline/figures',
      label: 'discipline:nav.figures',
      icon: <BarChartOutlined />,
      order: 80,
      roles: OFFICER,
    },
  ],
};
