import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Collapse, Form, Input, InputNumber, Select, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, PlusOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import type { PrintSettingsBody } from '../../../shared/certificates.print.js';
import { errorMessage, fileUrl } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { trialPrintUrl, uploadSeal, usePrintSettings, useSavePrintSettings } from './api.print.js';

type FormValues = Omit<PrintSettingsBody, 'face'> & {
  printers: PrintSettingsBody['face']['printers'];
  layoutJson: string;
};

/**
 * 证书打印设置 (R-CERT-02): the printers with their X/Y offsets in mm (each with a one-sheet trial print in 套打), the
 * seal image (PNG), the national query addresses, the Chinese face and the layout's positions in mm.
 */
export function PrintSettingsCard() {
  const { message } = App.useApp();
  const q = usePrintSettings();
  const save = useSavePrintSettings();
  const mayEdit = useCan('certificates.settings');
  const [form] = Form.useForm<FormValues>();
  const [sealFileId, setSealFileId] = useState<string | null>(null);
  const s = q.data;
  useEffect(() => {
    if (!s) return;
    form.setFieldsValue({
      printers: s.face.printers,
      queryAddresses: s.queryAddresses,
      chineseFont: s.chineseFont,
      layoutJson: JSON.stringify(s.face.layout, null, 2),
    });
    setSealFileId(s.sealFileId);
  }, [s, form]);

  const submit = async () => {
    const v = await form.validateFields();
    let layout: Record<string, unknown>;
    try {
      layout = JSON.parse(v.layoutJson) as Record<string, unknown>;
    } catch {
      message.error('版面位置：不是有效的 JSON');
      return;
    }
    try {
      await save.mutateAsync({
        face: { layout, printers: v.printers ?? [] },
        sealFileId,
        queryAddresses: { ...v.queryAddresses, provincial: v.queryAddresses.provincial || null },
        chineseFont: v.chineseFont,
      });
      message.success('证书打印设置已保存');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      size="small"
      title="证书打印设置"
      style={{ marginTop: 16 }}
      loading={q.isLoading}
      data-testid="print-settings"
    >
      {q.error && <Alert type="error" showIcon message={errorMessage(q.error)} />}
      <Form form={form} layout="vertical" disabled={!mayEdit}>
        <Typography.Title level={5}>打印机与偏移（套打）</Typography.Title>
        <Typography.Paragraph type="secondary">
          每台打印机进纸位置略有不同：横向偏移为正时整体右移，纵向偏移为正时整体下移（单位：毫米）。保存后可用“试打印”在空白证书上核对位置。
        </Typography.Paragraph>
        <Form.List name="printers">
          {(fields, { add, remove }) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              {fields.map((f) => {
                const saved = s?.face.printers[f.name]?.name;
                return (
                  <Space key={f.key} wrap align="baseline">
                    <Form.Item
                      name={[f.name, 'name']}
                      rules={[{ required: true, whitespace: true, message: '请填写打印机名称' }]}
                      noStyle
                    >
                      <Input placeholder="打印机名称" style={{ width: 200 }} maxLength={100} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'offset', 'x']} initialValue={0} noStyle>
                      <InputNumber min={-30} max={30} step={0.1} addonBefore="横向" addonAfter="毫米" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'offset', 'y']} initialValue={0} noStyle>
                      <InputNumber min={-30} max={30} step={0.1} addonBefore="纵向" addonAfter="毫米" />
                    </Form.Item>
                    {saved ? (
                      <Button
                        icon={<PrinterOutlined />}
                        href={trialPrintUrl(saved)}
                        target="_blank"
                        disabled={false}
                        data-testid="print-trial"
                      >
                        试打印
                      </Button>
                    ) : null}
                    {mayEdit ? <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} /> : null}
                  </Space>
                );
              })}
              {mayEdit ? (
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', offset: { x: 0, y: 0 } })}>
                  添加打印机
                </Button>
              ) : null}
            </Space>
          )}
        </Form.List>
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          证书版面
        </Typography.Title>
        <Space wrap align="start">
          <Form.Item name="chineseFont" label="中文字体" rules={[{ required: true, message: '请选择中文字体' }]}>
            <Select style={{ width: 240 }} options={s?.fontChoices ?? []} />
          </Form.Item>
          <Form.Item label="印章图片（PNG，透明背景）">
            <Space>
              {sealFileId ? (
                <a href={fileUrl(sealFileId)} target="_blank" rel="noreferrer">
                  已上传
                </a>
              ) : (
                <Typography.Text type="secondary">未上传</Typography.Text>
              )}
              <Upload
                accept="image/png"
                showUploadList={false}
                customRequest={({ file }) =>
                  void uploadSeal(file as File)
                    .then((f) => setSealFileId(f.id))
                    .catch((e) => message.error(errorMessage(e)))
                }
              >
                <Button icon={<UploadOutlined />}>上传印章</Button>
              </Upload>
              {sealFileId && mayEdit ? <Button onClick={() => setSealFileId(null)}>不用印章</Button> : null}
            </Space>
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item
            name={['queryAddresses', 'certificate']}
            label="证书信息查询网址"
            rules={[{ required: true, whitespace: true, message: '请填写' }]}
          >
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item
            name={['queryAddresses', 'assessment']}
            label="机构信息查询网址"
            rules={[{ required: true, whitespace: true, message: '请填写' }]}
          >
            <Input style={{ width: 260 }} />
          </Form.Item>
          <Form.Item name={['queryAddresses', 'provincial']} label="省级查询网址（可不填）">
            <Input style={{ width: 260 }} />
          </Form.Item>
        </Space>
        <Collapse
          size="small"
          items={[
            {
              key: 'layout',
              label: '版面位置（毫米，从纸张左上角起；高级）',
              children: (
                <Form.Item name="layoutJson" rules={[{ required: true, message: '请填写版面位置' }]}>
                  <Input.TextArea rows={12} style={{ fontFamily: 'monospace' }} />
                </Form.Item>
              ),
            },
          ]}
        />
      </Form>
      <Space style={{ marginTop: 16 }}>
        {mayEdit ? (
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => void submit()}
            data-testid="print-settings-save"
          >
            保存设置
          </Button>
        ) : null}
        <Button icon={<PrinterOutlined />} href={trialPrintUrl()} target="_blank">
          试打印（无偏移）
        </Button>
      </Space>
    </Card>
  );
}
