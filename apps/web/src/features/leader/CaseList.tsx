import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatShanghai } from '../../format/time';
import type { WeekCaseFragment } from '../../graphql/generated';

/** Cases of the leader's week: title (to the case), mode, status, lead department, due, and an action. */
export function CaseList({
  cases,
  caption,
  action,
}: {
  cases: readonly WeekCaseFragment[];
  caption: string;
  action?: { label: string; busy: string | null; run: (appeal: WeekCaseFragment) => void };
}) {
  const { t } = useTranslation('board');
  return (
    <Table<WeekCaseFragment>
      rowKey="id"
      pagination={false}
      dataSource={[...cases]}
      title={() => <h2 className="table-caption">{caption}</h2>}
      scroll={{ x: true }}
      columns={[
        {
          title: t('column.title'),
          key: 'title',
          render: (_, appeal) => <Link to={`/board/cases/${appeal.id}`}>{appeal.title}</Link>,
        },
        {
          title: t('column.mode'),
          key: 'mode',
          render: (_, appeal) => t(`mode.${appeal.handlingMode}`),
        },
        {
          title: t('column.status'),
          key: 'status',
          render: (_, appeal) => (
            <>
              {t(`status.${appeal.status}`)}{' '}
              {appeal.overdue ? <Tag color="red">{t('week.overdue')}</Tag> : null}
            </>
          ),
        },
        {
          title: t('column.lead'),
          key: 'lead',
          render: (_, appeal) => appeal.leadDepartment?.name ?? t('figure.unassigned'),
        },
        {
          title: t('column.dueAt'),
          key: 'dueAt',
          render: (_, appeal) => formatShanghai(appeal.dueAt),
        },
        ...(action
          ? [
              {
                title: t('week.action'),
                key: 'action',
                render: (_: unknown, appeal: WeekCaseFragment) => (
                  <Button
                    type="primary"
                    loading={action.busy === appeal.id}
                    aria-label={`${action.label}：${appeal.title}`}
                    onClick={() => action.run(appeal)}
                  >
                    {action.label}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
