import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { graphQLErrorDetails } from '../../graphql/client';

/**
 * Why a step failed, in the user's language (by the error's code), with the server's own words
 * beneath; the form keeps what was typed. `ns` is the feature's message namespace, which holds
 * `errors.<CODE>` and `errors.fallback`.
 */
export function ActionError({ error, ns }: { error: unknown; ns: string }) {
  const { t } = useTranslation(ns);
  if (!error) return null;
  const details = graphQLErrorDetails(error);
  const title = t(`errors.${details.code ?? 'fallback'}`, { defaultValue: t('errors.fallback') });
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={title}
      description={details.field ? `${details.message} (${details.field})` : details.message}
    />
  );
}
