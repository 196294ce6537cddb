import { Alert, Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DeskAppealQuery,
  useDeskAcceptAppealMutation,
  useDeskDepartmentsQuery,
  useDeskHandleAppealMutation,
  useDeskResolveAppealMutation,
  useDeskTransferAppealMutation,
} from '../../graphql/generated';
import { ActionError } from './ActionError';

type Appeal = DeskAppealQuery['appeal'];

/** Which steps the workflow allows from a status (the server refuses the others with CONFLICT). */
const STEPS: Record<Appeal['status'], readonly ('accept' | 'direct' | 'transfer' | 'resolve')[]> = {
  SUBMITTED: ['accept'],
  ACCEPTED: ['direct', 'transfer'],
  REOPENED: ['direct', 'transfer', 'resolve'],
  HANDLING: ['transfer', 'resolve'],
  TRANSFERRED: ['resolve'],
  RESOLVED: [],
  EVALUATED: [],
  CLOSED: [],
};

/**
 * 办理: accept, handle directly (直办), transfer (转办) or resolve with feedback (结案反馈), for the
 * lead department. A failed step keeps what was typed and says why.
 */
export function HandleSteps({ appeal, onDone }: { appeal: Appeal; onDone: () => void }) {
  const { t } = useTranslation('department');
  const [note, setNote] = useState('');
  const [feedback, setFeedback] = useState('');
  const [targets, setTargets] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const departments = useDeskDepartmentsQuery();
  const [accept, accepted] = useDeskAcceptAppealMutation();
  const [direct, directed] = useDeskHandleAppealMutation();
  const [transfer, transferred] = useDeskTransferAppealMutation();
  const [resolve, resolved] = useDeskResolveAppealMutation();
  const busy = accepted.loading || directed.loading || transferred.loading || resolved.loading;
  const error = accepted.error ?? directed.error ?? transferred.error ?? resolved.error;
  const steps = STEPS[appeal.status];

  const run = async (step: () => Promise<unknown>, clear: () => void) => {
    setDone(false);
    try {
      await step();
      clear();
      setDone(true);
      onDone();
    } catch {
      // ActionError says why; the fields keep what was typed.
    }
  };
  const noteOrNull = note.trim() === '' ? null : note.trim();

  if (steps.length === 0) return <p className="muted">{t('handle.closed')}</p>;
  return (
    <Form layout="vertical" className="handle-steps">
      <ActionError error={error} ns="department" />
      {done && !error ? <Alert role="status" type="success" title={t('handle.done')} /> : null}
      {steps.includes('accept') || steps.includes('direct') || steps.includes('transfer') ? (
        <Form.Item label={t('handle.note')} htmlFor="handle-note">
          <Input.TextArea
            id="handle-note"
            rows={2}
            value={note}
            maxLength={2000}
            onChange={(event) => setNote(event.target.value)}
          />
        </Form.Item>
      ) : null}
      <Space wrap>
        {steps.includes('accept') ? (
          <Button
            type="primary"
            disabled={busy}
            onClick={() =>
              void run(
                () => accept({ variables: { id: appeal.id, note: noteOrNull } }),
                () => setNote(''),
              )
            }
          >
            {t('handle.accept')}
          </Button>
        ) : null}
        {steps.includes('direct') ? (
          <Button
            type="primary"
            disabled={busy}
            onClick={() =>
              void run(
                () => direct({ variables: { id: appeal.id, note: noteOrNull } }),
                () => setNote(''),
              )
            }
          >
            {t('handle.direct')}
          </Button>
        ) : null}
      </Space>
      {steps.includes('transfer') ? (
        <fieldset className="handle-fieldset">
          <legend>{t('handle.transfer')}</legend>
          <Form.Item label={t('handle.transferTo')} htmlFor="transfer-to">
            <Select
              id="transfer-to"
              mode="multiple"
              value={targets}
              onChange={setTargets}
              loading={departments.loading}
              optionFilterProp="label"
              options={(departments.data?.departments.nodes ?? []).map((department) => ({
                value: department.code,
                label: department.name,
              }))}
            />
          </Form.Item>
          <Button
            disabled={busy || targets.length === 0}
            onClick={() =>
              void run(
                () =>
                  transfer({
                    variables: { id: appeal.id, note: noteOrNull, departmentCodes: targets },
                  }),
                () => {
                  setNote('');
                  setTargets([]);
                },
              )
            }
          >
            {t('handle.transfer')}
          </Button>
        </fieldset>
      ) : null}
      {steps.includes('resolve') ? (
        <fieldset className="handle-fieldset">
          <legend>{t('handle.resolve')}</legend>
          <Form.Item label={t('handle.feedbackLabel')} htmlFor="resolve-feedback" required>
            <Input.TextArea
              id="resolve-feedback"
              rows={3}
              value={feedback}
              maxLength={5000}
              onChange={(event) => setFeedback(event.target.value)}
            />
          </Form.Item>
          <Button
            type="primary"
            disabled={busy || feedback.trim() === ''}
            onClick={() =>
              void run(
                () => resolve({ variables: { id: appeal.id, feedback: feedback.trim() } }),
                () => setFeedback(''),
              )
            }
          >
            {t('handle.resolve')}
          </Button>
        </fieldset>
      ) : null}
    </Form>
  );
}
