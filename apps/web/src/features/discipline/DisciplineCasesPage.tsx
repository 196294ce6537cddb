import { Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import {
  type DisciplineCaseRowFragment,
  type MisconductCaseStatus,
  useDisciplineCasesQuery,
} from '../../graphql/generated';

const FILTERS = ['ALL', 'REPORTED', 'RECTIFIED', 'REVIEWED'] as const;

/**
 * Misconduct cases (违法违纪案件): the discipline officer's whole register, a supervisor the cases it
 * reported (the server decides; every other role reads none).
 */
export function DisciplineCasesPage() {
  const { t } = useTranslation('discipline');
  const { role } = useClaims();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('ALL');
  const { data, loading, error, refetch } = useDisciplineCasesQuery({
    variables: { status: filter === 'ALL' ? null : (filter as MisconductCaseStatus) },
    fetchPolicy: 'cache-and-network',
  });
  const cases = data?.misconductCases.nodes ?? [];
  const officer = role === 'DISCIPLINE_OFFICER';
  return (
    <section className="page desk-page">
      <h1>{officer ? t('cases.title') : t('cases.mine')}</h1>
      <p className="muted">{officer ? t('cases.intro') : t('cases.mineIntro')}</p>
      <p>
        <Link to="/discipline/report">{t('report.title')} →</Link>
      </p>
      <Segmented
        value={filter}
        onChange={setFilter}
        options={FILTERS.map((value) => ({ value, label: t(`filter.${value}`) }))}
      />
      <ListState
        loading={loading}
        error={error}
        empty={cases.length === 0}
        emptyText={t('cases.empty')}
        onRetry={() => void refetch()}
      >
        <Table<DisciplineCaseRowFragment>
          rowKey="id"
          pagination={false}
          scroll={{ x: true }}
          dataSource={[...cases]}
          columns={[
            {
              title: t('column.official'),
              key: 'official',
              render: (_, item) => (
                <Link to={`/discipline/cases/${item.id}`}>
                  {item.officialName}（{item.officialPost}）
                </Link>
              ),
            },
            { title: t('column.department'), dataIndex: 'departmentCode' },
            {
              title: t('column.rules'),
              key: 'rules',
              render: (_, item) => item.rules.map((rule) => rule.code).join('、'),
            },
            {
              title: t('column.status'),
              key: 'status',
              render: (_, item) => t(`status.${item.status}`),
            },
            {
              title: t('column.next'),
              key: 'next',
              render: (_, item) => (item.nextStep ? t(`step.${item.nextStep}`) : '—'),
            },
            {
              title: t('column.reportedAt'),
              key: 'reportedAt',
              render: (_, item) => formatShanghai(item.reportedAt),
            },
          ]}
        />
      </ListState>
    </section>
  );
}
