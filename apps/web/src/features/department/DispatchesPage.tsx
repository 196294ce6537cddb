import { Alert, Button, List, Table, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useIsDesk } from '../../app/preferences';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import {
  type DeskAppealSummaryFragment,
  useAcknowledgeDispatchMutation,
  useDeskAppealsQuery,
} from '../../graphql/generated';
import { ActionError } from './ActionError';
import { byReportInDeadline, dispatchTo, reportIn } from './report-in';
import { ReportInCell } from './ReportInCell';
import { useNow } from './use-now';

interface Row {
  appeal: DeskAppealSummaryFragment;
  dispatch: DeskAppealSummaryFragment['dispatches'][number] | undefined;
}

/** 待报到: the appeals dispatched to my department, nearest report-in deadline first, with 报到 at hand. */
export function DispatchesPage() {
  const { t } = useTranslation('department');
  const { departmentCode } = useClaims();
  const desk = useIsDesk();
  const now = useNow();
  const [done, setDone] = useState<string | undefined>();
  const [tab, setTab] = useState<'waiting' | 'reported'>('waiting');
  const { data, loading, error, refetch } = useDeskAppealsQuery({ variables: { first: 100 } });
  const [acknowledge, acknowledged] = useAcknowledgeDispatchMutation();

  const rows = byReportInDeadline(
    (data?.appeals.nodes ?? []).map((appeal) => ({
      appeal,
      dispatch: dispatchTo(appeal.dispatches, departmentCode),
    })),
  ).filter((row) => (tab === 'waiting') === !row.dispatch?.acknowledgedAt);

  const reportInNow = async (row: Row) => {
    if (!departmentCode) return;
    try {
      await acknowledge({ variables: { appealId: row.appeal.id, departmentCode } });
      setDone(row.appeal.title);
    } catch {
      // Shown by ActionError below the tabs.
    }
  };

  const title = (row: Row) => <Link to={`/desk/appeals/${row.appeal.id}`}>{row.appeal.title}</Link>;
  const action = (row: Row) =>
    row.dispatch && !row.dispatch.acknowledgedAt ? (
      <Button
        type="primary"
        loading={acknowledged.loading}
        onClick={() => void reportInNow(row)}
        aria-label={`${t('reportIn')}: ${row.appeal.title}`}
      >
        {t('reportIn')}
      </Button>
    ) : (
      <Link to={`/desk/appeals/${row.appeal.id}`}>{t('open')}</Link>
    );

  const list = desk ? (
    <Table<Row>
      rowKey={(row) => row.appeal.id}
      dataSource={rows}
      pagination={false}
      columns={[
        { title: t('column.title'), key: 'title', render: (_, row) => title(row) },
        {
          title: t('column.mode'),
          key: 'mode',
          render: (_, row) => t(`mode.${row.appeal.handlingMode}`),
        },
        {
          title: t('column.role'),
          key: 'role',
          render: (_, row) => (row.dispatch ? t(`role.${row.dispatch.role}`) : ''),
        },
        {
          title: t('column.deadline'),
          key: 'deadline',
          render: (_, row) =>
            row.dispatch?.acknowledgeBy ? formatShanghai(row.dispatch.acknowledgeBy) : '',
        },
        {
          title: t('column.left'),
          key: 'left',
          render: (_, row) => <ReportInCell state={reportIn(row.dispatch, now)} />,
        },
        {
          title: t('column.status'),
          key: 'status',
          render: (_, row) => t(`status.${row.appeal.status}`),
        },
        { title: t('column.action'), key: 'action', render: (_, row) => action(row) },
      ]}
    />
  ) : (
    <List<Row>
      dataSource={rows}
      rowKey={(row) => row.appeal.id}
      renderItem={(row) => (
        <List.Item actions={[action(row)]}>
          <List.Item.Meta
            title={title(row)}
            description={
              <>
                <ReportInCell state={reportIn(row.dispatch, now)} />
                <div>
                  {t('column.deadline')}{' '}
                  {row.dispatch?.acknowledgeBy ? formatShanghai(row.dispatch.acknowledgeBy) : ''}
                  {' · '}
                  {t(`mode.${row.appeal.handlingMode}`)}
                  {row.dispatch ? ` · ${t(`role.${row.dispatch.role}`)}` : ''}
                </div>
              </>
            }
          />
        </List.Item>
      )}
    />
  );

  return (
    <section className="page desk-page">
      <h1>{t('dispatches.title')}</h1>
      <p className="muted">{t('dispatches.intro')}</p>
      <p className="muted">{t('deadlineHint')}</p>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key === 'reported' ? 'reported' : 'waiting')}
        items={[
          { key: 'waiting', label: t('dispatches.waiting') },
          { key: 'reported', label: t('dispatches.reported') },
        ]}
      />
      <ActionError error={acknowledged.error} ns="department" />
      {done && !acknowledged.error ? (
        <Alert role="status" type="success" showIcon title={`${t('reportedIn')}: ${done}`} />
      ) : null}
      <ListState
        loading={loading}
        error={error}
        empty={rows.length === 0}
        emptyText={tab === 'waiting' ? t('dispatches.emptyWaiting') : t('dispatches.empty')}
        onRetry={() => void refetch()}
      >
        {list}
      </ListState>
    </section>
  );
}
