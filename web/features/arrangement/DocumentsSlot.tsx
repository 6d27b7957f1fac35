import { useState } from 'react';
import { Button, Drawer, Tabs } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { ArrangementView } from '../../../shared/arrangement.js';
import { PrintPanel } from './PrintPanel.js';

/**
 * The arrangement's documents (R-ARR-10/11) from the arrangement page: a 打印 button opening the print panel of each
 * batch of the run (door lists, seat charts, sign-in sheets, tickets in bulk, the lot record and the plan).
 */
export function ArrangementDocumentsSlot({ run }: { run: ArrangementView }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        icon={<PrinterOutlined />}
        onClick={() => setOpen(true)}
        data-testid="arrangement-documents"
        data-run={run.id}
      >
        打印
      </Button>
      <Drawer title="打印考务文档" width={760} open={open} onClose={() => setOpen(false)} destroyOnClose>
        {run.batches.length === 1 ? (
          <PrintPanel batchId={run.batches[0].id} />
        ) : (
          <Tabs
            items={run.batches.map((b) => ({ key: b.id, label: b.title, children: <PrintPanel batchId={b.id} /> }))}
          />
        )}
      </Drawer>
    </>
  );
}
