import { Button, Card, Checkbox, Input, Space } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateRoastSessionMutation, useRoastChoicesQuery } from '../../graphql/generated';
import { ActionError } from '../department/ActionError';

/** ADMIN: a new 吐槽大会 with its day, place, topic and the experience officers attending. */
export function NewSessionForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('experience');
  const choices = useRoastChoicesQuery();
  const [create, created] = useCreateRoastSessionMutation();
  const [heldOn, setHeldOn] = useState('');
  const [place, setPlace] = useState('');
  const [topic, setTopic] = useState('');
  const [officerIds, setOfficerIds] = useState<string[]>([]);
  const [done, setDone] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    try {
      const answer = await create({
        variables: {
          input: {
            heldOn,
            place: place.trim(),
            ...(topic.trim() ? { topic: topic.trim() } : {}),
            attendingOfficerIds: officerIds,
          },
        },
      });
      const session = answer.data?.createRoastSession;
      if (session) setDone(`${session.heldOn} · ${session.place}`);
      setHeldOn('');
      setPlace('');
      setTopic('');
      setOfficerIds([]);
      onCreated();
    } catch {
      // Shown by ActionError.
    }
  };

  const officers = choices.data?.experienceOfficers.nodes ?? [];
  return (
    <Card title={t('newSession.title')}>
      <form onSubmit={(event) => void submit(event)} className="voices-form">
        <ActionError error={created.error} ns="experience" />
        {done ? (
          <p role="status" className="voices-done">
            {t('newSession.done', { session: done })}
          </p>
        ) : null}
        <label htmlFor="roast-held-on">{t('newSession.heldOn')}</label>
        <Input
          id="roast-held-on"
          type="date"
          required
          value={heldOn}
          onChange={(event) => setHeldOn(event.target.value)}
        />
        <label htmlFor="roast-place">{t('newSession.place')}</label>
        <Input
          id="roast-place"
          required
          maxLength={200}
          value={place}
          onChange={(event) => setPlace(event.target.value)}
        />
        <label htmlFor="roast-topic">{t('newSession.topic')}</label>
        <Input
          id="roast-topic"
          maxLength={200}
          value={topic}
          onChange={(event) => setTopic(event.target.value)}
        />
        <fieldset className="voices-fieldset">
          <legend>{t('newSession.officers')}</legend>
          <Checkbox.Group
            value={officerIds}
            onChange={(values) => setOfficerIds(values.map(String))}
          >
            <Space direction="vertical">
              {officers.map((officer) => (
                <Checkbox key={officer.id} value={officer.id}>
                  {officer.name}（{officer.enterpriseName}）
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </fieldset>
        <Button type="primary" htmlType="submit" loading={created.loading}>
          {t('newSession.submit')}
        </Button>
      </form>
    </Card>
  );
}
