import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../format/time';
import type { ResidentSuggestionAppealFragment } from '../../graphql/generated';

/**
 * 意见建议的办理情况: what became of one of the resident's suggestions — the appeal's status, who
 * handles it, the closing feedback and every step so far (the people who took them masked by the
 * appeal service).
 */
export function SuggestionOutcome({
  text,
  appeal,
}: {
  text: string;
  appeal: ResidentSuggestionAppealFragment;
}) {
  const { t } = useTranslation(['community', 'appeals']);
  return (
    <article className="suggestion" data-testid="suggestion">
      <p>{text}</p>
      <p data-testid="suggestion-status">
        <strong>
          {t('mine.appealStatus', {
            id: appeal.id.slice(0, 8),
            status: t(`appeals:status.${appeal.status}`),
          })}
        </strong>
      </p>
      {appeal.leadDepartment ? (
        <p>{t('mine.handledBy', { department: appeal.leadDepartment.name })}</p>
      ) : null}
      {appeal.feedback ? <p>{t('mine.feedback', { feedback: appeal.feedback })}</p> : null}
      <ol className="suggestion-steps" aria-label={t('mine.steps')}>
        {appeal.timeline.map((entry) => (
          <li key={entry.id}>
            <time dateTime={entry.at}>{formatShanghai(entry.at)}</time>{' '}
            {t(`appeals:status.${entry.toStatus}`)}
            {entry.note ? ` · ${entry.note}` : ''}
          </li>
        ))}
      </ol>
    </article>
  );
}
