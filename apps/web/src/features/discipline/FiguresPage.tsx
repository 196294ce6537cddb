import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useDisciplineFiguresQuery } from '../../graphql/generated';

/** 问题讲评 in figures: cases by department, and by rule of 十不准 / 十必须 broken. */
export function FiguresPage() {
  const { t } = useTranslation('discipline');
  const { data, loading, error, refetch } = useDisciplineFiguresQuery({
    fetchPolicy: 'cache-and-network',
  });
  const figures = data?.misconductFigures;
  return (
    <section className="page desk-page">
      <h1>{t('figures.title')}</h1>
      <ListState loading={loading} error={error} empty={!figures} onRetry={() => void refetch()}>
        <div className="desk-grid">
          <Card title={<h2 className="table-caption">{t('figures.byDepartment')}</h2>}>
            <Table
              rowKey="departmentCode"
              pagination={false}
              dataSource={[...(figures?.byDepartment ?? [])]}
              locale={{ emptyText: t('figures.none') }}
              columns={[
                { title: t('column.department'), dataIndex: 'departmentCode' },
                { title: t('figures.total'), dataIndex: 'total' },
                { title: t('figures.open'), dataIndex: 'open' },
              ]}
            />
          </Card>
          <Card title={<h2 className="table-caption">{t('figures.byRule')}</h2>}>
            <Table
              rowKey={(row) => row.rule.code}
              pagination={false}
              scroll={{ x: true }}
              dataSource={[...(figures?.byRule ?? [])]}
              columns={[
                {
                  title: t('column.rule'),
                  key: 'rule',
                  render: (_, row) => `${row.rule.code} ${row.rule.text}`,
                },
                { title: t('figures.total'), dataIndex: 'total' },
                { title: t('figures.open'), dataIndex: 'open' },
              ]}
            />
          </Card>
        </div>
      </ListState>
    </section>
  );
}
