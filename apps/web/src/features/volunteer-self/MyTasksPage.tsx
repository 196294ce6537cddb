import { Button, List } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueTag } from '../../app/ui/DueTag';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { dueState, formatShanghai } from '../../format/time';
import {
  type MyTaskFragment,
  useMyAcceptTaskMutation,
  useMyCompleteTaskMutation,
  useMyStartTaskMutation,
  useMyTasksQuery,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { useNow } from '../department/use-now';
import { myTaskStep, splitTasks } from './my-tasks';
import { TaskNote } from './TaskNote';
import '../volunteer/volunteer.css';
import './volunteer-self.css';

/** 我的任务: the team's open tasks to take (接单), mine to start and complete with a note. */
export function MyTasksPage() {
  const { t } = useTranslation('volunteerSelf');
  const claims = useClaims();
  const now = useNow();
  const { data, loading, error, refetch } = useMyTasksQuery();
  const [done, setDone] = useState<string | undefined>();
  const [accept, accepted] = useMyAcceptTaskMutation();
  const [start, started] = useMyStartTaskMutation();
  const [complete, completed] = useMyCompleteTaskMutation();
  const busy = accepted.loading || started.loading || completed.loading;
  const failure = accepted.error ?? started.error ?? completed.error;
  const volunteerId = data?.myVolunteer.id ?? claims.volunteerId;
  const { open, mine } = splitTasks(data?.myVolunteer.team.tasks ?? [], volunteerId);

  const run = async (step: () => Promise<unknown>, message: string): Promise<boolean> => {
    setDone(undefined);
    try {
      await step();
      setDone(message);
      return true;
    } catch {
      // ActionError says why; the note keeps what was typed.
      return false;
    }
  };

  const action = (task: MyTaskFragment) => {
    const step = myTaskStep(task, volunteerId);
    if (step === 'accept')
      return (
        <Button
          color="primary"
          size="small"
          disabled={busy}
          aria-label={`${t('tasks.accept')}：${task.title}`}
          onClick={() =>
            void run(
              () => accept({ variables: { id: task.id } }),
              `${t('tasks.accepted')}：${task.title}`,
            )
          }
        >
          {t('tasks.accept')}
        </Button>
      );
    if (step === 'start')
      return (
        <Button
          color="primary"
          size="small"
          disabled={busy}
          aria-label={`${t('tasks.start')}：${task.title}`}
          onClick={() =>
            void run(
              () => start({ variables: { id: task.id } }),
              `${t('tasks.started')}：${task.title}`,
            )
          }
        >
          {t('tasks.start')}
        </Button>
      );
    return null;
  };

  const item = (task: MyTaskFragment) => (
    <List.Item
      key={task.id}
      description={
        <>
          <div>
            <DueTag state={dueState({ dueAt: task.dueAt, closed: task.status === 'DONE', now })} />{' '}
            {task.escalatedAt ? (
              <span className="state-tag state-escalated">{t('tasks.escalated')}</span>
            ) : null}{' '}
            <span className="state-tag">{t(`status.${task.status}`)}</span>
          </div>
          <div>
            {t('tasks.due')} {formatShanghai(task.dueAt)}
          </div>
          <div>{task.description}</div>
          {task.completionNote ? (
            <div>
              {t('tasks.noteGiven')}
              {task.completionNote}
            </div>
          ) : null}
          {myTaskStep(task, volunteerId) === 'complete' ? (
            <TaskNote
              taskTitle={task.title}
              busy={busy}
              onComplete={(note) =>
                run(
                  () => complete({ variables: { id: task.id, note } }),
                  `${t('tasks.completed')}：${task.title}`,
                )
              }
            />
          ) : null}
        </>
      }
      extra={action(task)}
    >
      {task.title}
    </List.Item>
  );

  return (
    <section className="page volunteer-self">
      <h1>{t('tasks.title')}</h1>
      <p className="muted">{data?.myVolunteer.team.name}</p>
      <ActionError error={failure} ns="volunteerSelf" />
      {done && !failure ? (
        <p role="status" className="action-done">
          {done}
        </p>
      ) : null}
      <ListState loading={loading} error={error} empty={!data} onRetry={() => void refetch()}>
        <h2>{t('tasks.open')}</h2>
        {open.length === 0 ? (
          <p className="muted">{t('tasks.noneOpen')}</p>
        ) : (
          <List>{open.map(item)}</List>
        )}
        <h2>{t('tasks.mine')}</h2>
        {mine.length === 0 ? (
          <p className="muted">{t('tasks.noneMine')}</p>
        ) : (
          <List>{mine.map(item)}</List>
        )}
      </ListState>
    </section>
  );
}
