import { Button, Card, Descriptions, Form, Input, Space, Steps, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import {
  type DisciplineCaseDetailFragment,
  type MisconductStep,
  useDisciplineAdvanceCaseMutation,
  useDisciplineCaseQuery,
  useDisciplineReviewCaseMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { SIX_STEPS, stepsTaken } from './steps';

/** One misconduct case: its six steps, the rules it breaks, its history and, at the end, the 讲评 report. */
export function DisciplineCasePage() {
  const { t } = useTranslation('discipline');
  const { id = '' } = useParams();
  const { role } = useClaims();
  const { data, loading, error, refetch } = useDisciplineCaseQuery({ variables: { id } });
  const item = data?.misconductCase;
  const officer = role === 'DISCIPLINE_OFFICER';
  return (
    <section className="page desk-page">
      <p>
        <Link to="/discipline/cases">{t('case.back')}</Link>
      </p>
      <ListState loading={loading} error={error} empty={!item} onRetry={() => void refetch()}>
        {item ? (
          <Space direction="vertical" className="desk-stack" size="large">
            <h1>
              {item.officialName}（{item.officialPost}）
            </h1>
            <Steps
              aria-label={t('case.steps')}
              size="small"
              current={stepsTaken(item.status)}
              items={SIX_STEPS.map((step) => ({ title: t(`step.${step}`) }))}
            />
            <Descriptions bordered column={1} size="small">
              <Descriptions.Item label={t('column.status')}>
                {t(`status.${item.status}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.department')}>
                {item.departmentCode}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.reportedBy')}>
                {item.reportedBy} · {formatShanghai(item.reportedAt)}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.rules')}>
                <ul className="plain-list">
                  {item.rules.map((rule) => (
                    <li key={rule.code}>
                      <Tag color={rule.kind === 'PROHIBITION' ? 'red' : 'blue'}>
                        {t(`kind.${rule.kind}`)}
                      </Tag>
                      {rule.code} {rule.text}
                    </li>
                  ))}
                </ul>
              </Descriptions.Item>
            </Descriptions>
            <p>{item.summary}</p>
            {officer && item.nextStep ? <AdvanceForm item={item} step={item.nextStep} /> : null}
            {officer && item.status === 'RECTIFIED' ? <ReviewForm id={item.id} /> : null}
            {item.status === 'REVIEWED' ? <ReviewReport item={item} /> : null}
            <Card title={<h2 className="table-caption">{t('case.history')}</h2>}>
              <Timeline
                items={item.history.map((entry) => ({
                  key: entry.id,
                  children: (
                    <>
                      <div className="muted">
                        {formatShanghai(entry.at)} · {entry.actor} · {t(`status.${entry.toStatus}`)}
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

/** The case's next step, with what was done in it (required). */
function AdvanceForm({ item, step }: { item: DisciplineCaseDetailFragment; step: MisconductStep }) {
  const { t } = useTranslation('discipline');
  const [form] = Form.useForm<{ note: string }>();
  const [advance, advanced] = useDisciplineAdvanceCaseMutation();
  return (
    <Card title={<h2 className="table-caption">{t('case.next', { step: t(`step.${step}`) })}</h2>}>
      <Form
        form={form}
        name="advance-case"
        layout="vertical"
        aria-label={t('case.next', { step: t(`step.${step}`) })}
        onFinish={(values) =>
          void advance({ variables: { id: item.id, step, note: values.note } })
            .then(() => form.resetFields())
            .catch(() => undefined)
        }
      >
        <ActionError error={advanced.error} ns="discipline" />
        <Form.Item
          label={t('case.note')}
          name="note"
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={advanced.loading}>
          {t('case.complete', { step: t(`step.${step}`) })}
        </Button>
      </Form>
    </Card>
  );
}

/** 讲评: the case review and the lessons for every department, once the six steps are done. */
function ReviewForm({ id }: { id: string }) {
  const { t } = useTranslation('discipline');
  const [form] = Form.useForm<{ review: string; lessons: string }>();
  const [review, reviewed] = useDisciplineReviewCaseMutation();
  const required = [{ required: true, whitespace: true, message: t('required') }];
  return (
    <Card title={<h2 className="table-caption">{t('case.writeReview')}</h2>}>
      <Form
        form={form}
        name="review-case"
        layout="vertical"
        aria-label={t('case.writeReview')}
        onFinish={(values) =>
          void review({ variables: { id, review: values.review, lessons: values.lessons } }).catch(
            () => undefined,
          )
        }
      >
        <ActionError error={reviewed.error} ns="discipline" />
        <Form.Item label={t('case.review')} name="review" rules={required}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item label={t('case.lessons')} name="lessons" rules={required}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={reviewed.loading}>
          {t('case.saveReview')}
        </Button>
      </Form>
    </Card>
  );
}

function ReviewReport({ item }: { item: DisciplineCaseDetailFragment }) {
  const { t } = useTranslation('discipline');
  return (
    <Card
      title={<h2 className="table-caption">{t('case.report')}</h2>}
      extra={
        <span className="muted">
          {item.reviewedBy} · {item.reviewedAt ? formatShanghai(item.reviewedAt) : ''}
        </span>
      }
    >
      <h3>{t('case.review')}</h3>
      <p>{item.review}</p>
      <h3>{t('case.lessons')}</h3>
      <p>{item.lessons}</p>
    </Card>
  );
}
