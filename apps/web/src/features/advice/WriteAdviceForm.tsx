import { Button, Card, Input } from 'antd';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWriteAdviceNoteMutation } from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { shanghaiLocalToIso, suggestedRespondBy } from './advice-state';

/** ADVISER: an advice note to a department, with the date its written response is due. */
export function WriteAdviceForm({
  departments,
  onWritten,
}: {
  departments: ReadonlyArray<{ code: string; name: string }>;
  onWritten: () => void;
}) {
  const { t } = useTranslation('advice');
  const [write, written] = useWriteAdviceNoteMutation();
  const [departmentCode, setDepartmentCode] = useState('');
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [respondBy, setRespondBy] = useState(() => suggestedRespondBy(new Date()));
  const [done, setDone] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    try {
      const answer = await write({
        variables: {
          input: {
            departmentCode,
            title: title.trim(),
            content: content.trim(),
            // Left empty or malformed, the server names the field (respondBy).
            respondBy: shanghaiLocalToIso(respondBy) ?? respondBy,
          },
        },
      });
      if (answer.data) setDone(answer.data.writeAdviceNote.title);
      setTitle('');
      setContent('');
      onWritten();
    } catch {
      // Shown by ActionError; what was typed stays.
    }
  };

  return (
    <Card title={t('write.title')}>
      <form onSubmit={(event) => void submit(event)} className="voices-form">
        <ActionError error={written.error} ns="advice" />
        {done ? (
          <p role="status" className="voices-done">
            {t('write.done', { title: done })}
          </p>
        ) : null}
        <label htmlFor="advice-department">{t('write.department')}</label>
        <select
          id="advice-department"
          value={departmentCode}
          onChange={(event) => setDepartmentCode(event.target.value)}
        >
          <option value="">{t('write.choose')}</option>
          {departments.map((department) => (
            <option key={department.code} value={department.code}>
              {department.name}
            </option>
          ))}
        </select>
        <label htmlFor="advice-title">{t('write.noteTitle')}</label>
        <Input
          id="advice-title"
          maxLength={200}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <label htmlFor="advice-content">{t('write.content')}</label>
        <Input.TextArea
          id="advice-content"
          rows={5}
          maxLength={5000}
          value={content}
          onChange={(event) => setContent(event.target.value)}
        />
        <label htmlFor="advice-respond-by">{t('write.respondBy')}</label>
        <Input
          id="advice-respond-by"
          type="datetime-local"
          value={respondBy}
          onChange={(event) => setRespondBy(event.target.value)}
        />
        <Button type="primary" htmlType="submit" loading={written.loading}>
          {t('write.submit')}
        </Button>
      </form>
    </Card>
  );
}
