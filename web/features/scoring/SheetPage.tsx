import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Result, Space, Spin, Tag, Typography } from 'antd';
import { CrownOutlined, DownloadOutlined, FileDoneOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { sheetPdfUrl, useEvidenceScores, useScoreSheet } from './api.js';
import { dateTime } from './format.js';
import { EntryGrid, SheetTable } from './SheetGrid.js';
import { ImportCard, SetupCard, SignaturesCard } from './SheetPanels.js';

/**
 * 成绩登记表 (R-SCORE-01/04) of one sitting: who sits it and what counts for each — entered or imported (theory on
 * paper, the review), the computer-based exam, 缺考 from exam day, the examiners' marks (skill, 2+1+1) — signed by
 * the examiner group's leader and the recorder (汇总记分员); after that a score changes only by a correction.
 */
export function SheetPage() {
  const { sittingId = '' } = useParams();
  const sheet = useScoreSheet(sittingId);
  const centre = useCan('scoring.manage');

  if (sheet.isLoading) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (sheet.error)
    return (
      <PageContainer title="成绩登记表">
        <Result
          status="warning"
          title={errorMessage(sheet.error)}
          extra={<Link to={centre ? '/scoring' : '/marking'}>{centre ? '返回成绩管理' : '返回评分'}</Link>}
        />
      </PageContainer>
    );
  const s = sheet.data!;
  const c = s.counts;
  const skill = s.kind === 'skill';
  const source = skill
    ? '考评组评分（2+1+1）'
    : s.computer
      ? '机考自动评分'
      : s.may.enter
        ? '录入或导入'
        : '录入或导入（当前不可修改）';

  return (
    <PageContainer
      title={`成绩登记表 · ${s.kindName}`}
      onBack={() => history.back()}
      subTitle={s.signedAt ? <Tag color="green">已签字</Tag> : <Tag>未签字</Tag>}
      content={
        <Space direction="vertical" size={2} data-testid="sheet-header">
          <Typography.Text>{s.batchTitle}</Typography.Text>
          <Typography.Text type="secondary">
            {s.day} {s.startsAt}–{s.endsAt} · {s.computer ? '机考' : '纸笔或现场考核'} · 成绩来源：{source}
          </Typography.Text>
          <Typography.Text type="secondary" data-testid="sheet-examiners">
            考评组：
            {s.examiners.length === 0
              ? '未安排'
              : s.examiners.map((e) => (
                  <span key={e.personId} style={{ marginRight: 8 }}>
                    {e.name}
                    {e.leader && (
                      <Tag color="gold" icon={<CrownOutlined />} style={{ marginLeft: 4 }}>
                        组长
                      </Tag>
                    )}
                  </span>
                ))}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button icon={<DownloadOutlined />} href={sheetPdfUrl(sittingId)} data-testid="sheet-pdf">
          下载成绩登记表（PDF）
        </Button>
      }
    >
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        {s.signedAt && (
          <Alert
            type="success"
            showIcon
            message={`成绩登记表已于 ${dateTime(s.signedAt)} 签字完成，成绩只能通过更正申请修改（须中心负责人批准）。`}
          />
        )}
        <Card size="small">
          <Descriptions size="small" column={{ xs: 2, sm: 4, md: 4, lg: 4, xl: 4, xxl: 4 }} data-testid="sheet-counts">
            <Descriptions.Item label="考生">{c.total}</Descriptions.Item>
            <Descriptions.Item label="已有成绩">{c.entered}</Descriptions.Item>
            <Descriptions.Item label="缺考">{c.absent}</Descriptions.Item>
            <Descriptions.Item label="未录入">
              <Typography.Text type={c.missing ? 'warning' : undefined}>{c.missing}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        {skill && <SetupCard sheet={s} />}
        {s.may.evidence && <EvidenceCard sittingId={sittingId} />}
        {s.may.enter && <ImportCard sittingId={sittingId} mayTemplate={centre} />}
        <Card
          size="small"
          title={s.may.enter ? '成绩录入' : '考生成绩'}
          extra={
            s.may.enter ? (
              <Typography.Text type="secondary">输入成绩后按回车跳到下一行；“缺”表示缺考</Typography.Text>
            ) : null
          }
        >
          {s.may.enter ? <EntryGrid sheet={s} /> : <SheetTable sheet={s} mayRecords={centre} />}
        </Card>
        <SignaturesCard sheet={s} />
      </Space>
    </PageContainer>
  );
}

/**
 * R-SCORE-05: direct (1+X), process (course results) and contest batches: one action writes every candidate's result
 * from the evidence stored with its application; those without evidence are named and left for the centre.
 */
function EvidenceCard({ sittingId }: { sittingId: string }) {
  const { message, modal } = App.useApp();
  const run = useEvidenceScores(sittingId);
  const go = () =>
    modal.confirm({
      title: '依据报名材料生成成绩',
      content: '将按报名时审核通过的材料（1+X 证书、课程成绩、竞赛名次）为本场次考生生成成绩，已有成绩的考生保持不变。',
      okText: '生成',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await run.mutateAsync();
          if (r.missing.length)
            modal.warning({
              title: `已生成 ${r.written} 名考生的成绩；${r.missing.length} 名缺少依据材料`,
              content: r.missing.join('；'),
            });
          else message.success(`已生成 ${r.written} 名考生的成绩`);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  return (
    <Card size="small" title="依据材料认定">
      <Space wrap>
        <Typography.Text type="secondary">
          本批次按材料认定（免考认定、过程考核或竞赛），成绩来自报名时的依据材料。
        </Typography.Text>
        <Button icon={<FileDoneOutlined />} onClick={go} loading={run.isPending} data-testid="sheet-evidence">
          依据材料生成成绩
        </Button>
      </Space>
    </Card>
  );
}
