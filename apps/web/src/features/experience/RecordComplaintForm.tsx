import { Button, Card, Input } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type HandlingMode,
  type RoastSessionQuery,
  useRecordRoastComplaintMutation,
  useRoastChoicesQuery,
  useRoastEnterprisesLazyQuery,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';

const MODES: readonly HandlingMode[] = ['TRACKED', 'URGENT', 'JOINT', 'LEDGER'];

interface Recorded {
  title: string;
  status: string;
  channel: string;
}

/**
 * ADMIN: a complaint raised at the session, filed as an appeal in the same step. An officer whose
 * company is sample data names the registered enterprise concerned; others default to their own.
 */
export function RecordComplaintForm({
  session,
  onRecorded,
}: {
  session: RoastSessionQuery['roastSession'];
  onRecorded: () => void;
}) {
  const { t } = useTranslation('experience');
  const choices = useRoastChoicesQuery();
  const [loadEnterprises, enterprises] = useRoastEnterprisesLazyQuery();
  const [record, recorded] = useRecordRoastComplaintMutation();
  const [officerId, setOfficerId] = useState('');
  const [enterpriseId, setEnterpriseId] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState('');
  const [handlingMode, setHandlingMode] = useState<HandlingMode>('TRACKED');
  const [done, setDone] = useState<Recorded | undefined>();

  const officer = session.attendingOfficers.find((candidate) => candidate.id === officerId);
  const needsEnterprise = officer !== undefined && !officer.enterpriseId;

  const chooseOfficer = (id: string) => {
    setOfficerId(id);
    setEnterpriseId('');
    const chosen = session.attendingOfficers.find((candidate) => candidate.id === id);
    if (chosen && !chosen.enterpriseId) void loadEnterprises();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    try {
      const answer = await record({
        variables: {
          sessionId: session.id,
          input: {
            officerId,
            ...(enterpriseId ? { enterpriseId } : {}),
            title: title.trim(),
            description: description.trim(),
            category,
            handlingMode,
          },
        },
      });
      const appeal = answer.data?.recordRoastComplaint;
      if (appeal) setDone({ title: appeal.title, status: appeal.status, channel: appeal.channel });
      setTitle('');
      setDescription('');
      onRecorded();
    } catch {
      // Shown by ActionError; what was typed stays.
    }
  };

  return (
    <Card title={t('record.title')}>
      <form onSubmit={(event) => void submit(event)} className="voices-form">
        <ActionError error={recorded.error} ns="experience" />
        {done ? (
          <p role="status" className="voices-done">
            {t('record.done', {
              title: done.title,
              status: t(`appeals:status.${done.status}`),
              channel: t(`appeals:channel.${done.channel}`),
            })}
          </p>
        ) : null}
        <label htmlFor="complaint-officer">{t('record.officer')}</label>
        <select
          id="complaint-officer"
          value={officerId}
          onChange={(event) => chooseOfficer(event.target.value)}
        >
          <option value="">{t('record.choose')}</option>
          {session.attendingOfficers.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}（{candidate.enterpriseName}）
            </option>
          ))}
        </select>
        {needsEnterprise ? (
          <>
            <label htmlFor="complaint-enterprise">{t('record.enterprise')}</label>
            <select
              id="complaint-enterprise"
              value={enterpriseId}
              onChange={(event) => setEnterpriseId(event.target.value)}
            >
              <option value="">{t('record.choose')}</option>
              {(enterprises.data?.enterprises.nodes ?? []).map((enterprise) => (
                <option key={enterprise.id} value={enterprise.id}>
                  {enterprise.name}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor="complaint-title">{t('record.complaintTitle')}</label>
        <Input
          id="complaint-title"
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor="complaint-description">{t('record.description')}</label>
        <Input.TextArea
          id="complaint-description"
          rows={4}
          maxLength={5000}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <label htmlFor="complaint-category">{t('record.category')}</label>
        <select
          id="complaint-category"
          value={category}
          onChange={(event) => setCategory(event.target.value)}
        >
          <option value="">{t('record.choose')}</option>
          {(choices.data?.appealCategories ?? []).map((choice) => (
            <option key={choice.code} value={choice.code}>
              {choice.name}
            </option>
          ))}
        </select>
        <label htmlFor="complaint-mode">{t('record.handlingMode')}</label>
        <select
          id="complaint-mode"
          value={handlingMode}
          onChange={(event) => setHandlingMode(event.target.value as HandlingMode)}
        >
          {MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`appeals:mode.${mode}`)}
            </option>
          ))}
        </select>
        <Button type="primary" htmlType="submit" loading={recorded.loading}>
          {t('record.submit')}
        </Button>
      </form>
    </Card>
  );
}
