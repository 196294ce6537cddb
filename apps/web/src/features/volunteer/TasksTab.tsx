import { Alert, Button, Input, List, Space } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueTag } from '../../app/ui/DueTag';
import { dueState, formatShanghai } from '../../format/time';
import {
  type RosterMemberFragment,
  type RosterTaskFragment,
  useVolunteerAcceptForMutation,
  useVolunteerCompleteTaskMutation,
  useVolunteerStartTaskMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { useNow } from '../department/use-now';
import { NOTE_MAX, noteProblem } from '../volunteer-self/my-tasks';
import { leadTaskOrder } from './plan';

/** 任务: the team's tasks, 已上报 (nobody accepted in time) first; assign, start, complete with a note. */
export function TasksTab(props: {
  tasks: readonly RosterTaskFragment[];
  members: readonly RosterMemberFragment[];
}) {
  const { t } = useTranslation('volunteer');
  const now = useNow();
  const tasks = leadTaskOrder(props.tasks);
  if (tasks.length === 0) return <p className="muted">{t('noTasks')}</p>;
  return (
    <List<RosterTaskFragment>
      dataSource={tasks}
      rowKey="id"
      renderItem={(task) => (
        <List.Item>
          <div className="lead-task">
            <h3>{task.title}</h3>
            <div>
              <DueTag
                state={dueState({ dueAt: task.dueAt, closed: task.status === 'DONE', now })}
              />{' '}
              {task.escalatedAt ? (
                <span className="state-tag state-escalated">
                  {t('task.escalated', { at: formatShanghai(task.escalatedAt) })}
                </span>
              ) : null}{' '}
              <span className="state-tag">{t(`taskStatus.${task.status}`)}</span>
            </div>
            <p className="muted">
              {t('task.due')} {formatShanghai(task.dueAt)}
              {task.acceptedBy ? ` · ${t('task.acceptedBy', { name: task.acceptedBy.name })}` : ''}
            </p>
            <p>{task.description}</p>
            {task.completionNote ? <p>{t('task.note', { note: task.completionNote })}</p> : null}
            <TaskStep task={task} members={props.members} />
          </div>
        </List.Item>
      )}
    />
  );
}

function TaskStep({
  task,
  members,
}: {
  task: RosterTaskFragment;
  members: readonly RosterMemberFragment[];
}) {
  const { t } = useTranslation('volunteer');
  const id = useId();
  const [member, setMember] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [accept, accepted] = useVolunteerAcceptForMutation();
  const [start, started] = useVolunteerStartTaskMutation();
  const [complete, completed] = useVolunteerCompleteTaskMutation();
  const busy = accepted.loading || started.loading || completed.loading;
  const error = accepted.error ?? started.error ?? completed.error;
  const run = async (step: () => Promise<unknown>, message: string) => {
    setDone(undefined);
    try {
      await step();
      setDone(message);
    } catch {
      // ActionError says why; the note keeps what was typed.
    }
  };
  const feedback = (
    <>
      <ActionError error={error} ns="volunteer" />
      {done && !error ? <Alert role="status" type="success" showIcon title={done} /> : null}
    </>
  );
  if (task.status === 'OPEN')
    return (
      <div className="task-step">
        {feedback}
        <label htmlFor={`${id}-member`}>{t('task.assignTo')}</label>
        <Space wrap>
          <select id={`${id}-member`} value={member} onChange={(e) => setMember(e.target.value)}>
            <option value="">{t('signUp.choose')}</option>
            {members
              .filter((m) => m.active)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
          </select>
          <Button
            type="primary"
            disabled={busy || member === ''}
            aria-label={`${t('task.assign')}：${task.title}`}
            onClick={() =>
              void run(
                () => accept({ variables: { id: task.id, volunteerId: member } }),
                `${t('task.assigned')}：${task.title}`,
              )
            }
          >
            {t('task.assign')}
          </Button>
        </Space>
      </div>
    );
  if (task.status === 'ACCEPTED')
    return (
      <div className="task-step">
        {feedback}
        <Button
          type="primary"
          disabled={busy}
          aria-label={`${t('taskStep.IN_PROGRESS')}：${task.title}`}
          onClick={() =>
            void run(
              () => start({ variables: { id: task.id } }),
              `${t('task.started')}：${task.title}`,
            )
          }
        >
          {t('taskStep.IN_PROGRESS')}
        </Button>
      </div>
    );
  if (task.status === 'IN_PROGRESS')
    return (
      <div className="task-step">
        {feedback}
        <label htmlFor={`${id}-note`}>{t('task.noteLabel')}</label>
        <Input.TextArea
          id={`${id}-note`}
          rows={2}
          value={note}
          maxLength={NOTE_MAX}
          status={problem ? 'error' : ''}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setNote(event.target.value);
            setProblem(undefined);
          }}
        />
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <Button
          type="primary"
          disabled={busy}
          aria-label={`${t('taskStep.DONE')}：${task.title}`}
          onClick={() => {
            const found = noteProblem(note);
            setProblem(found ? t(`task.noteProblem.${found}`, { max: NOTE_MAX }) : undefined);
            if (!found)
              void run(
                async () => {
                  await complete({ variables: { id: task.id, note: note.trim() } });
                  setNote('');
                },
                `${t('task.completed')}：${task.title}`,
              );
          }}
        >
          {t('taskStep.DONE')}
        </Button>
      </div>
    );
  return null;
}
