import { Button, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVolunteerCreateActivityMutation } from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { useServerForm } from './server-form';

interface Values {
  code: string;
  name: string;
  location: string;
  startsOn: string;
  endsOn: string;
  reportedVisits?: number | null;
}

const FIELDS = ['code', 'name', 'location', 'startsOn', 'endsOn', 'reportedVisits'];

/** 新建活动: a volunteer activity (志愿活动) over its days, in Asia/Shanghai dates. */
export function ActivityForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation('volunteer');
  const [form] = Form.useForm<Values>();
  const [create, created] = useVolunteerCreateActivityMutation({
    refetchQueries: ['VolunteerRoster'],
  });
  const { error, submit } = useServerForm(form, FIELDS);
  const finish = async (values: Values) => {
    let id: string | undefined;
    const ok = await submit(async () => {
      const result = await create({
        variables: {
          input: {
            code: values.code.trim(),
            name: values.name.trim(),
            location: values.location.trim(),
            startsOn: values.startsOn,
            endsOn: values.endsOn,
            ...(values.reportedVisits != null ? { reportedVisits: values.reportedVisits } : {}),
          },
        },
      });
      id = result.data?.createVolunteerActivity.id;
    });
    if (ok && id) {
      form.resetFields();
      onCreated(id);
    }
  };
  return (
    <Form form={form} name="activity" layout="vertical" onFinish={(values) => void finish(values)}>
      <ActionError error={error} ns="volunteer" />
      <Form.Item
        label={t('activity.code')}
        name="code"
        rules={[{ required: true, message: t('required') }]}
        extra={t('activity.codeHint')}
      >
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item
        label={t('activity.name')}
        name="name"
        rules={[{ required: true, message: t('required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        label={t('activity.location')}
        name="location"
        rules={[{ required: true, message: t('required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        label={t('activity.startsOn')}
        name="startsOn"
        rules={[{ required: true, message: t('required') }]}
      >
        <Input type="date" />
      </Form.Item>
      <Form.Item
        label={t('activity.endsOn')}
        name="endsOn"
        rules={[{ required: true, message: t('required') }]}
      >
        <Input type="date" />
      </Form.Item>
      <Form.Item label={t('activity.reportedVisits')} name="reportedVisits">
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={created.loading}>
        {t('activity.create')}
      </Button>
    </Form>
  );
}
