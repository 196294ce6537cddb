import { Button, Card, Descriptions, Form, Input, Select, Space, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { formatShanghai } from '../../format/time';
import {
  type HandlingMode,
  useWeekCaseQuery,
  useWeekChangeModeMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';

const MODES: readonly HandlingMode[] = ['URGENT', 'LEDGER', 'JOINT', 'TRACKED'];
const DONE = ['RESOLVED', 'EVALUATED', 'CLOSED'];

interface ModeValues {
  mode: HandlingMode;
  reason: string;
}

/** One case as the leader or supervisor reads it: its timeline, and its handling mode changed with a reason. */
export function CasePage() {
  const { t } = useTranslation('board');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useWeekCaseQuery({ variables: { id } });
  const appeal = data?.appeal;
  return (
    <section className="page desk-page">
      <p>
        <Link to="/board/my-cases">{t('week.back')}</Link>
      </p>
      <ListState loading={loading} error={error} empty={!appeal} onRetry={() => void refetch()}>
        {appeal ? (
          <Space direction="vertical" className="desk-stack" size="large">
            <h1>{appeal.title}</h1>
            <Descriptions bordered column={1} size="small">
              <Descriptions.Item label={t('column.mode')}>
                {t(`mode.${appeal.handlingMode}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.status')}>
                {t(`status.${appeal.status}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('week.leader')}>
                {appeal.leaderName ?? appeal.leaderId ?? t('figure.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.lead')}>
                {appeal.leadDepartment?.name ?? t('figure.unassigned')}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.dueAt')}>
                {formatShanghai(appeal.dueAt)}
              </Descriptions.Item>
            </Descriptions>
            <p>{appeal.description}</p>
            {DONE.includes(appeal.status) ? null : (
              <ModeForm appealId={appeal.id} current={appeal.handlingMode} />
            )}
            <Card title={<h2 className="table-caption">{t('week.timeline')}</h2>}>
              <Timeline
                items={appeal.timeline.map((entry, index) => ({
                  key: `${entry.at}-${index}`,
                  children: (
                    <>
                      <div className="muted">
                        {formatShanghai(entry.at)} · {entry.actor}
                      </div>
                      <div>{entry.note}</div>
                    </>
                  ),
                }))}
              />
            </Card>
          </Space>
        ) : null}
      </ListState>
    </section>
  );
}

/** 办理方式: the new mode and why (required; it goes on the timeline). */
function ModeForm({ appealId, current }: { appealId: string; current: HandlingMode }) {
  const { t } = useTranslation('board');
  const [form] = Form.useForm<ModeValues>();
  const [change, changed] = useWeekChangeModeMutation();
  const finish = (values: ModeValues) =>
    void change({ variables: { id: appealId, mode: values.mode, reason: values.reason } })
      .then(() => form.resetFields())
      .catch(() => undefined);
  return (
    <Card title={<h2 className="table-caption">{t('week.changeMode')}</h2>}>
      <Form
        form={form}
        name="change-mode"
        layout="vertical"
        aria-label={t('week.changeMode')}
        onFinish={finish}
      >
        <ActionError error={changed.error} ns="board" />
        <Form.Item
          label={t('week.newMode')}
          name="mode"
          rules={[{ required: true, message: t('week.required') }]}
        >
          <Select
            options={MODES.filter((mode) => mode !== current).map((mode) => ({
              value: mode,
              label: t(`mode.${mode}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('week.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('week.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={changed.loading}>
          {t('week.saveMode')}
        </Button>
      </Form>
    </Card>
  );
}
