import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Radio, Space, Spin, Table, Typography } from 'antd';
import { FileExcelOutlined, FilePdfOutlined, IdcardOutlined, PrinterOutlined } from '@ant-design/icons';
import type { PrintOverview } from '../../../shared/arrangement.documents.js';
import { ticketGroupingNames } from '../../../shared/arrangement.documents.js';
import { api, apiUrl, errorMessage, type ApiPathParams } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { JobStatus } from '../../components/JobStatus.js';

/**
 * R-ARR-10/11 打印: per room the door list (门贴), seat chart (座位表) and sign-in sheet (签到表); per batch the tickets
 * (准考证, as a background job, by room or by college), the proctor lot record (抽签记录) and the plan for the
 * authority with its staffing. Downloads are plain links: the session cookie goes with them.
 */

type Room = PrintOverview['sittings'][number]['rooms'][number];
type RoomDocument = ApiPathParams<'/arrangement/{batchId}/sittings/{sittingId}/rooms/{roomId}/{document}'>['document'];

export function PrintPanel({ batchId }: { batchId: string }) {
  const canManage = useCan('arrangement.manage');
  const [groupBy, setGroupBy] = useState<'room' | 'college'>(canManage ? 'room' : 'college');
  const [jobId, setJobId] = useState<string | null>(null);
  const { message, modal } = App.useApp();
  const overview = useQuery({
    queryKey: ['arrangement-print', batchId],
    queryFn: () => api.get('/arrangement/{batchId}/print', { path: { batchId } }),
  });
  const tickets = useMutation({
    mutationFn: (confirmMissingPhotos: boolean) =>
      api.post('/arrangement/{batchId}/tickets', { path: { batchId }, body: { groupBy, confirmMissingPhotos } }),
    onSuccess: (r) => setJobId(r.jobId),
    onError: (e) => void message.error(errorMessage(e)),
  });

  if (overview.isLoading) return <Spin />;
  if (overview.error)
    return <Alert type="error" showIcon message="无法读取考场安排" description={errorMessage(overview.error)} />;
  const o = overview.data!;
  const missing = o.missingPhotos;
  // R-ARR-11: tickets carry the photo; printing those without one is a decision the user confirms.
  const startTickets = () => {
    if (!missing.length) return tickets.mutate(false);
    modal.confirm({
      title: `${missing.length} 名考生没有照片`,
      content: '这些考生的准考证将在照片处印上“无照片”标记，入场时须凭身份证件核验。建议先补充照片再打印。仍要生成吗？',
      okText: '仍要生成',
      cancelText: '先补照片',
      onOk: () => tickets.mutate(true),
    });
  };
  if (!o.published)
    return (
      <Alert
        type="info"
        showIcon
        data-testid="print-unpublished"
        message="考场编排发布后，可在此打印考场门贴、座位表、签到表和准考证。"
      />
    );

  const roomColumns = (sittingId: string) => [
    { title: '考场', key: 'no', width: 90, render: (_: unknown, r: Room) => `第 ${r.roomNo} 考场` },
    { title: '考点', dataIndex: 'siteName', key: 'site' },
    { title: '教室', dataIndex: 'roomName', key: 'room' },
    { title: '人数', dataIndex: 'candidateCount', key: 'n', width: 70 },
    ...(canManage
      ? [
          {
            title: '打印',
            key: 'docs',
            render: (_: unknown, r: Room) => {
              const at = (document: RoomDocument) =>
                apiUrl('/arrangement/{batchId}/sittings/{sittingId}/rooms/{roomId}/{document}', {
                  path: { batchId, sittingId, roomId: r.roomId, document },
                });
              return (
                <Space size={4} wrap>
                  <Button
                    size="small"
                    icon={<PrinterOutlined />}
                    href={at('door.pdf')}
                    target="_blank"
                    data-testid={`door-${r.roomNo}`}
                  >
                    门贴
                  </Button>
                  <Button size="small" href={at('seats.pdf')} target="_blank">
                    座位表
                  </Button>
                  <Button size="small" href={at('signin.pdf')} target="_blank">
                    签到表
                  </Button>
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="print-panel">
      <Card size="small" title="准考证">
        <Space direction="vertical" style={{ width: '100%' }}>
          {o.ticketsBlocked ? (
            <Alert type="warning" showIcon message={o.ticketsBlocked} data-testid="tickets-blocked" />
          ) : (
            <Typography.Text type="secondary">
              批复文号：{o.approvalNumber}。仅为审核通过且已缴费（或免费）的考生生成，每张 A4
              纸打印两张，在每张准考证右下角签发机构处加盖认定中心印章。
            </Typography.Text>
          )}
          {missing.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="tickets-missing-photos"
              message={`${missing.length} 名考生没有照片，准考证将印有“无照片”标记`}
              description={
                <>
                  <div style={{ marginBottom: 6 }}>请先在“照片批量导入”或报名审核中补充照片；确认后仍可打印。</div>
                  <Table
                    rowKey="applicationId"
                    size="small"
                    pagination={missing.length > 10 ? { pageSize: 10, size: 'small' } : false}
                    dataSource={missing}
                    columns={[
                      { title: '姓名', dataIndex: 'name', width: 110 },
                      {
                        title: '身份证号',
                        dataIndex: 'idTail',
                        render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{`**************${v}`}</span>,
                      },
                      { title: '学院', dataIndex: 'collegeName', render: (v: string | null) => v ?? '社会考生' },
                    ]}
                  />
                </>
              }
            />
          )}
          <Space wrap>
            {canManage && (
              <Radio.Group
                value={groupBy}
                onChange={(e) => setGroupBy(e.target.value)}
                optionType="button"
                buttonStyle="solid"
              >
                {(['room', 'college'] as const).map((g) => (
                  <Radio.Button key={g} value={g}>
                    {ticketGroupingNames[g]}
                  </Radio.Button>
                ))}
              </Radio.Group>
            )}
            <Button
              type="primary"
              icon={<IdcardOutlined />}
              disabled={!!o.ticketsBlocked}
              loading={tickets.isPending}
              onClick={startTickets}
              data-testid="tickets-start"
            >
              生成准考证（PDF）
            </Button>
          </Space>
          {jobId && <JobStatus jobId={jobId} />}
        </Space>
      </Card>
      {canManage && (
        <Card size="small" title="本批次文档">
          <Space wrap>
            <Button
              icon={<FilePdfOutlined />}
              href={apiUrl('/arrangement/{batchId}/lots.pdf', { path: { batchId } })}
              target="_blank"
              data-testid="lots-pdf"
            >
              监考抽签记录
            </Button>
            <Button
              icon={<FileExcelOutlined />}
              href={apiUrl('/arrangement/{batchId}/plan.xlsx', { path: { batchId } })}
            >
              认定计划（含考场安排，Excel）
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              href={apiUrl('/arrangement/{batchId}/plan.pdf', { path: { batchId } })}
              target="_blank"
            >
              认定计划（PDF）
            </Button>
          </Space>
        </Card>
      )}
      {o.sittings.length === 0 && <Empty description="本批次没有安排考场" />}
      {o.sittings.map((s) => (
        <Card key={s.id} size="small" title={s.label}>
          <Table rowKey="roomId" size="small" pagination={false} columns={roomColumns(s.id)} dataSource={s.rooms} />
        </Card>
      ))}
    </Space>
  );
}
