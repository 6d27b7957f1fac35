import { Button, Descriptions, Empty, Image, List, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { SupervisionObservation, SupervisionReport } from '../../../shared/supervision.js';
import { fileUrl } from '../../app/api.js';
import { reportPdfUrl } from './api.js';

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '');

/** The team's signatures, one line per member. */
export function TeamSignatures({ report }: { report: SupervisionReport }) {
  return (
    <List
      size="small"
      header={
        <b>
          督导组成员签名（{report.signed}/{report.team.length}）
        </b>
      }
      dataSource={report.team}
      renderItem={(m) => (
        <List.Item>
          <Space wrap>
            <span>
              {m.name}
              {m.me ? '（本人）' : ''}
            </span>
            {m.signedAt ? <Tag color="green">已签名 {time(m.signedAt)}</Tag> : <Tag>未签名</Tag>}
          </Space>
        </List.Item>
      )}
    />
  );
}

export function ObservationList({ items }: { items: SupervisionObservation[] }) {
  if (!items.length) return <Empty description="暂无督导记录" />;
  return (
    <List
      itemLayout="vertical"
      dataSource={items}
      renderItem={(o) => (
        <List.Item key={o.id}>
          <Space wrap>
            <Tag color="blue">{o.aspectName}</Tag>
            {o.breach && <Tag color="red">已制止并报告</Tag>}
            <Typography.Text type="secondary">
              {o.byName} {time(o.createdAt)}
            </Typography.Text>
          </Space>
          <ul style={{ margin: '8px 0', paddingLeft: 20 }}>
            {o.checklist.map((c) => (
              <li key={c.item}>
                {c.item}：{c.ok ? <Tag color="green">符合</Tag> : <Tag color="orange">不符合</Tag>}
                {c.note}
              </li>
            ))}
          </ul>
          {o.notes && <Typography.Paragraph>{o.notes}</Typography.Paragraph>}
          {o.breach && <Typography.Paragraph type="danger">制止的行为：{o.stopped}</Typography.Paragraph>}
          {o.photoFileIds.length > 0 && (
            <Image.PreviewGroup>
              <Space wrap>
                {o.photoFileIds.map((id) => (
                  <Image key={id} width={80} src={fileUrl(id)} alt="现场照片" />
                ))}
              </Space>
            </Image.PreviewGroup>
          )}
        </List.Item>
      )}
    />
  );
}

/** The report as the centre reads it (and the members before they sign). */
export function ReportView({ report }: { report: SupervisionReport }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="认定批次">{report.batchTitle}</Descriptions.Item>
        <Descriptions.Item label="考点">{report.siteName}</Descriptions.Item>
        <Descriptions.Item label="报告期限">
          {report.dueOn} 前（最后考试日 {report.lastExamDay} 后 2 日内）{' '}
          {report.overdue && <Tag color="red">已逾期</Tag>}
          <Tag color={report.state === 'submitted' ? 'green' : 'default'}>{report.stateName}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="督导情况">{report.findings || '—'}</Descriptions.Item>
        <Descriptions.Item label="存在问题">{report.problems || '—'}</Descriptions.Item>
        <Descriptions.Item label="改进建议">{report.suggestions || '—'}</Descriptions.Item>
      </Descriptions>
      <TeamSignatures report={report} />
      <Button icon={<DownloadOutlined />} href={reportPdfUrl(report)} target="_blank">
        下载督导报告（PDF）
      </Button>
      <Typography.Title level={5}>督导记录</Typography.Title>
      <ObservationList items={report.observationList} />
      {report.externalList.length > 0 && (
        <>
          <Typography.Title level={5}>外部质量督导</Typography.Title>
          <List
            size="small"
            dataSource={report.externalList}
            renderItem={(e) => (
              <List.Item>
                {e.visitedOn} {e.authority}：{e.names.join('、')} {e.findings}
              </List.Item>
            )}
          />
        </>
      )}
    </Space>
  );
}
