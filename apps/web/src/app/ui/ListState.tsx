import { Button, ErrorBlock, Skeleton } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphQLErrorDetails } from '../../graphql/client';

/**
 * Every list's three other faces: loading, failed (with why, and a retry) and empty. Renders
 * `children` only when there is something to show.
 */
export function ListState(props: {
  loading: boolean;
  error: unknown;
  empty: boolean;
  emptyText?: string;
  onRetry?: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (props.error) {
    const { message } = graphQLErrorDetails(props.error);
    return (
      <div role="alert" className="list-state">
        <ErrorBlock status="default" title={t('common:list.failed')} description={message} />
        {props.onRetry ? (
          <Button onClick={props.onRetry} color="primary" fill="outline">
            {t('common:list.retry')}
          </Button>
        ) : null}
      </div>
    );
  }
  if (props.loading && props.empty) {
    return (
      <div
        role="status"
        aria-busy="true"
        aria-label={t('common:list.loading')}
        className="list-state"
      >
        <Skeleton.Title animated />
        <Skeleton.Paragraph lineCount={4} animated />
      </div>
    );
  }
  if (props.empty) {
    return (
      <div className="list-state">
        <ErrorBlock
          status="empty"
          title={props.emptyText ?? t('common:list.empty')}
          description=""
        />
      </div>
    );
  }
  return <>{props.children}</>;
}
