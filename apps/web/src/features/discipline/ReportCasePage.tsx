import { Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { useDisciplineReportCaseMutation, useDisciplineRulesQuery } from '../../graphql/generated';
import { ActionError } from '../department/ActionError';

interface ReportValues {
  officialName: string;
  officialPost: string;
  departmentCode: string;
  ruleCodes: string[];
  summary: string;
}

/** 报告违法违纪案件: who, which department, which rules of 十不准 / 十必须 broken, what happened. */
export function ReportCasePage() {
  const { t } = useTranslation('discipline');
  const navigate = useNavigate();
  const [form] = Form.useForm<ReportValues>();
  const lists = useDisciplineRulesQuery();
  const [report, reported] = useDisciplineReportCaseMutation({
    refetchQueries: ['DisciplineCases'],
  });
  const rules = lists.data?.conductRules.nodes ?? [];
  const departments = lists.data?.departments.nodes ?? [];
  const required = [{ required: true, whitespace: true, message: t('required') }];
  const finish = (values: ReportValues) =>
    void report({ variables: { input: values } })
      .then((result) => {
        const id = result.data?.reportMisconductCase.id;
        if (id) navigate(`/discipline/cases/${id}`);
      })
      .catch(() => undefined);
  return (
    <section className="page desk-page">
      <h1>{t('report.title')}</h1>
      <p className="muted">{t('report.intro')}</p>
      <ListState
        loading={lists.loading}
        error={lists.error}
        empty={rules.length === 0}
        onRetry={() => void lists.refetch()}
      >
        <Card>
          <Form
            form={form}
            name="report-case"
            layout="vertical"
            aria-label={t('report.title')}
            onFinish={finish}
          >
            <ActionError error={reported.error} ns="discipline" />
            <Form.Item label={t('report.officialName')} name="officialName" rules={required}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item label={t('report.officialPost')} name="officialPost" rules={required}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              label={t('report.department')}
              name="departmentCode"
              rules={[{ required: true, message: t('required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                options={departments.map((department) => ({
                  value: department.code,
                  label: department.name,
                }))}
              />
            </Form.Item>
            <Form.Item
              label={t('report.rules')}
              name="ruleCodes"
              rules={[{ required: true, message: t('report.rulesRequired') }]}
            >
              <Select
                mode="multiple"
                maxCount={5}
                optionFilterProp="label"
                options={rules.map((rule) => ({
                  value: rule.code,
                  label: `${rule.code} ${t(`kind.${rule.kind}`)}：${rule.text}`,
                }))}
              />
            </Form.Item>
            <Form.Item label={t('report.summary')} name="summary" rules={required}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={reported.loading}>
              {t('report.submit')}
            </Button>
          </Form>
        </Card>
      </ListState>
    </section>
  );
}
