import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useBoardLedgerCasesQuery } from '../../graphql/generated';
import { AppealTable } from './AppealTable';

/** 我的领办: the LEDGER cases on my ledger (建账领办); a leader reads no others. */
export function LedgerCasesPage() {
  const { t } = useTranslation('board');
  const { data, loading, error, refetch } = useBoardLedgerCasesQuery();
  const appeals = data?.appeals.nodes ?? [];
  return (
    <section className="page desk-page">
      <h1>{t('ledgerCases.title')}</h1>
      <p className="muted">{t('ledgerCases.intro')}</p>
      <ListState
        loading={loading}
        error={error}
        empty={appeals.length === 0}
        emptyText={t('ledgerCases.empty')}
        onRetry={() => void refetch()}
      >
        <AppealTable appeals={appeals} />
      </ListState>
    </section>
  );
}
