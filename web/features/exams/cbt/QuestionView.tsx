import { Checkbox, Radio, Space, Tag, Typography } from 'antd';
import type { ExamPaperPlain } from '../../../../shared/exams.js';
import type { QueueEntry } from './queue.js';

type Item = ExamPaperPlain['items'][number];

export const itemTypeNames: Record<Item['type'], string> = {
  single: '单选题',
  multiple: '多选题',
  truefalse: '判断题',
};

interface Props {
  item: Item;
  total: number;
  entry: QueueEntry | undefined;
  disabled: boolean;
  onAnswer(value: string): void;
}

/** One question: the stem and its options (single: radio; multiple: checkboxes; 判断题: 正确/错误 → 'T'/'F'). */
export function QuestionView({ item, total, entry, disabled, onAnswer }: Props) {
  const value = entry?.value ?? '';
  const optionLabel = (o: Item['options'][number]) => (
    <span style={{ fontSize: 19, lineHeight: 1.6 }}>
      <b style={{ marginRight: 8 }}>{o.key}.</b>
      {o.text}
      {o.imageUrl && <img src={o.imageUrl} alt="" style={{ display: 'block', maxWidth: 360, marginTop: 6 }} />}
    </span>
  );
  return (
    <div data-testid="cbt-question" data-no={item.no}>
      <Space size={8} style={{ marginBottom: 12 }} wrap>
        <Typography.Text style={{ fontSize: 18 }} strong>
          第 {item.no} 题 / 共 {total} 题
        </Typography.Text>
        <Tag color="blue" style={{ fontSize: 15 }}>
          {itemTypeNames[item.type]}
        </Tag>
        <Tag style={{ fontSize: 15 }}>{item.points} 分</Tag>
        <SaveState entry={entry} />
      </Space>
      <Typography.Paragraph style={{ fontSize: 21, lineHeight: 1.7, whiteSpace: 'pre-wrap' }} data-testid="cbt-stem">
        {item.stem}
      </Typography.Paragraph>
      {item.stemImageUrls?.map((u) => (
        <img key={u} src={u} alt="" style={{ maxWidth: '100%', maxHeight: 320, display: 'block', marginBottom: 12 }} />
      ))}
      <div className="cbt-options">
        {item.type === 'multiple' ? (
          <Checkbox.Group
            disabled={disabled}
            value={value.split('').filter(Boolean)}
            onChange={(v) => onAnswer([...(v as string[])].sort().join(''))}
            style={{ display: 'flex', flexDirection: 'column', gap: 10 }}
          >
            {item.options.map((o) => (
              <Checkbox key={o.key} value={o.key} className="cbt-option" data-testid={`cbt-option-${o.key}`}>
                {optionLabel(o)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        ) : (
          <Radio.Group
            disabled={disabled}
            value={value || null}
            onChange={(e) => onAnswer(e.target.value as string)}
            style={{ display: 'flex', flexDirection: 'column', gap: 10 }}
          >
            {item.type === 'truefalse'
              ? (['T', 'F'] as const).map((k) => (
                  <Radio key={k} value={k} className="cbt-option" data-testid={`cbt-option-${k}`}>
                    <span style={{ fontSize: 19 }}>{k === 'T' ? '正确' : '错误'}</span>
                  </Radio>
                ))
              : item.options.map((o) => (
                  <Radio key={o.key} value={o.key} className="cbt-option" data-testid={`cbt-option-${o.key}`}>
                    {optionLabel(o)}
                  </Radio>
                ))}
          </Radio.Group>
        )}
      </div>
    </div>
  );
}

/** "已保存" only after the server's acknowledgement; "保存中" before it (R-EXAM-02). */
export function SaveState({ entry }: { entry: QueueEntry | undefined }) {
  if (!entry || entry.value === '')
    return (
      <Tag
        style={{ fontSize: 15 }}
        data-testid="cbt-save-state"
        data-state={entry ? (entry.acked ? 'saved' : 'pending') : 'empty'}
      >
        {entry && !entry.acked ? '保存中' : '未作答'}
      </Tag>
    );
  return entry.acked ? (
    <Tag color="green" style={{ fontSize: 15 }} data-testid="cbt-save-state" data-state="saved">
      已保存
    </Tag>
  ) : (
    <Tag color="orange" style={{ fontSize: 15 }} data-testid="cbt-save-state" data-state="pending">
      保存中
    </Tag>
  );
}
