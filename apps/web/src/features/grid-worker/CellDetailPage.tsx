import { List } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { DueTag } from '../../app/ui/DueTag';
import { ListState } from '../../app/ui/ListState';
import { formatShanghai } from '../../format/time';
import { useGridCellDetailQuery } from '../../graphql/generated';
import { appealDueState, byDueTime } from '../appeals/appeal-status';
import { FileButton } from '../appeals/FileButton';
import { CellMap } from './CellMap';

/** 网格详情: a cell's outline, its enterprises, its appeals by due time (overdue marked) and its volunteer teams. */
export function CellDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useGridCellDetailQuery({ variables: { id } });
  const cell = detail.data?.gridCell;
  return (
    <section className="page cell-detail">
      <ListState
        loading={detail.loading}
        error={detail.error}
        empty={!cell}
        onRetry={() => void detail.refetch()}
      >
        {cell ? (
          <>
            <h1>
              {cell.code} {cell.name}
            </h1>
            <p className="muted">
              {cell.region.name} · {t(`gridWorker:kind.${cell.kind}`)}
            </p>
            <div className="cells-layout">
              <CellMap cells={[cell]} height={180} />
              <List header={t('gridWorker:detail.enterprises', { count: cell.enterprises.length })}>
                {cell.enterprises.map((enterprise) => (
                  <List.Item
                    key={enterprise.id}
                    description={`${t('gridWorker:detail.creditCode')} ${enterprise.creditCode} · ${enterprise.contactName} ${enterprise.contactPhone}`}
                  >
                    {enterprise.name}
                  </List.Item>
                ))}
              </List>
            </div>
            <List header={t('gridWorker:detail.appeals', { count: cell.appeals.length })}>
              {cell.appeals.length === 0 ? (
                <List.Item>{t('gridWorker:detail.noAppeals')}</List.Item>
              ) : null}
              {byDueTime(cell.appeals).map((appeal) => (
                <List.Item
                  key={appeal.id}
                  description={`${appeal.enterprise.name} · ${t('appeals:list.due', { at: formatShanghai(appeal.dueAt) })}`}
                  extra={<DueTag state={appealDueState(appeal)} />}
                >
                  <Link to={`/appeals/${appeal.id}`} className="appeal-link">
                    {appeal.title}
                  </Link>
                  <span className="status-word">{t(`appeals:status.${appeal.status}`)}</span>
                </List.Item>
              ))}
            </List>
            <List header={t('gridWorker:detail.volunteerTeams')}>
              {cell.volunteerTeams.map((team) => (
                <List.Item key={team.id}>{team.name}</List.Item>
              ))}
              <List.Item>
                <span className="muted">{t('gridWorker:detail.tasksNote')}</span>
              </List.Item>
            </List>
          </>
        ) : null}
      </ListState>
      <FileButton />
    </section>
  );
}
