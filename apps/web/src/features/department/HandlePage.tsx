import { Button, Card, Descriptions, Table, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import { useAcknowledgeDispatchMutation, useDeskAppealQuery } from '../../graphql/generated';
import { ActionError } from './ActionError';
import { dispatchTo, reportIn } from './report-in';
import { HandleSteps } from './HandleSteps';
import { ReportInCell } from './ReportInCell';
import { useNow } from './use-now';

/**
 * 办理: one appeal dispatched to my department: what it is, every department's report-in (JOINT
 * cases wait for all), the timeline, and the steps my department may take.
 */
export function HandlePage() {
  const { t } = useTranslation('department');
  const { id = '' } = useParams();
  const { departmentCode } = useClaims();
  const now = useNow();
  const { data, loading, error, refetch } = useDeskAppealQuery({ variables: { id } });
  const [acknowledge, acknowledged] = useAcknowledgeDispatchMutation();
  const appeal = data?.appeal;
  const mine = appeal ? dispatchTo(appeal.dispatches, departmentCode) : undefined;
  const departmentDispatches = (appeal?.dispatches ?? []).filter(
    (dispatch) => dispatch.targetKind === 'DEPARTMENT',
  );
  const leads = appeal?.leadDepartment?.code === departmentCode;

  return (
    <section className="page desk-page">
      <Link to="/desk">{t('handle.back')}</Link>
      <h1>
        {t('handle.title')}
        {appeal ? `：${appeal.title}` : ''}
      </h1>
      <ListState
        loading={loading}
        error={error}
        empty={!appeal}
        emptyText={t('handle.notFound')}
        onRetry={() => void refetch()}
      >
        {appeal ? (
          <div className="desk-grid">
            <Card title={t('handle.details')}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('column.status')}>
                  {t(`status.${appeal.status}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('column.mode')}>
                  {t(`mode.${appeal.handlingMode}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('handle.category')}>
                  {appeal.category.name}
                </Descriptions.Item>
                <Descriptions.Item label={t('handle.cell')}>
                  {appeal.gridCell.name}（{appeal.gridCell.code}）
                </Descriptions.Item>
                <Descriptions.Item label={t('handle.submittedAt')}>
                  {formatShanghai(appeal.submittedAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('handle.dueAt')}>
                  {formatShanghai(appeal.dueAt)}
                </Descriptions.Item>
                <Descriptions.Item label={t('handle.lead')}>
                  {appeal.leadDepartment?.name ?? ''}
                </Descriptions.Item>
                {appeal.leaderName ? (
                  <Descriptions.Item label={t('handle.leader')}>
                    {appeal.leaderName}
                  </Descriptions.Item>
                ) : null}
                <Descriptions.Item label={t('handle.description')}>
                  {appeal.description}
                </Descriptions.Item>
                {appeal.feedback ? (
                  <Descriptions.Item label={t('handle.feedback')}>
                    {appeal.feedback}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            <Card
              title={
                appeal.handlingMode === 'JOINT'
                  ? t('handle.dispatchesJoint')
                  : t('handle.dispatches')
              }
            >
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={departmentDispatches}
                columns={[
                  {
                    title: t('handle.lead'),
                    key: 'department',
                    render: (_, dispatch) =>
                      `${dispatch.department?.name ?? dispatch.targetCode}（${t(`role.${dispatch.role}`)}）`,
                  },
                  {
                    title: t('column.deadline'),
                    key: 'deadline',
                    render: (_, dispatch) =>
                      dispatch.acknowledgeBy ? formatShanghai(dispatch.acknowledgeBy) : '',
                  },
                  {
                    title: t('dispatches.reported'),
                    key: 'state',
                    render: (_, dispatch) => <ReportInCell state={reportIn(dispatch, now)} />,
                  },
                ]}
              />
              {mine && !mine.acknowledgedAt && departmentCode ? (
                <div className="desk-report-in">
                  <ActionError error={acknowledged.error} ns="department" />
                  <Button
                    type="primary"
                    loading={acknowledged.loading}
                    onClick={() =>
                      void acknowledge({
                        variables: { appealId: appeal.id, departmentCode },
                      })
                        .then(() => refetch())
                        .catch(() => undefined)
                    }
                  >
                    {t('reportIn')}
                  </Button>
                </div>
              ) : null}
            </Card>
            <Card title={t('handle.steps')}>
              {leads ? (
                <HandleSteps appeal={appeal} onDone={() => void refetch()} />
              ) : (
                <p className="muted">{t('handle.notLead')}</p>
              )}
            </Card>
            <Card title={t('handle.timeline')}>
              <Timeline
                items={appeal.timeline.map((entry) => ({
                  key: entry.id,
                  title: formatShanghai(entry.at),
                  content: `${t(`status.${entry.toStatus}`)} · ${entry.actor} · ${entry.note}`,
                }))}
              />
            </Card>
          </div>
        ) : null}
      </ListState>
    </section>
  );
}
