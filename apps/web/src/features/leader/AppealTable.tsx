import { List, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsDesk } from '../../app/preferences';
import { DueTag } from '../../app/ui/DueTag';
import { dueState, formatShanghai, hoursAndMinutes } from '../../format/time';
import type { BoardAppealFragment } from '../../graphql/generated';
import { useNow } from '../department/use-now';

const CLOSED = ['RESOLVED', 'EVALUATED', 'CLOSED'];

/** Appeals on the board: due time with its status word, how long overdue, the cell and the lead department. */
export function AppealTable({ appeals }: { appeals: readonly BoardAppealFragment[] }) {
  const { t } = useTranslation('board');
  const desk = useIsDesk();
  const now = useNow();
  const state = (appeal: BoardAppealFragment) =>
    dueState({ dueAt: appeal.dueAt, closed: CLOSED.includes(appeal.status), now });
  const late = (appeal: BoardAppealFragment) => {
    const overdueBy = now.getTime() - new Date(appeal.dueAt).getTime();
    if (overdueBy <= 0 || CLOSED.includes(appeal.status)) return '';
    const { hours, minutes } = hoursAndMinutes(overdueBy);
    return t('overdueBy', { hours, minutes });
  };
  if (!desk)
    return (
      <List<BoardAppealFragment>
        dataSource={[...appeals]}
        rowKey="id"
        renderItem={(appeal) => (
          <List.Item>
            <List.Item.Meta
              title={appeal.title}
              description={
                <>
                  <DueTag state={state(appeal)} /> {late(appeal)}
                  <div>
                    {t('column.dueAt')} {formatShanghai(appeal.dueAt)} ·{' '}
                    {appeal.leadDepartment?.name ?? t('figure.unassigned')} · {appeal.gridCell.name}
                  </div>
                </>
              }
            />
          </List.Item>
        )}
      />
    );
  return (
    <Table<BoardAppealFragment>
      rowKey="id"
      pagination={false}
      dataSource={[...appeals]}
      columns={[
        { title: t('column.title'), dataIndex: 'title' },
        {
          title: t('column.mode'),
          key: 'mode',
          render: (_, appeal) => t(`mode.${appeal.handlingMode}`),
        },
        {
          title: t('column.status'),
          key: 'status',
          render: (_, appeal) => t(`status.${appeal.status}`),
        },
        {
          title: t('column.lead'),
          key: 'lead',
          render: (_, appeal) => appeal.leadDepartment?.name ?? t('figure.unassigned'),
        },
        { title: t('column.cell'), key: 'cell', render: (_, appeal) => appeal.gridCell.name },
        {
          title: t('column.dueAt'),
          key: 'dueAt',
          render: (_, appeal) => formatShanghai(appeal.dueAt),
        },
        {
          title: t('column.due'),
          key: 'due',
          render: (_, appeal) => (
            <span className="report-in">
              <DueTag state={state(appeal)} /> {late(appeal)}
            </span>
          ),
        },
      ]}
    />
  );
}
