import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type AdviceNoteFieldsFragment,
  useRespondToAdviceNoteMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';

/** The department's written response (required, given once). */
export function RespondForm({ note }: { note: AdviceNoteFieldsFragment }) {
  const { t } = useTranslation('advice');
  const [response, setResponse] = useState('');
  const [missing, setMissing] = useState(false);
  const [respond, responded] = useRespondToAdviceNoteMutation();
  const inputId = `advice-response-${note.id}`;
  const submit = () => {
    if (!response.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    void respond({ variables: { id: note.id, response: response.trim() } }).catch(() => undefined);
  };
  return (
    <Space direction="vertical" className="desk-stack">
      <ActionError error={responded.error} ns="advice" />
      <label htmlFor={inputId}>{t('response.label', { title: note.title })}</label>
      <Input.TextArea
        id={inputId}
        rows={3}
        maxLength={5000}
        value={response}
        aria-invalid={missing}
        aria-describedby={missing ? `${inputId}-error` : undefined}
        onChange={(event) => setResponse(event.target.value)}
      />
      {missing ? (
        <p id={`${inputId}-error`} className="field-error" role="alert">
          {t('response.required')}
        </p>
      ) : null}
      <Button type="primary" loading={responded.loading} onClick={submit}>
        {t('response.submit')}
      </Button>
    </Space>
  );
}
