import { Tag, Typography } from 'antd';
import { calibrationStateNames, type CalibrationState } from '../../../shared/equipment.js';

const stateColor: Record<CalibrationState, string> = { valid: 'success', due_soon: 'warning', lapsed: 'error' };

/** R-EQ-03: the calibration state of an instrument as a tag (nothing for other equipment). */
export function CalibrationTag({ state, dueOn }: { state: CalibrationState | null; dueOn: string | null }) {
  if (!state) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={stateColor[state]} data-testid="calibration-tag">
      {calibrationStateNames[state]}（至 {dueOn}）
    </Tag>
  );
}
