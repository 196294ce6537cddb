import { Alert, Button, Checkbox, Collapse, Form, Input, List, Popconfirm, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsDesk } from '../../app/preferences';
import {
  type RosterMemberFragment,
  type VolunteerRosterQuery,
  type VolunteerSkill,
  useVolunteerDeactivateMutation,
  useVolunteerRegisterMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { useServerForm } from './server-form';

const SKILLS: readonly VolunteerSkill[] = [
  'FIRST_AID',
  'SIGN_LANGUAGE',
  'SNOW_CLEARING',
  'ELDER_CARE',
  'GUIDING',
  'DRIVING',
];

type Team = VolunteerRosterQuery['volunteerTeam'];

/** 队员: the members with skills, phone (as the server sends it: masked where the role must not see it), hours. */
export function MembersTab({ team }: { team: Team }) {
  const { t } = useTranslation('volunteer');
  const desk = useIsDesk();
  const [done, setDone] = useState<string | undefined>();
  const [deactivate, deactivated] = useVolunteerDeactivateMutation({
    refetchQueries: ['VolunteerRoster'],
  });
  const members = [...team.volunteers].sort((a, b) => Number(b.active) - Number(a.active));
  const skills = (member: RosterMemberFragment) =>
    member.skills.map((skill) => t(`skill.${skill}`)).join('、') || t('member.noSkills');
  const hours = (member: RosterMemberFragment) =>
    t('hours', { hours: member.serviceHours.totalHours.toFixed(1) });
  const action = (member: RosterMemberFragment) =>
    member.active ? (
      <Popconfirm
        title={t('member.deactivateConfirm', { name: member.name })}
        okText={t('member.deactivate')}
        cancelText={t('checkIn.cancel')}
        onConfirm={async () => {
          setDone(undefined);
          try {
            await deactivate({ variables: { id: member.id } });
            setDone(`${t('member.deactivated')}：${member.name}`);
          } catch {
            // ActionError says why.
          }
        }}
      >
        <Button size="small" aria-label={`${t('member.deactivate')}：${member.name}`}>
          {t('member.deactivate')}
        </Button>
      </Popconfirm>
    ) : (
      <span className="state-tag">{t('member.inactive')}</span>
    );
  return (
    <div className="members">
      <p className="muted">
        {t('member.summary', {
          community: team.community,
          count: team.memberCount,
          lead: team.lead?.name ?? t('member.noLead'),
        })}
      </p>
      <ActionError error={deactivated.error} ns="volunteer" />
      {done && !deactivated.error ? (
        <Alert role="status" type="success" showIcon title={done} />
      ) : null}
      {desk ? (
        <Table<RosterMemberFragment>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={members}
          columns={[
            { title: t('member.name'), dataIndex: 'name' },
            { title: t('member.phone'), dataIndex: 'phone' },
            { title: t('member.skills'), key: 'skills', render: (_, m) => skills(m) },
            { title: t('member.joinedOn'), key: 'joinedOn', render: (_, m) => String(m.joinedOn) },
            { title: t('member.hours'), key: 'hours', render: (_, m) => hours(m) },
            { title: t('member.action'), key: 'action', render: (_, m) => action(m) },
          ]}
        />
      ) : (
        <List<RosterMemberFragment>
          dataSource={members}
          rowKey="id"
          renderItem={(member) => (
            <List.Item actions={[action(member)]}>
              <List.Item.Meta
                title={member.name}
                description={`${member.phone} · ${skills(member)} · ${hours(member)}`}
              />
            </List.Item>
          )}
        />
      )}
      <Collapse
        items={[
          {
            key: 'register',
            label: t('member.register'),
            children: <RegisterForm teamId={team.id} />,
          },
        ]}
      />
    </div>
  );
}

interface Values {
  name: string;
  phone: string;
  skills?: VolunteerSkill[];
}

/** 登记队员: a new member of the team, with the skills they bring. */
function RegisterForm({ teamId }: { teamId: string }) {
  const { t } = useTranslation('volunteer');
  const [form] = Form.useForm<Values>();
  const [register, registered] = useVolunteerRegisterMutation({
    refetchQueries: ['VolunteerRoster'],
  });
  const { error, submit } = useServerForm(form, ['name', 'phone', 'skills']);
  const finish = async (values: Values) => {
    const ok = await submit(() =>
      register({
        variables: {
          input: {
            teamId,
            name: values.name.trim(),
            phone: values.phone.trim(),
            skills: values.skills ?? [],
          },
        },
      }),
    );
    if (ok) form.resetFields();
  };
  return (
    <Form form={form} name="register" layout="vertical" onFinish={(values) => void finish(values)}>
      <ActionError error={error} ns="volunteer" />
      <Form.Item
        label={t('member.name')}
        name="name"
        rules={[{ required: true, message: t('required') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        label={t('member.phone')}
        name="phone"
        rules={[{ required: true, message: t('required') }]}
      >
        <Input inputMode="tel" maxLength={11} />
      </Form.Item>
      <Form.Item label={t('member.skills')} name="skills">
        <Checkbox.Group
          options={SKILLS.map((skill) => ({ value: skill, label: t(`skill.${skill}`) }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={registered.loading}>
        {t('member.registerSubmit')}
      </Button>
    </Form>
  );
}
