import { Button } from 'antd-mobile';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX, noteProblem } from './my-tasks';

/**
 * The completion note (完成说明) and its 完成 button: 1 to 500 visible characters, said on the field
 * before anything is sent; what was typed stays when the server refuses.
 */
export function TaskNote(props: {
  taskTitle: string;
  busy: boolean;
  onComplete: (note: string) => Promise<boolean>;
}) {
  const { t } = useTranslation('volunteerSelf');
  const id = useId();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<'empty' | 'tooLong' | undefined>();
  const submit = async () => {
    const found = noteProblem(note);
    setProblem(found);
    if (found) return;
    if (await props.onComplete(note.trim())) setNote('');
  };
  return (
    <div className="task-note">
      <label htmlFor={`${id}-note`}>{t('tasks.note', { title: props.taskTitle })}</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        value={note}
        maxLength={NOTE_MAX}
        onChange={(event) => {
          setNote(event.target.value);
          setProblem(undefined);
        }}
        {...(problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {})}
      />
      {problem ? (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {t(`tasks.noteProblem.${problem}`, { max: NOTE_MAX })}
        </p>
      ) : null}
      <Button
        color="primary"
        size="small"
        disabled={props.busy}
        aria-label={`${t('tasks.complete')}：${props.taskTitle}`}
        onClick={() => void submit()}
      >
        {t('tasks.complete')}
      </Button>
    </div>
  );
}
