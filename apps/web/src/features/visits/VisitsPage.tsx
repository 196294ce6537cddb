import { Button, Form, Input, List, Selector, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import { graphQLErrorDetails } from '../../graphql/client';
import {
  useLogEnterpriseVisitMutation,
  useMyVisitsQuery,
  useVisitableEnterprisesQuery,
} from '../../graphql/generated';

/** 走访记录: the visits one may see, and (for a visitor) the form to log one with the needs heard. */
export function VisitsPage() {
  const { t } = useTranslation();
  const { role } = useClaims();
  const visits = useMyVisitsQuery({ fetchPolicy: 'cache-and-network' });
  const list = visits.data?.enterpriseVisits.nodes ?? [];
  const mayLog = role !== 'ENTERPRISE' && role !== 'SUPERVISOR';
  return (
    <section className="page visits">
      <h1>{t('visits:title')}</h1>
      {mayLog ? <LogVisitForm onLogged={() => void visits.refetch()} /> : null}
      <h2>{t('visits:list.title', { count: visits.data?.enterpriseVisits.totalCount ?? 0 })}</h2>
      <ListState
        loading={visits.loading && !visits.data}
        error={visits.error}
        empty={list.length === 0}
        emptyText={t('visits:list.empty')}
        onRetry={() => void visits.refetch()}
      >
        <List>
          {list.map((visit) => (
            <List.Item
              key={visit.id}
              description={`${formatShanghai(visit.visitedAt)} · ${visit.visitorName ?? ''} · ${t(
                'visits:list.needs',
                {
                  count: visit.needs.length,
                  raised: visit.needs.filter((need) => need.appealId).length,
                },
              )}`}
            >
              <Link to={`/visits/${visit.id}`}>
                {visit.enterprise?.name ?? t('visits:list.enterpriseHidden')}：{visit.summary}
              </Link>
            </List.Item>
          ))}
        </List>
      </ListState>
    </section>
  );
}

interface VisitForm {
  enterpriseId?: string[];
  summary?: string;
  needs?: string;
}

/** 登记走访: the enterprise, what was talked about, and the needs heard, one per line. */
function LogVisitForm({ onLogged }: { onLogged: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<VisitForm>();
  const [fieldError, setFieldError] = useState<{ field?: string; message: string }>();
  const enterprises = useVisitableEnterprisesQuery();
  const [logVisit, { loading }] = useLogEnterpriseVisitMutation();
  const submit = async (values: VisitForm) => {
    setFieldError(undefined);
    const needs = (values.needs ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .map((text) => ({ text }));
    try {
      const { data } = await logVisit({
        variables: {
          input: {
            enterpriseId: values.enterpriseId?.[0] ?? '',
            summary: values.summary ?? '',
            needs,
          },
        },
      });
      Toast.show({ content: t('visits:form.logged') });
      form.resetFields();
      onLogged();
      if (data) navigate(`/visits/${data.logEnterpriseVisit.id}`);
    } catch (error) {
      setFieldError(graphQLErrorDetails(error));
    }
  };
  const errorOf = (field: string) =>
    fieldError?.field?.startsWith(field) ? fieldError.message : undefined;
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      aria-label={t('visits:form.title')}
      footer={
        <Button block type="submit" color="primary" loading={loading}>
          {t('visits:form.submit')}
        </Button>
      }
    >
      <Form.Header>{t('visits:form.title')}</Form.Header>
      <Form.Item
        name="enterpriseId"
        label={t('visits:form.enterprise')}
        rules={[{ required: true, message: t('visits:form.enterpriseRequired') }]}
        help={errorOf('enterpriseId')}
      >
        <Selector
          columns={1}
          options={(enterprises.data?.enterprises.nodes ?? []).map((enterprise) => ({
            label: enterprise.name,
            value: enterprise.id,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('visits:form.summary')}
        rules={[{ required: true, message: t('visits:form.summaryRequired') }]}
        help={errorOf('summary')}
      >
        <Input placeholder={t('visits:form.summaryPlaceholder')} />
      </Form.Item>
      <Form.Item
        name="needs"
        label={t('visits:form.needs')}
        help={errorOf('needs') ?? t('visits:form.needsHelp')}
      >
        <TextArea rows={3} placeholder={t('visits:form.needsPlaceholder')} />
      </Form.Item>
      {fieldError && !fieldError.field ? <p role="alert">{fieldError.message}</p> : null}
    </Form>
  );
}
