import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVolunteerAddPostMutation } from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { DUTIES } from './duties';
import { useServerForm } from './server-form';

interface Values {
  duty: (typeof DUTIES)[number];
  place: string;
}

/** 添加岗位: one of the four duties at a place, staffed by the lead's team. */
export function PostForm({ activityId, teamId }: { activityId: string; teamId: string }) {
  const { t } = useTranslation('volunteer');
  const [form] = Form.useForm<Values>();
  const [add, added] = useVolunteerAddPostMutation({ refetchQueries: ['VolunteerActivityPlan'] });
  const { error, submit } = useServerForm(form, ['duty', 'place']);
  const finish = async (values: Values) => {
    const ok = await submit(() =>
      add({
        variables: { input: { activityId, teamId, duty: values.duty, place: values.place.trim() } },
      }),
    );
    if (ok) form.resetFields();
  };
  return (
    <Form
      form={form}
      name={`post-${activityId}`}
      layout="vertical"
      onFinish={(values) => void finish(values)}
    >
      <ActionError error={error} ns="volunteer" />
      <Form.Item
        label={t('post.duty')}
        name="duty"
        rules={[{ required: true, message: t('required') }]}
      >
        <Radio.Group options={DUTIES.map((duty) => ({ value: duty, label: t(`duty.${duty}`) }))} />
      </Form.Item>
      <Form.Item
        label={t('post.place')}
        name="place"
        rules={[{ required: true, message: t('required') }]}
      >
        <Input maxLength={100} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={added.loading}>
        {t('post.add')}
      </Button>
    </Form>
  );
}
