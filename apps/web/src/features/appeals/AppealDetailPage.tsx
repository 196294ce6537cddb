import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { DueTag } from '../../app/ui/DueTag';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { formatShanghai } from '../../format/time';
import { useAppealDetailQuery } from '../../graphql/generated';
import { AppealActions } from './AppealActions';
import { appealDueState } from './appeal-status';
import { AuthorizedImage } from './AuthorizedImage';

/** 诉求详情: what was filed, its photos, every step so far (办理轨迹) and what the user may do next. */
export function AppealDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const claims = useClaims();
  const detail = useAppealDetailQuery({ variables: { id } });
  const appeal = detail.data?.appeal;
  return (
    <section className="page appeal-detail">
      <ListState
        loading={detail.loading}
        error={detail.error}
        empty={!appeal}
        onRetry={() => void detail.refetch()}
      >
        {appeal ? (
          <>
            <h1>{appeal.title}</h1>
            <p>
              <span className="status-word">{t(`appeals:status.${appeal.status}`)}</span>{' '}
              <DueTag state={appealDueState(appeal)} />
            </p>
            <dl className="facts">
              <dt>{t('appeals:field.enterprise')}</dt>
              <dd>{appeal.enterprise.name}</dd>
              <dt>{t('appeals:field.gridCell')}</dt>
              <dd>
                {appeal.gridCell.code} {appeal.gridCell.name}
              </dd>
              <dt>{t('appeals:field.channel')}</dt>
              <dd>{t(`appeals:channel.${appeal.channel}`)}</dd>
              <dt>{t('appeals:field.category')}</dt>
              <dd>{appeal.category.name}</dd>
              <dt>{t('appeals:field.handlingMode')}</dt>
              <dd>{t(`appeals:mode.${appeal.handlingMode}`)}</dd>
              <dt>{t('appeals:field.submittedAt')}</dt>
              <dd>{formatShanghai(appeal.submittedAt)}</dd>
              <dt>{t('appeals:field.dueAt')}</dt>
              <dd>{formatShanghai(appeal.dueAt)}</dd>
              {appeal.leadDepartment ? (
                <>
                  <dt>{t('appeals:field.leadDepartment')}</dt>
                  <dd>{appeal.leadDepartment.name}</dd>
                </>
              ) : null}
              {appeal.feedback ? (
                <>
                  <dt>{t('appeals:field.feedback')}</dt>
                  <dd>{appeal.feedback}</dd>
                </>
              ) : null}
              {appeal.evaluation ? (
                <>
                  <dt>{t('appeals:field.evaluation')}</dt>
                  <dd>
                    {t('appeals:evaluate.stars', { count: appeal.evaluation.rating })}
                    {appeal.evaluation.comment ? ` · ${appeal.evaluation.comment}` : ''}
                  </dd>
                </>
              ) : null}
            </dl>
            <h2>{t('appeals:field.description')}</h2>
            <p className="description">{appeal.description}</p>
            {appeal.photos.length > 0 ? (
              <>
                <h2>{t('appeals:detail.photos')}</h2>
                <ul className="photo-grid">
                  {appeal.photos.map((photo, index) => (
                    <li key={photo.id}>
                      <AuthorizedImage
                        url={photo.url}
                        alt={t('appeals:filing.photoAlt', { n: index + 1 })}
                      />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <AppealActions appeal={appeal} role={claims.role} />
            <h2>{t('appeals:detail.timeline')}</h2>
            <ol className="timeline" aria-label={t('appeals:detail.timeline')}>
              {appeal.timeline.map((entry) => (
                <li key={entry.id}>
                  <time dateTime={entry.at}>{formatShanghai(entry.at)}</time>
                  <strong>{t(`appeals:status.${entry.toStatus}`)}</strong>
                  <span className="muted">{entry.actor}</span>
                  {entry.note ? <p>{entry.note}</p> : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </ListState>
    </section>
  );
}
