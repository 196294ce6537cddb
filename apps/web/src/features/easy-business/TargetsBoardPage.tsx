import { Card, Col, Progress, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { formatShanghai } from '../../format/time';
import { type EasyBusinessBoardQuery, useEasyBusinessBoardQuery } from '../../graphql/generated';

type DepartmentRow = EasyBusinessBoardQuery['approvalFigures']['byDepartment'][number];
type MatterRow = EasyBusinessBoardQuery['approvalFigures']['byMatter'][number];

/** The year the article's targets are for: the board opens on it. */
const TARGET_YEAR = 2024;

const percent = (rate: number | null | undefined): string =>
  rate === null || rate === undefined ? '—' : `${Math.round(rate * 1000) / 10}%`;

/** 易企办 on the board: the year's targets against the list, and 零超时 by department and matter. */
export function TargetsBoardPage() {
  const { t } = useTranslation('easyBusiness');
  const board = useEasyBusinessBoardQuery({ variables: { year: TARGET_YEAR } });
  const targets = board.data?.serviceTargets ?? [];
  const figures = board.data?.approvalFigures;
  return (
    <section className="page easy-business-board">
      <h1>{t('boardTitle', { year: TARGET_YEAR })}</h1>
      <ListState
        loading={board.loading}
        error={board.error}
        empty={!board.data}
        onRetry={() => void board.refetch()}
      >
        <Row gutter={[16, 16]}>
          {targets.map((target) => (
            <Col key={target.mode} xs={24} sm={12} lg={6}>
              <Card title={target.counts} size="small">
                <Progress
                  type="dashboard"
                  percent={Math.round(target.progress * 1000) / 10}
                  aria-label={`${target.counts} ${t('progress')}`}
                />
                <p className="target-figure">
                  {t('targetFigure', { achieved: target.achieved, target: target.target })}
                </p>
              </Card>
            </Col>
          ))}
        </Row>
        <h2>{t('zeroOvertime')}</h2>
        {figures ? <p>{t('asOf', { at: formatShanghai(figures.asOf) })}</p> : null}
        <Table<DepartmentRow>
          rowKey="departmentCode"
          dataSource={figures?.byDepartment ?? []}
          pagination={false}
          columns={[
            {
              title: t('column.department'),
              key: 'd',
              render: (_, row) =>
                t(`departments.${row.departmentCode}`, { defaultValue: row.departmentCode }),
            },
            { title: t('column.accepted'), dataIndex: 'accepted' },
            { title: t('column.open'), dataIndex: 'open' },
            { title: t('column.decided'), dataIndex: 'decided' },
            {
              title: t('column.overdue'),
              key: 'o',
              render: (_, row) => (
                <span className={row.overdue > 0 ? 'overdue-figure' : ''}>{row.overdue}</span>
              ),
            },
            { title: t('column.escalated'), dataIndex: 'escalated' },
            {
              title: t('column.onTimeRate'),
              key: 'r',
              render: (_, row) => percent(row.onTimeRate),
            },
          ]}
        />
        <h2>{t('byMatter')}</h2>
        <Table<MatterRow>
          rowKey={(row) => `${row.departmentCode}/${row.matterCode ?? ''}`}
          dataSource={figures?.byMatter ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              title: t('column.matter'),
              key: 'm',
              render: (_, row) => `${row.matterName ?? ''}（${row.matterCode ?? ''}）`,
            },
            { title: t('column.accepted'), dataIndex: 'accepted' },
            { title: t('column.overdue'), dataIndex: 'overdue' },
            {
              title: t('column.onTimeRate'),
              key: 'r',
              render: (_, row) => percent(row.onTimeRate),
            },
          ]}
        />
      </ListState>
    </section>
  );
}
