import { Button, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVolunteerAddShiftMutation } from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { shanghaiInputToIso } from './plan';
import { useServerForm } from './server-form';

interface Values {
  startsAt: string;
  endsAt: string;
  requiredHeadcount: number;
}

/** 添加班次 to a post: start and end (Asia/Shanghai) and how many people it needs. */
export function ShiftForm({ postId, postLabel }: { postId: string; postLabel: string }) {
  const { t } = useTranslation('volunteer');
  const [form] = Form.useForm<Values>();
  const [add, added] = useVolunteerAddShiftMutation({ refetchQueries: ['VolunteerActivityPlan'] });
  const { error, submit } = useServerForm(form, ['startsAt', 'endsAt', 'requiredHeadcount']);
  const finish = async (values: Values) => {
    const startsAt = shanghaiInputToIso(values.startsAt);
    const endsAt = shanghaiInputToIso(values.endsAt);
    if (!startsAt || !endsAt) return;
    const ok = await submit(() =>
      add({
        variables: {
          input: { postId, startsAt, endsAt, requiredHeadcount: values.requiredHeadcount },
        },
      }),
    );
    if (ok) form.resetFields();
  };
  const time = [
    { required: true, message: t('required') },
    {
      validator: (_: unknown, value: string | undefined) =>
        !value || shanghaiInputToIso(value)
          ? Promise.resolve()
          : Promise.reject(new Error(t('shift.badTime'))),
    },
  ];
  return (
    <Form
      form={form}
      name={`shift-${postId}`}
      layout="inline"
      className="shift-form"
      aria-label={`${t('shift.add')}：${postLabel}`}
      onFinish={(values) => void finish(values)}
    >
      <ActionError error={error} ns="volunteer" />
      <Form.Item label={t('shift.startsAt')} name="startsAt" rules={time}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item label={t('shift.endsAt')} name="endsAt" rules={time}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item
        label={t('shift.requiredHeadcount')}
        name="requiredHeadcount"
        rules={[{ required: true, message: t('required') }]}
      >
        <InputNumber precision={0} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={added.loading}>
        {t('shift.add')}
      </Button>
    </Form>
  );
}
