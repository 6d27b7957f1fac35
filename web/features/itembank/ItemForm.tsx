import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  App,
  Button,
  Checkbox,
  Form,
  Image,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Typography,
  Upload,
} from 'antd';
import { MinusCircleOutlined, PictureOutlined, PlusOutlined } from '@ant-design/icons';
import {
  difficultyNames,
  itemTypeNames,
  type Difficulty,
  type ItemContent,
  type ItemType,
} from '../../../shared/itembank.js';
import type { ItemDetail } from '../../../shared/itembank-items.js';
import { api, errorMessage } from '../../app/api.js';
import { itemImageUrl, useSaveItem, type ItemSaveBody } from './api.items.js';

type Blueprint = { id: string; title: string; part: string; points: { id: string; code: string; name: string }[] };

interface StepValues {
  element: string;
  requirement?: string;
  points: number;
  criteria?: string;
  deductions?: string;
  veto?: boolean;
}
interface Values {
  blueprintId: string;
  pointId: string;
  type: ItemType;
  difficulty: Difficulty;
  noShuffle: boolean;
  enemyKey?: string;
  stem: string;
  explanation?: string;
  options: { text: string; imageFileId?: string | null }[];
  answerSingle?: number;
  answerMultiple?: number[];
  answerTrue?: boolean;
  timeLimitMinutes?: number;
  overtimeRule?: string;
  materials?: string;
  equipment?: string;
  steps?: StepValues[];
}

const letter = (i: number) => String.fromCharCode(65 + i);
const list = (s?: string) =>
  (s ?? '')
    .split(/[\n,，、;；]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** 扣分规则 one per line: `说明：分数` (e.g. `接线错误每处：2`). */
const parseDeductions = (s?: string) =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const m = /^(.*?)[:：]\s*(\d+(?:\.\d+)?)\s*分?$/.exec(l);
      return m ? { text: m[1].trim(), points: Number(m[2]) } : { text: l, points: 0 };
    });

function valuesOf(item: ItemDetail): Partial<Values> {
  const c = item.content;
  const base = {
    blueprintId: item.blueprintId,
    pointId: item.pointId,
    type: item.type,
    difficulty: item.difficulty as Difficulty,
    noShuffle: item.noShuffle,
    enemyKey: item.enemyKey ?? undefined,
    stem: c.stem,
    explanation: c.explanation ?? undefined,
  };
  if (c.type === 'single' || c.type === 'multiple')
    return {
      ...base,
      options: c.options.map((o) => ({ text: o.text, imageFileId: o.imageFileId ?? null })),
      answerSingle: c.options.findIndex((o) => o.key === c.answer[0]),
      answerMultiple: c.answer.map((a) => a.charCodeAt(0) - 65),
    };
  if (c.type === 'truefalse') return { ...base, answerTrue: c.answer };
  return {
    ...base,
    timeLimitMinutes: c.timeLimitMinutes,
    overtimeRule: c.overtimeRule,
    materials: c.materials.join('、'),
    equipment: c.equipment.join('、'),
    steps: c.steps.map((s) => ({
      element: s.element,
      requirement: s.requirement,
      points: s.points,
      criteria: s.criteria,
      veto: s.veto,
      deductions: s.deductions.map((d) => `${d.text}：${d.points}`).join('\n'),
    })),
  };
}

function contentOf(v: Values, stemImageFileIds: string[]): ItemContent {
  const base = { stem: v.stem, stemImageFileIds, explanation: v.explanation || null };
  const options = (v.options ?? []).map((o, i) => ({
    key: letter(i),
    text: o?.text ?? '',
    imageFileId: o?.imageFileId ?? null,
  }));
  if (v.type === 'single') return { type: 'single', ...base, options, answer: [letter(v.answerSingle ?? 0)] };
  if (v.type === 'multiple')
    return { type: 'multiple', ...base, options, answer: [...(v.answerMultiple ?? [])].sort().map(letter) };
  if (v.type === 'truefalse') return { type: 'truefalse', ...base, answer: v.answerTrue ?? true };
  return {
    type: 'skill',
    ...base,
    timeLimitMinutes: v.timeLimitMinutes ?? 60,
    overtimeRule: v.overtimeRule ?? '',
    materials: list(v.materials),
    equipment: list(v.equipment),
    steps: (v.steps ?? []).map((s) => ({
      element: s.element,
      requirement: s.requirement ?? '',
      points: s.points ?? 0,
      criteria: s.criteria ?? '',
      deductions: parseDeductions(s.deductions),
      veto: !!s.veto,
    })),
  };
}

/** An option's picture: upload, show, remove (a form control: value is the file id). */
function OptionImage({
  value,
  onChange,
  upload,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  upload: (f: File) => Promise<string | null>;
}) {
  if (value)
    return (
      <Space size={0}>
        <Image src={itemImageUrl(value)} height={32} alt="选项图片" />
        <Button size="small" type="link" danger onClick={() => onChange?.(null)}>
          移除图片
        </Button>
      </Space>
    );
  return (
    <Upload
      accept=".png,.jpg,.jpeg"
      showUploadList={false}
      beforeUpload={(f) => {
        void upload(f).then((id) => id && onChange?.(id));
        return false;
      }}
    >
      <Button size="small" icon={<PictureOutlined />} title="添加选项图片" />
    </Upload>
  );
}

/** New item or edit of one (R-BANK-01): the form of its type, including the skill task's scoring sheet. */
export function ItemFormModal({
  open,
  blueprints,
  item,
  defaultBlueprintId,
  onClose,
}: {
  open: boolean;
  blueprints: Blueprint[];
  item?: ItemDetail;
  defaultBlueprintId?: string;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const save = useSaveItem();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [initial] = useState<Partial<Values>>(() =>
    item
      ? valuesOf(item)
      : {
          blueprintId: defaultBlueprintId,
          type: blueprints.find((b) => b.id === defaultBlueprintId)?.part === 'skill' ? 'skill' : 'single',
          difficulty: 2,
          noShuffle: false,
          options: [{ text: '' }, { text: '' }, { text: '' }, { text: '' }],
          answerSingle: 0,
          answerMultiple: [],
          answerTrue: true,
          steps: [{ element: '', points: 10 }],
        },
  );
  const blueprintId = Form.useWatch('blueprintId', form) ?? initial.blueprintId;
  const type = (Form.useWatch('type', form) ?? initial.type) as ItemType;
  const options = (Form.useWatch('options', form) ?? initial.options ?? []) as { text: string }[];
  const steps = (Form.useWatch('steps', form) ?? initial.steps ?? []) as StepValues[];
  const [stemImages, setStemImages] = useState<string[]>(item?.content.stemImageFileIds ?? []);
  const [uploading, setUploading] = useState(false);
  const uploadImage = async (file: File): Promise<string | null> => {
    setUploading(true);
    try {
      return (await api.upload('/files', file, { purpose: 'item.image' })).id;
    } catch (e) {
      message.error(errorMessage(e));
      return null;
    } finally {
      setUploading(false);
    }
  };
  const blueprint = blueprints.find((b) => b.id === blueprintId);
  const typesAllowed = (Object.keys(itemTypeNames) as ItemType[]).filter((t) =>
    blueprint ? (t === 'skill') === (blueprint.part === 'skill') : true,
  );

  const submit = async () => {
    const v = await form.validateFields();
    const body: ItemSaveBody = {
      blueprintId: v.blueprintId ?? item?.blueprintId,
      pointId: v.pointId,
      difficulty: v.difficulty,
      noShuffle: v.noShuffle ?? false,
      enemyKey: v.enemyKey || null,
      content: contentOf({ ...initial, ...v } as Values, stemImages),
    };
    save.mutate(
      { id: item?.id, body },
      {
        onSuccess: (r) => {
          message.success(item ? `已保存（第 ${r.version} 版）` : `已新增试题 ${r.code}`);
          onClose();
          if (!item) navigate(`/itembank/items/${r.id}`);
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={item ? `修改试题 ${item.code}` : '新增试题'}
      width={760}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      cancelText="取消"
      confirmLoading={save.isPending}
      destroyOnClose
    >
      {item?.state === 'active' && (
        <Typography.Paragraph type="warning">
          该试题已启用：保存后生成新版本并退回草稿，需重新审核；已组卷的试卷仍使用原版本。
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" initialValues={initial} data-testid="item-form">
        <Space wrap style={{ width: '100%' }} align="start">
          <Form.Item name="blueprintId" label="细目表" rules={[{ required: true, message: '请选择细目表' }]}>
            <Select
              style={{ width: 280, maxWidth: '100%' }}
              disabled={!!item}
              options={blueprints.map((b) => ({ value: b.id, label: b.title }))}
              onChange={(id: string) => {
                form.setFieldValue('pointId', undefined);
                // A skill blueprint holds skill tasks only, a theory one never.
                const skill = blueprints.find((b) => b.id === id)?.part === 'skill';
                if (skill !== (form.getFieldValue('type') === 'skill'))
                  form.setFieldValue('type', skill ? 'skill' : 'single');
              }}
              data-testid="item-form-blueprint"
            />
          </Form.Item>
          <Form.Item name="pointId" label="鉴定点" rules={[{ required: true, message: '请选择鉴定点' }]}>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 280, maxWidth: '100%' }}
              options={(blueprint?.points ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
              notFoundContent="该细目表还没有鉴定点"
              data-testid="item-form-point"
            />
          </Form.Item>
        </Space>
        <Space wrap style={{ width: '100%' }} align="start">
          <Form.Item name="type" label="题型" rules={[{ required: true, message: '请选择题型' }]}>
            <Select
              style={{ width: 160 }}
              disabled={!!item}
              options={typesAllowed.map((t) => ({ value: t, label: itemTypeNames[t] }))}
              data-testid="item-form-type"
            />
          </Form.Item>
          <Form.Item name="difficulty" label="难度" rules={[{ required: true, message: '请选择难度' }]}>
            <Radio.Group options={([1, 2, 3] as Difficulty[]).map((d) => ({ value: d, label: difficultyNames[d] }))} />
          </Form.Item>
          <Form.Item name="noShuffle" label="不打乱选项" valuePropName="checked">
            <Switch checkedChildren="是" unCheckedChildren="否" />
          </Form.Item>
          <Form.Item name="enemyKey" label="互斥组" tooltip="同一互斥组的试题不会出现在同一份试卷中">
            <Input style={{ width: 140 }} maxLength={50} placeholder="可不填" />
          </Form.Item>
        </Space>
        <Form.Item
          name="stem"
          label={type === 'skill' ? '试题内容（任务）' : '题干'}
          rules={[{ required: true, message: '请填写题干' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} data-testid="item-stem" />
        </Form.Item>
        <Space wrap style={{ display: 'flex', marginBottom: 12 }}>
          {stemImages.map((id) => (
            <Space key={id} direction="vertical" size={0}>
              <Image src={itemImageUrl(id)} height={60} alt="题干图片" />
              <Button size="small" type="link" danger onClick={() => setStemImages((x) => x.filter((y) => y !== id))}>
                移除
              </Button>
            </Space>
          ))}
          {stemImages.length < 6 && (
            <Upload
              accept=".png,.jpg,.jpeg"
              showUploadList={false}
              beforeUpload={(f) => {
                void uploadImage(f).then((id) => id && setStemImages((x) => [...x, id]));
                return false;
              }}
            >
              <Button icon={<PictureOutlined />} loading={uploading}>
                添加题干图片
              </Button>
            </Upload>
          )}
        </Space>
        {(type === 'single' || type === 'multiple') && (
          <Form.List name="options">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                    <Typography.Text strong>{letter(i)}.</Typography.Text>
                    <Form.Item
                      name={[f.name, 'text']}
                      rules={[{ required: true, message: `请填写选项 ${letter(i)}` }]}
                      style={{ marginBottom: 8 }}
                    >
                      <Input style={{ width: 460, maxWidth: '60vw' }} maxLength={2000} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'imageFileId']} noStyle>
                      <OptionImage upload={uploadImage} />
                    </Form.Item>
                    {fields.length > 2 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                {fields.length < 8 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', imageFileId: null })}>
                    添加选项
                  </Button>
                )}
              </>
            )}
          </Form.List>
        )}
        {type === 'single' && (
          <Form.Item name="answerSingle" label="答案" style={{ marginTop: 12 }} rules={[{ required: true }]}>
            <Radio.Group options={options.map((_, i) => ({ value: i, label: letter(i) }))} />
          </Form.Item>
        )}
        {type === 'multiple' && (
          <Form.Item
            name="answerMultiple"
            label="答案（至少两项）"
            style={{ marginTop: 12 }}
            rules={[{ type: 'array', min: 2, message: '多项选择题至少有两个答案' }]}
          >
            <Checkbox.Group options={options.map((_, i) => ({ value: i, label: letter(i) }))} />
          </Form.Item>
        )}
        {type === 'truefalse' && (
          <Form.Item name="answerTrue" label="答案">
            <Radio.Group
              options={[
                { value: true, label: '正确（√）' },
                { value: false, label: '错误（×）' },
              ]}
            />
          </Form.Item>
        )}
        {type === 'skill' && (
          <>
            <Space wrap align="start">
              <Form.Item
                name="timeLimitMinutes"
                label="时限（分钟）"
                rules={[{ required: true, message: '请填写时限' }]}
              >
                <InputNumber min={1} max={1440} />
              </Form.Item>
              <Form.Item name="overtimeRule" label="超时规定">
                <Input
                  style={{ width: 420, maxWidth: '70vw' }}
                  placeholder="如：每超时 1 分钟扣 1 分，超时 10 分钟停止操作"
                />
              </Form.Item>
            </Space>
            <Space wrap align="start">
              <Form.Item name="materials" label="材料（用顿号分隔）">
                <Input style={{ width: 330, maxWidth: '70vw' }} />
              </Form.Item>
              <Form.Item name="equipment" label="设备（用顿号分隔）">
                <Input style={{ width: 330, maxWidth: '70vw' }} />
              </Form.Item>
            </Space>
            <Typography.Title level={5}>
              评分表（配分合计 {steps.reduce((s, x) => s + (Number(x?.points) || 0), 0)} 分）
            </Typography.Title>
            <Form.List name="steps">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f, i) => (
                    <div key={f.key} style={{ border: '1px solid #f0f0f0', padding: 8, marginBottom: 8 }}>
                      <Space wrap align="start">
                        <Typography.Text strong>第 {i + 1} 步</Typography.Text>
                        <Form.Item
                          name={[f.name, 'element']}
                          label="考核要素"
                          rules={[{ required: true, message: '请填写考核要素' }]}
                        >
                          <Input style={{ width: 200 }} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'points']} label="配分">
                          <InputNumber min={0} max={100} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'veto']} label="否决项" valuePropName="checked">
                          <Switch checkedChildren="是" unCheckedChildren="否" />
                        </Form.Item>
                        {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                      </Space>
                      <Space wrap align="start">
                        <Form.Item name={[f.name, 'requirement']} label="考核要求">
                          <Input.TextArea autoSize style={{ width: 320, maxWidth: '70vw' }} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'criteria']} label="评分标准">
                          <Input.TextArea autoSize style={{ width: 320, maxWidth: '70vw' }} />
                        </Form.Item>
                      </Space>
                      <Form.Item name={[f.name, 'deductions']} label="扣分规则（每行一条：说明：分数）">
                        <Input.TextArea autoSize placeholder="接线错误每处：2" />
                      </Form.Item>
                    </div>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ element: '', points: 10 })}>
                    添加评分步骤
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}
        <Form.Item name="explanation" label="解析" style={{ marginTop: 12 }}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
