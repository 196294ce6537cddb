import { List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { useMyGridCellsQuery } from '../../graphql/generated';
import { FileButton } from '../appeals/FileButton';
import { CellMap } from './CellMap';

/** 我的网格: the grid worker's cells, drawn from their boundaries and listed. */
export function CellsPage() {
  const { t } = useTranslation();
  const claims = useClaims();
  const navigate = useNavigate();
  const cells = useMyGridCellsQuery();
  const mine = new Set((claims.gridCellIds ?? []).map((id) => id.toLowerCase()));
  const myCells = (cells.data?.gridCells.nodes ?? []).filter((cell) =>
    mine.has(cell.id.toLowerCase()),
  );
  return (
    <section className="page cells">
      <h1>{t('gridWorker:cells.title')}</h1>
      <ListState
        loading={cells.loading}
        error={cells.error}
        empty={myCells.length === 0}
        emptyText={t('gridWorker:cells.empty')}
        onRetry={() => void cells.refetch()}
      >
        <div className="cells-layout">
          <CellMap cells={myCells} onOpen={(id) => navigate(`/cells/${id}`)} />
          <List header={t('gridWorker:cells.count', { count: myCells.length })}>
            {myCells.map((cell) => (
              <List.Item
                key={cell.id}
                extra={
                  <Tag color={cell.kind === 'ENTERPRISE_EXCLUSIVE' ? 'primary' : 'default'}>
                    {t(`gridWorker:kind.${cell.kind}`)}
                  </Tag>
                }
              >
                <Link to={`/cells/${cell.id}`} className="cell-link">
                  {cell.code} {cell.name}
                </Link>
              </List.Item>
            ))}
          </List>
        </div>
      </ListState>
      <FileButton />
    </section>
  );
}
