import { useTranslation } from 'react-i18next';
import type { DueState } from '../../format/time';

/** The status colour with its word beside it, never colour alone: overdue red, today orange, on time green, closed grey. */
export function DueTag({ state }: { state: DueState }) {
  const { t } = useTranslation();
  return <span className={`due-tag due-${state}`}>{t(`common:due.${state}`)}</span>;
}
