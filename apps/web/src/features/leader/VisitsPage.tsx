import { Button, Card, Checkbox, Form, Input, List, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { shanghaiDay } from '../../format/time';
import {
  useWeekCasesQuery,
  useWeekLiaisonsQuery,
  useWeekLogVisitMutation,
  useWeekVisitsQuery,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';

interface VisitValues {
  visitedOn: string;
  place: string;
  enterpriseId?: string;
  findings: string;
  appealIds?: string[];
}

/** 调研 (深入一线): log a visit linked to the cases it concerns; my visits, newest first. */
export function VisitsPage() {
  const { t } = useTranslation('board');
  const visits = useWeekVisitsQuery({ fetchPolicy: 'cache-and-network' });
  const nodes = visits.data?.leaderVisits.nodes ?? [];
  const titleOf = new Map(
    (useWeekCasesQuery().data?.appeals.nodes ?? []).map((appeal) => [appeal.id, appeal.title]),
  );
  return (
    <section className="page desk-page">
      <h1>{t('week.visits')}</h1>
      <p className="muted">{t('week.visitsIntro')}</p>
      <VisitForm />
      <ListState
        loading={visits.loading}
        error={visits.error}
        empty={nodes.length === 0}
        emptyText={t('week.noVisits')}
        onRetry={() => void visits.refetch()}
      >
        <Card title={<h2 className="table-caption">{t('week.myVisits')}</h2>}>
          <List
            dataSource={nodes}
            rowKey="id"
            renderItem={(visit) => (
              <List.Item>
                <List.Item.Meta
                  title={`${visit.visitedOn} · ${visit.place}`}
                  description={
                    <>
                      <div>{visit.findings}</div>
                      <div className="muted">
                        {t('week.linked')}{' '}
                        {visit.appealIds.map((id) => titleOf.get(id) ?? id).join('；')}
                      </div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      </ListState>
    </section>
  );
}

function VisitForm() {
  const { t } = useTranslation('board');
  const [form] = Form.useForm<VisitValues>();
  const cases = useWeekCasesQuery().data?.appeals.nodes ?? [];
  const enterprises = useWeekLiaisonsQuery().data?.enterprises.nodes ?? [];
  const [log, logged] = useWeekLogVisitMutation({ refetchQueries: ['WeekVisits'] });
  const finish = (values: VisitValues) =>
    void log({
      variables: {
        input: {
          visitedOn: values.visitedOn,
          place: values.place,
          enterpriseId: values.enterpriseId ?? null,
          findings: values.findings,
          appealIds: values.appealIds ?? [],
        },
      },
    })
      .then(() => form.resetFields())
      .catch(() => undefined);
  const required = [{ required: true, whitespace: true, message: t('week.required') }];
  return (
    <Card title={<h2 className="table-caption">{t('week.logVisit')}</h2>}>
      <Form
        form={form}
        name="log-visit"
        layout="vertical"
        aria-label={t('week.logVisit')}
        initialValues={{ visitedOn: shanghaiDay(new Date()) }}
        onFinish={finish}
      >
        <ActionError error={logged.error} ns="board" />
        <Form.Item label={t('week.visitedOn')} name="visitedOn" rules={required}>
          <Input type="date" />
        </Form.Item>
        <Form.Item label={t('week.place')} name="place" rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('week.enterprise')} name="enterpriseId">
          <Select
            allowClear
            options={enterprises.map((enterprise) => ({
              value: enterprise.id,
              label: enterprise.name,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('week.findings')} name="findings" rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('week.cases')} name="appealIds">
          <Checkbox.Group>
            <Space direction="vertical">
              {cases.map((appeal) => (
                <Checkbox key={appeal.id} value={appeal.id}>
                  {appeal.title}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={logged.loading}>
          {t('week.saveVisit')}
        </Button>
      </Form>
    </Card>
  );
}
