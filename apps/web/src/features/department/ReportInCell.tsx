import { useTranslation } from 'react-i18next';
import { DueTag } from '../../app/ui/DueTag';
import { formatShanghai } from '../../format/time';
import type { ReportIn } from './report-in';

/** The countdown to the report-in deadline with its status word, or when the department reported in. */
export function ReportInCell({ state }: { state: ReportIn }) {
  const { t } = useTranslation('department');
  if (state.kind === 'none') return null;
  if (state.kind === 'reported')
    return (
      <span className="report-in">
        <span className="due-tag due-closed">{t('dispatches.reported')}</span>{' '}
        {t('reportedAt', { at: formatShanghai(state.at) })}
      </span>
    );
  return (
    <span className="report-in">
      <DueTag state={state.state} />{' '}
      {state.state === 'overdue'
        ? t('missed')
        : t('leftWorking', { hours: state.hours, minutes: state.minutes })}
    </span>
  );
}
