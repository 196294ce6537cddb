import { SearchOutline, UnorderedListOutline } from 'antd-mobile-icons';
import type { Feature } from '../../app/feature';
import { InspectionsPage } from './InspectionsPage';
import { ProjectsPage } from './ProjectsPage';

/** 企业 (enterprise liaison): who inspected us and our projects (filing and following: features/appeals). */
export const feature: Feature = {
  id: 'enterprise',
  routes: [
    { path: 'inspections', element: <InspectionsPage />, roles: ['ENTERPRISE'] },
    { path: 'projects', element: <ProjectsPage />, roles: ['ENTERPRISE'] },
  ],
  nav: [
    {
      path: '/inspections',
      label: 'enterprise:nav.inspections',
      icon: <SearchOutline />,
      order: 30,
      roles: ['ENTERPRISE'],
    },
    {
      path: '/projects',
      label: 'enterprise:nav.projects',
      icon: <UnorderedListOutline />,
      order: 40,
      roles: ['ENTERPRISE'],
    },
  ],
};
