import { Button, NoticeBar } from 'antd-mobile';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../auth/claims';
import {
  type AppealStatus,
  useAcceptAppealMutation,
  useAddProgressNoteMutation,
  useCloseAppealMutation,
  useEvaluateAppealMutation,
} from '../../graphql/generated';
import { graphQLErrorDetails } from '../../graphql/client';
import { failureMessage } from './failure-message';

type Action = 'accept' | 'progress' | 'evaluate' | 'close';

/**
 * What each role may do from each status (the workflow's roles, docs/ACCESS.md): the grid worker
 * accepts (集中受理), follows up (跟踪盯办), records the return visit (评价回访) and closes (办结);
 * the enterprise evaluates (评价). The server still decides; a refusal is shown, not hidden.
 */
const ACTIONS: Record<Action, { roles: readonly Role[]; from: readonly AppealStatus[] }> = {
  accept: { roles: ['GRID_WORKER'], from: ['SUBMITTED'] },
  progress: { roles: ['GRID_WORKER'], from: ['ACCEPTED', 'HANDLING', 'TRANSFERRED', 'REOPENED'] },
  evaluate: { roles: ['GRID_WORKER', 'ENTERPRISE'], from: ['RESOLVED'] },
  close: { roles: ['GRID_WORKER'], from: ['EVALUATED'] },
};

export function AppealActions({
  appeal,
  role,
}: {
  appeal: { id: string; status: AppealStatus };
  role: Role;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [rating, setRating] = useState(5);
  const [failure, setFailure] = useState<string | undefined>();
  const [accept, accepting] = useAcceptAppealMutation();
  const [progress, progressing] = useAddProgressNoteMutation();
  const [evaluate, evaluating] = useEvaluateAppealMutation();
  const [close, closing] = useCloseAppealMutation();
  const allowed = (Object.keys(ACTIONS) as Action[]).filter(
    (action) =>
      ACTIONS[action].roles.includes(role) && ACTIONS[action].from.includes(appeal.status),
  );
  if (allowed.length === 0) return null;

  const run = async (action: Action): Promise<void> => {
    setFailure(undefined);
    const id = appeal.id;
    const text = note.trim();
    try {
      if (action === 'accept') await accept({ variables: { id, ...(text ? { note: text } : {}) } });
      if (action === 'progress') await progress({ variables: { id, note: text } });
      if (action === 'evaluate')
        await evaluate({ variables: { id, rating, ...(text ? { comment: text } : {}) } });
      if (action === 'close') await close({ variables: { id, ...(text ? { note: text } : {}) } });
      setNote('');
    } catch (error) {
      const details = graphQLErrorDetails(error);
      setFailure(
        `${failureMessage(t, details)}${details.code === 'BAD_USER_INPUT' ? ` (${details.message})` : ''}`,
      );
    }
  };
  const busy = accepting.loading || progressing.loading || evaluating.loading || closing.loading;
  const submit = (event: FormEvent, action: Action): void => {
    event.preventDefault();
    void run(action);
  };

  return (
    <section className="appeal-actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('appeals:actions.title')}</h2>
      {failure ? (
        <div role="alert">
          <NoticeBar color="error" wrap content={failure} />
        </div>
      ) : null}
      <form onSubmit={(event) => submit(event, allowed[0] ?? 'accept')}>
        {allowed.includes('evaluate') ? (
          <fieldset className="rating">
            <legend>
              {t(role === 'GRID_WORKER' ? 'appeals:evaluate.visit' : 'appeals:evaluate.title')}
            </legend>
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="rating"
                  value={value}
                  checked={rating === value}
                  onChange={() => setRating(value)}
                />
                {t('appeals:evaluate.stars', { count: value })}
              </label>
            ))}
            <p className="muted">{t('appeals:evaluate.hint')}</p>
          </fieldset>
        ) : null}
        <div className="field">
          <label htmlFor="action-note">
            {t(allowed.includes('evaluate') ? 'appeals:evaluate.comment' : 'appeals:actions.note')}
          </label>
          <textarea
            id="action-note"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div className="action-buttons">
          {allowed.map((action) => (
            <Button
              key={action}
              color="primary"
              fill={action === allowed[0] ? 'solid' : 'outline'}
              loading={busy}
              disabled={action === 'progress' && !note.trim()}
              onClick={() => void run(action)}
            >
              {t(`appeals:actions.${action}`)}
            </Button>
          ))}
        </div>
      </form>
    </section>
  );
}
