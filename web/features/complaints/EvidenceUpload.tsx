import { useState } from 'react';
import { App, Button, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { errorMessage } from '../../app/api.js';
import { uploadEvidence } from './api.js';

/** R-CMP-01: evidence files (JPEG, PNG or PDF), each uploaded at once; the form keeps their ids. */
export function EvidenceUpload({ value, onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const { message } = App.useApp();
  const [names, setNames] = useState<{ id: string; name: string }[]>([]);
  return (
    <Upload
      accept=".jpg,.jpeg,.png,.pdf"
      multiple
      fileList={names.map((n) => ({ uid: n.id, name: n.name, status: 'done' as const }))}
      onRemove={(f) => {
        const next = names.filter((n) => n.id !== f.uid);
        setNames(next);
        onChange?.(next.map((n) => n.id));
      }}
      customRequest={async ({ file, onSuccess, onError }) => {
        try {
          const meta = await uploadEvidence(file as File);
          const next = [...names, { id: meta.id, name: meta.name }];
          setNames(next);
          onChange?.([...(value ?? []), meta.id]);
          onSuccess?.(meta);
        } catch (e) {
          void message.error(errorMessage(e));
          onError?.(e as Error);
        }
      }}
    >
      <Button icon={<UploadOutlined />}>上传证据材料（图片或 PDF）</Button>
    </Upload>
  );
}
