import { Button, Space, Tooltip } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { ArrangementView } from '../../../shared/arrangement.js';

/**
 * The place for the arrangement's documents (R-ARR-10/11): room door lists, seat charts, sign-in sheets, tickets in
 * bulk and the batch plan for the authority. Helper H ("arrangement documents") replaces this component's body with
 * the real buttons; until then one disabled button marks where they go.
 */
export function ArrangementDocumentsSlot({ run }: { run: ArrangementView }) {
  return (
    <Space data-testid="arrangement-documents">
      <Tooltip title="考场门贴、座次表、签到表与准考证（待接入）">
        <Button icon={<PrinterOutlined />} disabled data-run={run.id}>
          打印门贴
        </Button>
      </Tooltip>
    </Space>
  );
}
