import { formatLevels } from '../../../shared/centre.rules.js';
import { ownershipNames } from '../../../shared/centre.js';
import { standardTypes } from '../../../shared/scope.js';
import type { FilingDocument } from './filing-application.service.js';
import {
  CONTENT_WIDTH,
  PAGE,
  columns,
  createFormDocument,
  numberPages,
  row,
  sectionRow,
  table,
  toBuffer,
  type Doc,
} from './table.pdf.js';

/**
 * R-ORG-05: 河南省院校类职业技能等级认定机构备案申请表, laid out as the handbook's form (H 第四部分 六): the cover,
 * the notes, then the form's table from 备案申请类别 to the authorities' opinions.
 */
const dash = (v: string | null | undefined) => (v && v.trim() ? v : '');
const cn = (d: string | null) =>
  d ? `${d.slice(0, 4)} 年 ${Number(d.slice(5, 7))} 月 ${Number(d.slice(8, 10))} 日` : '      年    月    日';

function cover(doc: Doc, d: FilingDocument) {
  const c = d.centre;
  doc.font('bold').fontSize(24);
  doc.text('河南省院校类职业技能等级认定机构', PAGE.margin, 170, { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(0.4).text('备 案 申 请 表', { width: CONTENT_WIDTH, align: 'center', characterSpacing: 4 });
  const line = (label: string, value: string, y: number, suffix = '') => {
    const x0 = PAGE.margin + 70;
    doc.font('regular').fontSize(14).text(label, x0, y, { width: 90, lineBreak: false });
    const x1 = x0 + 92;
    const w = 260;
    doc.text(value, x1, y, { width: w, align: 'center', lineBreak: false, height: 20, ellipsis: true });
    doc
      .moveTo(x1, y + 19)
      .lineTo(x1 + w, y + 19)
      .lineWidth(0.6)
      .stroke();
    if (suffix) doc.text(suffix, x1 + w + 6, y, { lineBreak: false });
  };
  let y = 380;
  line('学校名称', dash(c.schoolName), y, '（盖章）');
  line('学校地址', dash(c.schoolAddress ?? c.address), (y += 38));
  line('负 责 人', dash(c.legalRepresentative), (y += 38));
  line('电    话', dash(c.legalRepresentativePhone), (y += 38));
  line('联 系 人', dash(c.contact), (y += 38));
  line('电    话', dash(c.phone ?? c.mobile), (y += 38));
  line('填报时间', cn(d.today), (y += 38));
  doc.font('regular').fontSize(15);
  doc.text('河南省人力资源和社会保障厅', PAGE.margin, 700, { width: CONTENT_WIDTH, align: 'center' });
  doc.text('河南省教育厅  制', { width: CONTENT_WIDTH, align: 'center' });
}

function notes(doc: Doc) {
  doc.addPage();
  doc.font('bold').fontSize(18).text('填 表 说 明', { width: CONTENT_WIDTH, align: 'center' });
  doc.moveDown(1).font('regular').fontSize(12);
  const items = [
    '注册登记机构。填写学校注册登记单位法人时的机构。',
    '学校性质。填写“公办”或“民办”。',
    '原鉴定所(站)代码或评价机构代码。“机构设置备案申请”类别中，原设有“职业技能鉴定所(站)”的学校填写，并提供原职业技能鉴定所(站)鉴定许可证复印件作为佐证材料；未设有“职业技能鉴定所(站)”的学校不用填写。“评价职业(工种)增量备案申请”的，填写现有院校类职业技能等级认定机构代码。',
    '信息化建设情况。说明是否实现在线考务、智能化考试，是否建有技能认定工作网站，是否有视频监控设备并长期保存相关信息。',
    '本表可根据实际情况加行或增页。相关内容需要提供佐证材料的，佐证材料按照表格内容呈现顺序排列，单独装订。',
    '职业(工种)填报。职业包含有工种的，原则上需填报工种。工种名称要与该职业包含的工种名称一致。不能直接用大类、中类或小类名称作为职业名称申报。',
  ];
  items.forEach((t, i) =>
    doc.text(`${i + 1}. ${t}`, { width: CONTENT_WIDTH, lineGap: 6, paragraphGap: 6, indent: 24 }),
  );
}

function schoolPart(doc: Doc, d: FilingDocument) {
  const c = d.centre;
  const initial = d.application.filing.category === 'initial';
  const [l, v, l2, v2] = columns(3, 5, 2.4, 4.6);
  row(
    doc,
    [
      { text: '备案申请类别', w: l, bold: true, align: 'center' },
      {
        text: `${initial ? '■' : '□'} 机构设置备案申请\u3000\u3000${initial ? '□' : '■'} 评价职业(工种)增量备案申请`,
        w: CONTENT_WIDTH - l,
      },
    ],
    { minHeight: 26 },
  );
  const full = (label: string, value: string) =>
    row(
      doc,
      [
        { text: label, w: l, bold: true, align: 'center' },
        { text: value, w: CONTENT_WIDTH - l },
      ],
      { minHeight: 24 },
    );
  const pair = (a: string, av: string, b: string, bv: string) =>
    row(
      doc,
      [
        { text: a, w: l, bold: true, align: 'center' },
        { text: av, w: v },
        { text: b, w: l2, bold: true, align: 'center' },
        { text: bv, w: v2 },
      ],
      { minHeight: 24 },
    );
  full('申请学校全称', dash(c.schoolName));
  full('学校地址', dash(c.schoolAddress));
  pair('注册登记机构', dash(c.registrationAuthority), '学校性质', dash(c.schoolNature));
  pair('统一社会信用代码', dash(c.creditCode), '主管部门', dash(c.supervisingAuthority));
  const [a, b, cw, dw, e, f] = columns(3, 2.6, 1.4, 2.4, 1.8, 2.8);
  const person = (label: string, name: string, title: string, phone: string) =>
    row(
      doc,
      [
        { text: label, w: a, bold: true, align: 'center' },
        { text: name, w: b },
        { text: '职务', w: cw, bold: true, align: 'center' },
        { text: title, w: dw },
        { text: '办公电话', w: e, bold: true, align: 'center' },
        { text: phone, w: f },
      ],
      { minHeight: 24 },
    );
  person('法定代表人', dash(c.legalRepresentative), dash(c.legalRepresentativeTitle), dash(c.legalRepresentativePhone));
  person('联系人', dash(c.contact), dash(c.contactTitle), dash(c.phone));
  row(
    doc,
    [
      { text: '', w: a + b + cw + dw },
      { text: '手机号码', w: e, bold: true, align: 'center' },
      { text: dash(c.mobile), w: f },
    ],
    { minHeight: 24 },
  );
  pair(
    '技能等级认定工作网址',
    dash(c.website),
    '原鉴定所(站)代码或评价机构代码',
    initial ? dash(c.previousCode) : dash(c.filingCode ?? c.previousCode),
  );
}

function scopePart(doc: Doc, d: FilingDocument) {
  sectionRow(doc, '申请开展职业技能等级认定的职业(工种)');
  const w = columns(0.8, 1.8, 2.2, 2.1, 1.3, 2.3, 2.7);
  table(
    doc,
    w,
    ['序号', '职业编码', '职业名称', '工种名称', '等级', '对应专业', '评价标准'],
    d.rows.map((r, i) => [
      String(i + 1),
      r.code,
      r.occupationName,
      r.jobName ?? '',
      formatLevels(r.levels),
      r.major ?? '',
      standardTypes[r.standardType],
    ]),
  );
  sectionRow(doc, '文件、规章制度清单(具体材料另附)');
  const w2 = columns(0.8, 6, 2.2, 4);
  table(
    doc,
    w2,
    ['序号', '名称', '制定时间', '发文部门及文号'],
    d.regulations.map((r, i) => [String(i + 1), r.name, r.issuedOn ?? '', r.issuer ?? '']),
  );
  sectionRow(doc, '具备的组织和专业优势');
  const [l] = columns(3, 11);
  row(
    doc,
    [
      { text: '组织优势', w: l, bold: true, align: 'center' },
      { text: dash(d.centre.organisationStrengths), w: CONTENT_WIDTH - l },
    ],
    { minHeight: 60, valign: 'top' },
  );
  row(
    doc,
    [
      { text: '专业优势', w: l, bold: true, align: 'center' },
      { text: dash(d.centre.professionalStrengths), w: CONTENT_WIDTH - l },
    ],
    { minHeight: 60, valign: 'top' },
  );
}

function venuePart(doc: Doc, d: FilingDocument) {
  sectionRow(doc, '场地情况');
  const [l] = columns(3, 11);
  const list = (kind: 'office' | 'theory' | 'skill') =>
    d.venues
      .filter((v) => v.kind === kind)
      .map(
        (v) =>
          `${v.occupationName ? `【${v.occupationName}】` : ''}${v.place}${v.area ? `，${v.area} m²` : ''}，${v.count} 个${v.note ? `（${v.note}）` : ''}`,
      )
      .join('\n');
  row(
    doc,
    [
      { text: '工作场所\n地点、面积、数量', w: l, bold: true, align: 'center' },
      { text: list('office'), w: CONTENT_WIDTH - l },
    ],
    { minHeight: 44 },
  );
  row(
    doc,
    [
      { text: '理论知识考场\n地点、面积、数量', w: l, bold: true, align: 'center' },
      { text: list('theory'), w: CONTENT_WIDTH - l },
    ],
    { minHeight: 44 },
  );
  row(
    doc,
    [
      { text: '操作技能考核场所\n地点、面积、数量\n(分职业描述)', w: l, bold: true, align: 'center' },
      { text: list('skill'), w: CONTENT_WIDTH - l },
    ],
    { minHeight: 54 },
  );
  sectionRow(doc, '设施设备情况');
  const w = columns(0.8, 4.6, 3.6, 2, 2);
  row(
    doc,
    ['序号', '名称', '规格/型号', '数量', '权属'].map((text, i) => ({
      text,
      w: w[i],
      bold: true,
      align: 'center' as const,
    })),
    { minHeight: 22 },
  );
  const groups = [...new Map(d.equipment.map((e) => [`${e.occupationId}|${e.location}`, e])).values()];
  if (!groups.length) row(doc, [{ text: '暂无数据', w: CONTENT_WIDTH, align: 'center' }]);
  groups.forEach((g, gi) => {
    row(
      doc,
      [{ text: `认定职业 ${gi + 1}：${g.occupationName}\u3000\u3000设备所在地：${g.location}`, w: CONTENT_WIDTH }],
      { minHeight: 22 },
    );
    d.equipment
      .filter((e) => e.occupationId === g.occupationId && e.location === g.location)
      .forEach((e, i) =>
        row(doc, [
          { text: String(i + 1), w: w[0], align: 'center' },
          { text: e.name, w: w[1] },
          { text: e.model ?? '', w: w[2] },
          { text: `${e.quantity}${e.unit ?? ''}`, w: w[3], align: 'center' },
          { text: ownershipNames[e.ownership], w: w[4], align: 'center' },
        ]),
      );
  });
  sectionRow(doc, '信息化建设情况');
  row(doc, [{ text: dash(d.centre.itSituation) || '（未填写）', w: CONTENT_WIDTH }], { minHeight: 70, valign: 'top' });
}

function peoplePart(doc: Doc, d: FilingDocument) {
  const p = d.people;
  const none = p.available ? '暂无数据' : '暂无数据（人员模块尚未提供）';
  const own = (b: boolean) => (b ? '是' : '否');
  sectionRow(doc, '人员队伍建设情况');
  row(doc, [{ text: '工作人员情况', w: CONTENT_WIDTH, bold: true, align: 'center' }]);
  const w6 = columns(0.8, 1.6, 3, 3, 1.3, 2.6);
  table(
    doc,
    w6,
    ['序号', '姓名', '身份证号', '职务/职称/技能等级', '学历', '主要职责'],
    p.staff.map((s, i) => [String(i + 1), s.name, s.idMasked, s.title, '', s.detail]),
    none,
  );
  row(doc, [{ text: '专家队伍', w: CONTENT_WIDTH, bold: true, align: 'center' }]);
  const w7 = columns(0.8, 1.6, 3, 2.6, 1.2, 2, 1.3);
  table(
    doc,
    w7,
    ['序号', '姓名', '身份证号', '职务/职称/技能等级', '学历', '专业', '是否本单位职工'],
    p.experts.map((s, i) => [String(i + 1), s.name, s.idMasked, s.title, '', s.occupation, own(s.ownStaff)]),
    none,
  );
  row(doc, [
    {
      text: '考评人员队伍（每一职业最少3名考评人员，根据认定职业的等级配备高级考评员或考评员，必须具备条件：高级考评员①相关职业②高级职称或高级技师；考评员①相关职业②中级职称或高级工）',
      w: CONTENT_WIDTH,
      bold: true,
    },
  ]);
  table(
    doc,
    w7,
    ['序号', '姓名', '身份证号', '职务/职称/技能等级', '考评职业', '证书编号', '是否本单位职工'],
    p.examiners.map((s, i) => [
      String(i + 1),
      s.name,
      s.idMasked,
      s.title,
      s.occupation,
      s.certificateNumber,
      own(s.ownStaff),
    ]),
    none,
  );
  row(doc, [
    {
      text: '内部质量监督人员队伍（同一职业技能等级认定过程内部质量监督人员不得担任同一场次考评人员。）',
      w: CONTENT_WIDTH,
      bold: true,
    },
  ]);
  table(
    doc,
    w7,
    ['序号', '姓名', '身份证号', '职务/职称/技能等级', '学历', '专业', '主要职责'],
    p.supervisors.map((s, i) => [String(i + 1), s.name, s.idMasked, s.title, '', '', s.detail]),
    none,
  );
}

function opinionsPart(doc: Doc) {
  const [l] = columns(2.2, 11.8);
  const box = (label: string, body: string, h: number) => {
    if (doc.y + h > PAGE.height - PAGE.margin - 14) doc.addPage();
    const y = doc.y;
    row(
      doc,
      [
        { text: label, w: l, bold: true, align: 'center' },
        { text: body, w: CONTENT_WIDTH - l },
      ],
      { minHeight: h, valign: 'top' },
    );
    doc
      .font('regular')
      .fontSize(11)
      .text('年      月      日', PAGE.margin + l, y + h - 22, { width: CONTENT_WIDTH - l - 20, align: 'right' });
    doc.y = y + h;
  };
  box(
    '申请学校\n承诺',
    '学校法定代表人对本表以上所填写内容及所提供材料真实有效性的承诺：\n\n\n\u3000\u3000\u3000\u3000\u3000法定代表人签字________________\u3000\u3000\u3000\u3000\u3000\u3000单位(公章)',
    130,
  );
  box('专家组\n评估意见', '', 100);
  box(
    '教育部门\n意见',
    '\n\n\n\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000(盖章)',
    100,
  );
  box(
    '人力资源\n社会保障\n部门意见',
    '\n\n\n\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000(盖章)',
    100,
  );
}

export async function renderFilingPdf(d: FilingDocument, fontPath: string): Promise<Buffer> {
  const doc = createFormDocument(fontPath, { title: `${d.centre.name} 备案申请表`, author: d.centre.name });
  cover(doc, d);
  notes(doc);
  doc.addPage();
  doc.font('bold').fontSize(16).text(d.centre.name, { width: CONTENT_WIDTH, align: 'center' });
  doc
    .font('regular')
    .fontSize(11)
    .text(d.application.filing.title, { width: CONTENT_WIDTH, align: 'center' })
    .moveDown(0.6);
  schoolPart(doc, d);
  scopePart(doc, d);
  venuePart(doc, d);
  peoplePart(doc, d);
  opinionsPart(doc);
  numberPages(doc);
  return toBuffer(doc);
}
