import { Card, List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDepartmentNames } from '../../app/department-names';
import { ListState } from '../../app/ui/ListState';
import { useWeekLiaisonsQuery } from '../../graphql/generated';

/** 联系企业: the enterprises I liaise with (领导联系), each with its appeals and projects; then my 重点项目. */
export function LiaisonsPage() {
  const { t } = useTranslation('board');
  const { data, loading, error, refetch } = useWeekLiaisonsQuery({
    fetchPolicy: 'cache-and-network',
  });
  const departmentNames = useDepartmentNames();
  const enterprises = data?.enterprises.nodes ?? [];
  const keyProjects = data?.keyProjects.nodes ?? [];
  return (
    <section className="page desk-page">
      <h1>{t('week.liaisons')}</h1>
      <p className="muted">{t('week.liaisonsIntro')}</p>
      <ListState
        loading={loading}
        error={error}
        empty={enterprises.length === 0 && keyProjects.length === 0}
        emptyText={t('week.noLiaisons')}
        onRetry={() => void refetch()}
      >
        <Card title={<h2 className="table-caption">{t('week.keyProjects')}</h2>}>
          <List
            dataSource={keyProjects}
            rowKey="id"
            locale={{ emptyText: t('week.noKeyProjects') }}
            renderItem={(project) => (
              <List.Item>
                <List.Item.Meta
                  title={
                    <>
                      <Tag color="red">{t('week.keyTag')}</Tag> {project.name}
                    </>
                  }
                  description={`${project.enterprise.name} · ${t('week.butler')} ${project.butler.name} · ${departmentNames(project.departmentCodes)}`}
                />
              </List.Item>
            )}
          />
        </Card>
        <div className="desk-grid">
          {enterprises.map((enterprise) => (
            <Card
              key={enterprise.id}
              title={<h2 className="table-caption">{enterprise.name}</h2>}
              extra={<span className="muted">{enterprise.creditCode}</span>}
            >
              <Space direction="vertical" className="desk-stack">
                <h3>{t('week.enterpriseAppeals', { count: enterprise.appeals.length })}</h3>
                <ul className="plain-list">
                  {enterprise.appeals.map((appeal) => (
                    <li key={appeal.id}>
                      <Link to={`/board/cases/${appeal.id}`}>{appeal.title}</Link> ·{' '}
                      {t(`status.${appeal.status}`)} · {t(`mode.${appeal.handlingMode}`)}
                    </li>
                  ))}
                </ul>
                <h3>{t('week.projects', { count: enterprise.projects.length })}</h3>
                <ul className="plain-list">
                  {enterprise.projects.map((project) => (
                    <li key={project.id}>
                      {project.keyProject ? <Tag color="red">{t('week.keyTag')}</Tag> : null}
                      {project.name}
                    </li>
                  ))}
                </ul>
              </Space>
            </Card>
          ))}
        </div>
      </ListState>
    </section>
  );
}
