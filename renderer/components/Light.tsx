import './light.css';
import { TRAFFIC_LIGHT_LABELS } from '../../shared/portfolio/model.ts';
import type { TrafficLight } from '../../shared/portfolio/model.ts';
import { NONE_LABEL } from '../../shared/portfolio/views/filter.ts';

/** A traffic light with its word: colour is never the only signal. */
export function Light(props: { value: TrafficLight | null; emptyText?: string }) {
  const { value } = props;
  return (
    <span className={`light light--${value ?? 'none'}`}>{value ? TRAFFIC_LIGHT_LABELS[value] : (props.emptyText ?? NONE_LABEL)}</span>
  );
}
