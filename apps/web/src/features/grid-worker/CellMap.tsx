import { useTranslation } from 'react-i18next';
import { type LatLng, projectOutlines } from './cell-map';

/** Cell boundaries as SVG from the stored WGS-84 points; a tap on a cell opens it. */
export function CellMap(props: {
  cells: ReadonlyArray<{ id: string; code: string; kind: string; boundary: readonly LatLng[] }>;
  onOpen?: (id: string) => void;
  height?: number;
}) {
  const { t } = useTranslation();
  const height = props.height ?? 260;
  const drawn = projectOutlines(
    props.cells.map((cell) => cell.boundary),
    { width: 360, height, margin: 16 },
  );
  return (
    <svg
      className="cell-map"
      viewBox={`0 0 360 ${height}`}
      role="img"
      aria-label={t('gridWorker:map.label', {
        codes: props.cells.map((cell) => cell.code).join('、'),
      })}
    >
      {props.cells.map((cell, index) => {
        const shape = drawn[index];
        if (!shape) return null;
        return (
          <g
            key={cell.id}
            className={`cell-shape cell-${cell.kind.toLowerCase()}`}
            onClick={() => props.onOpen?.(cell.id)}
          >
            <polygon points={shape.points} />
            <text
              x={shape.centre.x}
              y={shape.centre.y}
              textAnchor="middle"
              dominantBaseline="middle"
            >
              {cell.code}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
