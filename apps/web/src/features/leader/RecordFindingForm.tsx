import { Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  useBoardFindingChoicesQuery,
  useBoardRecordFindingMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';

interface FindingValues {
  departmentCode: string;
  ruleCode: string;
  title: string;
  description: string;
  /** YYYY-MM-DD: rectified by the end of that day, Asia/Shanghai. */
  rectifyBy: string;
}

/** 暗访督导: a supervisor records what it found, against a department, citing the rule it breaks. */
export function RecordFindingForm() {
  const { t } = useTranslation('board');
  const [form] = Form.useForm<FindingValues>();
  const choices = useBoardFindingChoicesQuery();
  const [record, recorded] = useBoardRecordFindingMutation({ refetchQueries: ['BoardFindings'] });
  const rules = choices.data?.conductRules.nodes ?? [];
  const departments = choices.data?.departments.nodes ?? [];
  const required = [{ required: true, whitespace: true, message: t('week.required') }];
  const finish = (values: FindingValues) =>
    void record({
      variables: {
        input: {
          departmentCode: values.departmentCode,
          ruleCode: values.ruleCode,
          title: values.title,
          description: values.description,
          rectifyBy: `${values.rectifyBy}T23:59:00+08:00`,
        },
      },
    })
      .then(() => form.resetFields())
      .catch(() => undefined);
  return (
    <Card title={<h2 className="table-caption">{t('findings.record')}</h2>}>
      <Form
        form={form}
        name="record-finding"
        layout="vertical"
        aria-label={t('findings.record')}
        onFinish={finish}
      >
        <ActionError error={recorded.error ?? choices.error} ns="board" />
        <Form.Item label={t('findings.department')} name="departmentCode" rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            options={departments.map((department) => ({
              value: department.code,
              label: department.name,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('findings.ruleCited')} name="ruleCode" rules={required}>
          <Select
            showSearch
            optionFilterProp="label"
            options={rules.map((rule) => ({
              value: rule.code,
              label: `${rule.code} ${t(`findings.ruleKind.${rule.kind}`)}：${rule.text}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('findings.titleLabel')} name="title" rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label={t('findings.description')} name="description" rules={required}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item label={t('findings.rectifyBy')} name="rectifyBy" rules={required}>
          <Input type="date" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={recorded.loading}>
          {t('findings.save')}
        </Button>
      </Form>
    </Card>
  );
}
