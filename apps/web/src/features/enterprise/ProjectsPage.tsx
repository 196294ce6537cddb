import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useDepartmentNames } from '../../app/department-names';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import { useMyEnterpriseProjectsQuery } from '../../graphql/generated';

/** 我的项目: the enterprise's projects, their butler (项目管家), departments and ledger. */
export function ProjectsPage() {
  const { t } = useTranslation();
  const { enterpriseId = '' } = useClaims();
  const projects = useMyEnterpriseProjectsQuery({
    variables: { enterpriseId },
    skip: !enterpriseId,
  });
  const departmentNames = useDepartmentNames();
  const list = projects.data?.enterprise.projects ?? [];
  return (
    <section className="page projects">
      <h1>{t('enterprise:projects.title')}</h1>
      <ListState
        loading={projects.loading}
        error={projects.error}
        empty={list.length === 0}
        emptyText={t('enterprise:projects.empty')}
        onRetry={() => void projects.refetch()}
      >
        {list.map((project) => (
          <List
            key={project.id}
            header={
              <span>
                <strong>{project.name}</strong> ·{' '}
                {t('enterprise:projects.butler', { name: project.butler.name })} ·{' '}
                {departmentNames(project.departmentCodes)}
              </span>
            }
          >
            {project.ledger.length === 0 ? (
              <List.Item>{t('enterprise:projects.noLedger')}</List.Item>
            ) : null}
            {project.ledger.map((item) => (
              <List.Item
                key={item.id}
                description={`${formatShanghai(item.raisedAt)}${item.note ? ` · ${item.note}` : ''}`}
                extra={<span className="status-word">{t(`enterprise:ledger.${item.status}`)}</span>}
              >
                {item.title}
              </List.Item>
            ))}
          </List>
        ))}
      </ListState>
    </section>
  );
}
