import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness.js';
import { auditLog, colleges, persons, users } from '../../db/schema/index.js';
import { makeIdNumber, personFor, postFile } from './people.testkit.js';

let t: TestApp;
let kaowu: TestClient;
let jidian: TestClient;
let JD = '';
let XX = '';
const student = (name: string, birth: string, seq: number, college: string, extra: Record<string, unknown> = {}) =>
  personFor(name, birth, seq, {
    kind: 'student',
    collegeId: college,
    className: '机电2301',
    enrolmentYear: 2023,
    educationLevel: 'higher_vocational',
    ...extra,
  });

beforeAll(async () => {
  t = await createTestApp();
  kaowu = await t.login('kaowu');
  jidian = await t.login('jidian');
  const cs = await t.database.db.select().from(colleges);
  JD = cs.find((c) => c.code === 'JD')!.id;
  XX = cs.find((c) => c.code === 'XX')!.id;
});
afterAll(async () => t.close());

describe('R-PPL-01: persons', () => {
  it('R-PPL-01: registers a person; a wrong check digit is refused naming the field', async () => {
    const ok = await kaowu.post(
      '/api/v1/persons',
      personFor('张建华', '1978-04-12', 11, { titleSeries: '高校教师', titleGrade: 'senior' }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    const bad = personFor('李伟', '1980-01-01', 13);
    bad.idNumber = bad.idNumber.slice(0, 17) + (bad.idNumber[17] === '0' ? '1' : '0');
    const res = await kaowu.post('/api/v1/persons', bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/证件号码.*校验位错误/);
  });

  it('R-PPL-01: gender must match the ID number', async () => {
    const res = await kaowu.post('/api/v1/persons', { ...personFor('王芳', '1990-03-03', 22), gender: 'male' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/性别|与证件号码不符/);
  });

  it('R-PPL-01: one person per ID type and number (a lowercase x is the same number)', async () => {
    const id = '41010219880512108X';
    const first = await kaowu.post('/api/v1/persons', {
      ...personFor('赵敏', '1988-05-12', 108),
      idNumber: id,
      gender: 'female',
    });
    expect(first.statusCode, first.body).toBe(200);
    const again = await kaowu.post('/api/v1/persons', {
      ...personFor('赵敏', '1988-05-12', 108),
      idNumber: id.toLowerCase(),
      gender: 'female',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/已登记/);
    const found = await kaowu.post('/api/v1/persons/search', { idNumber: id.toLowerCase() });
    expect(found.json().items.map((p: { name: string }) => p.name)).toEqual(['赵敏']);
  });

  it('R-PPL-03: a student needs college, class, enrolment year and level; 技工院校 students need the class type', async () => {
    const res = await kaowu.post('/api/v1/persons', personFor('学生甲', '2005-09-01', 31, { kind: 'student' }));
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['className', 'collegeId', 'educationLevel', 'enrolmentYear']);
    const tech = await kaowu.post(
      '/api/v1/persons',
      student('学生乙', '2006-01-01', 33, JD, { educationLevel: 'technician_school' }),
    );
    expect(tech.json().error.message).toMatch(/中级工班/);
    const ok = await kaowu.post(
      '/api/v1/persons',
      student('学生乙', '2006-01-01', 33, JD, {
        educationLevel: 'technician_school',
        classType: 'advanced',
        graduating: true,
      }),
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      kind: 'student',
      classType: 'advanced',
      graduating: true,
      collegeName: '机电工程学院',
    });
  });
});

describe('R-PPL-02: ID numbers are masked, their full view audited', () => {
  let id = '';
  const number = makeIdNumber('1985-12-31', 15, '440306');
  beforeAll(async () => {
    const res = await kaowu.post('/api/v1/persons', { ...personFor('陈强', '1985-12-31', 15), idNumber: number });
    id = res.json().id;
  });
  it('R-PPL-02: lists and details show only the masked number', async () => {
    const list = await kaowu.get('/api/v1/persons?keyword=陈强');
    expect(list.json().items[0].idMasked).toBe(`**************${number.slice(-4)}`);
    expect(list.body).not.toContain(number);
    expect((await kaowu.get(`/api/v1/persons/${id}`)).body).not.toContain(number);
  });
  it('R-PPL-02: the full number for a role that may see it, and every view is audited with the masked value only', async () => {
    const res = await kaowu.get(`/api/v1/persons/${id}/id-number`);
    expect(res.json()).toEqual({ idType: 'resident', idNumber: number });
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    const views = rows.filter((r) => r.action === 'view.idNumber');
    expect(views).toHaveLength(1);
    expect(views[0].actorName).toBe('刘考务');
    expect(JSON.stringify(rows)).not.toContain(number);
  });
  it('R-PPL-02: a college clerk may not see the full number', async () => {
    expect((await jidian.get(`/api/v1/persons/${id}/id-number`)).statusCode).toBe(403);
  });
});

describe('R-ORG-07: a college clerk sees only its own college', () => {
  let own = '';
  let other = '';
  beforeAll(async () => {
    own = (await jidian.post('/api/v1/persons', student('机电学生', '2004-02-02', 41, JD))).json().id;
    other = (
      await kaowu.post('/api/v1/persons', student('信息学生', '2004-03-03', 43, XX, { className: '信息2301' }))
    ).json().id;
  });
  it('R-ORG-07: the clerk lists only its own college and gets 404 for another college’s person', async () => {
    const list = await jidian.get('/api/v1/persons');
    expect(list.json().items.every((p: { collegeId: string }) => p.collegeId === JD)).toBe(true);
    expect(list.json().items.map((p: { id: string }) => p.id)).toContain(own);
    const res = await jidian.get(`/api/v1/persons/${other}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('信息学生');
  });
  it('R-ORG-07: the clerk cannot register or move a person into another college', async () => {
    expect((await jidian.post('/api/v1/persons', student('越权', '2004-04-04', 45, XX))).statusCode).toBe(403);
    const res = await jidian.put(`/api/v1/persons/${own}`, {
      ...student('机电学生', '2004-02-02', 41, XX),
      idNumber: undefined,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('R-PPL-01: photo', () => {
  let id = '';
  beforeAll(async () => {
    id = (await kaowu.post('/api/v1/persons', personFor('照片人', '1992-02-02', 51))).json().id;
  });
  it('R-PPL-01: a PNG is resized to the 1-inch 295×413 JPEG on a white background', async () => {
    const png = await sharp({
      create: { width: 600, height: 800, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } },
    })
      .png()
      .toBuffer();
    const res = await postFile(t, kaowu, `/api/v1/persons/${id}/photo`, 'a.png', png);
    expect(res.statusCode, res.body).toBe(200);
    const photo = await kaowu.get(`/api/v1/persons/${id}/photo`);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(photo.rawPayload).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 295, 413]);
    expect((await kaowu.get(`/api/v1/persons/${id}`)).json().hasPhoto).toBe(true);
  });
  it('R-PPL-01: a file that is not JPEG/PNG by content is refused, whatever its name; too large is refused', async () => {
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');
    const res = await postFile(t, kaowu, `/api/v1/persons/${id}/photo`, 'photo.jpg', gif);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toMatch(/JPEG 或 PNG/);
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6 * 1024 * 1024)]);
    expect((await postFile(t, kaowu, `/api/v1/persons/${id}/photo`, 'big.jpg', big)).statusCode).toBe(413);
  });
});

describe('own record', () => {
  it('an examiner sees their own record once their login is linked to their person', async () => {
    const examiner = await t.login('kaopingyuan');
    expect((await examiner.get('/api/v1/people/me')).json()).toMatchObject({ linked: false, person: null });
    const [u] = await t.database.db.select().from(users).where(eq(users.username, 'kaopingyuan'));
    const p = (await kaowu.post('/api/v1/persons', personFor('王考评', '1975-07-07', 71))).json();
    const admin = await t.login('admin');
    expect((await admin.post(`/api/v1/persons/${p.id}/account`, { userId: u.id })).statusCode).toBe(200);
    const me = await examiner.get('/api/v1/people/me');
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({ linked: true, person: { id: p.id, name: '王考评' } });
    expect((await examiner.get('/api/v1/persons')).statusCode).toBe(403);
    const [row] = await t.database.db.select().from(persons).where(eq(persons.id, p.id));
    expect(row.userId).toBe(u.id);
  });
});

describe("a person's file (档案)", () => {
  it('an uploaded document joins the person’s file; a file uploaded by someone else (without files.readAny) is refused', async () => {
    const id = (await jidian.post('/api/v1/persons', student('档案学生', '2004-05-05', 81, JD))).json().id;
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await postFile(t, jidian, '/api/v1/files', '学历证书.pdf', pdf, { purpose: 'evidence' });
    expect(up.statusCode, up.body).toBe(200);
    const res = await jidian.post(`/api/v1/persons/${id}/documents`, {
      fileId: up.json().id,
      docType: '学历证书',
      title: '毕业证书',
    });
    expect(res.statusCode, res.body).toBe(200);
    const detail = (await jidian.get(`/api/v1/persons/${id}`)).json();
    expect(detail.documents).toMatchObject([{ docType: '学历证书', title: '毕业证书', fileName: '学历证书.pdf' }]);
    const other = await postFile(t, kaowu, '/api/v1/files', 'x.pdf', pdf, { purpose: 'evidence' });
    expect(
      (await jidian.post(`/api/v1/persons/${id}/documents`, { fileId: other.json().id, docType: '其他', title: 'x' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('issue 8 item 8: login accounts are linked by the admin only', () => {
  const userIdOf = async (username: string) =>
    (await t.database.db.select().from(users).where(eq(users.username, username)))[0].id;

  it('R-PPL-02: PUT /persons/:id takes no userId: a clerk cannot link an account, and an edit keeps the link', async () => {
    const body = student('账户学生', '2004-10-10', 91, JD);
    const p = (await jidian.post('/api/v1/persons', { ...body, userId: await userIdOf('admin') })).json();
    expect(p.userId).toBeNull();
    const admin = await t.login('admin');
    const dudao = await userIdOf('dudao');
    expect((await admin.post(`/api/v1/persons/${p.id}/account`, { userId: dudao })).statusCode).toBe(200);
    const edit = await jidian.put(`/api/v1/persons/${p.id}`, {
      ...body,
      idNumber: undefined,
      phone: '13811112222',
      userId: await userIdOf('caiwu'),
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const [row] = await t.database.db.select().from(persons).where(eq(persons.id, p.id));
    expect([row.userId, row.phone]).toEqual([dudao, '13811112222']);
  });

  it('R-PPL-02: the link action is the admin’s, for personal accounts no one holds, and audited', async () => {
    const admin = await t.login('admin');
    const p = (await kaowu.post('/api/v1/persons', personFor('链接测试', '1979-01-01', 93))).json();
    const url = `/api/v1/persons/${p.id}/account`;
    expect((await kaowu.post(url, { userId: await userIdOf('kaopingyuan') })).statusCode).toBe(403);
    expect((await jidian.post(url, { userId: await userIdOf('kaopingyuan') })).statusCode).toBe(403);
    for (const staff of ['admin', 'caiwu', 'jidian']) {
      const res = await admin.post(url, { userId: await userIdOf(staff) });
      expect(res.statusCode, staff).toBe(400);
      expect(res.json().error.message).toMatch(/^登录账户：/);
    }
    // kaosheng is the demo student's account already.
    expect((await admin.post(url, { userId: await userIdOf('kaosheng') })).json().error.message).toMatch(
      /已关联其他人员/,
    );
    const [c] = await t.database.db
      .insert(users)
      .values({
        username: 'link-cand',
        displayName: '链接测试',
        role: 'candidate',
        passwordHash: 'x',
        mustChangePassword: true,
      })
      .returning();
    const offered = (await admin.get(url)).json();
    expect(offered.current).toBeNull();
    expect(offered.unlinked.map((a: { id: string }) => a.id)).toContain(c.id);
    expect(
      offered.unlinked
        .map((a: { role: string }) => a.role)
        .every((r: string) => ['candidate', 'examiner', 'supervisor'].includes(r)),
    ).toBe(true);
    expect((await kaowu.get(url)).statusCode).toBe(403);
    const ok = await admin.post(url, { userId: c.id });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().userId).toBe(c.id);
    const linked = (await admin.get(url)).json();
    expect(linked.current).toMatchObject({ id: c.id, username: 'link-cand' });
    expect(linked.unlinked.map((a: { id: string }) => a.id)).not.toContain(c.id);
    const un = await admin.post(url, { userId: null });
    expect(un.json().userId).toBeNull();
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, p.id));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['link.account', 'unlink.account']));
  });
});

describe('R-PPL-02: no mask or birth date in the audit trail', () => {
  it('R-PPL-02: creating, editing and viewing a person leave audit rows without the mask, its tail or the birth date', async () => {
    const number = makeIdNumber('1983-06-17', 95, '410105');
    const body = { ...personFor('审计脱敏', '1983-06-17', 95), idNumber: number };
    const p = (await kaowu.post('/api/v1/persons', body)).json();
    expect(p.birthYear).toBe(1983);
    expect(JSON.stringify(p)).not.toContain('1983-06-17');
    await kaowu.put(`/api/v1/persons/${p.id}`, { ...body, idNumber: undefined, phone: '13922223333' });
    await kaowu.get(`/api/v1/persons/${p.id}/id-number`);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, p.id));
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'update', 'view.idNumber']);
    const text = JSON.stringify(rows.map((r) => [r.before, r.after]));
    for (const leak of [
      'idMasked',
      'birthYear',
      'birthDate',
      '**********',
      '1983-06-17',
      '19830617',
      number.slice(0, 6),
      number,
    ])
      expect(text, leak).not.toContain(leak);
  });
});

describe('issue 8 item 11: a clerk learns nothing about records outside its college', () => {
  it('R-PPL-02: the same answer whether the number is on record in its own college or elsewhere, never the stored name', async () => {
    const inXX = student('外院学生', '2003-02-02', 97, XX);
    const inJD = student('本院学生', '2003-03-03', 99, JD);
    expect((await kaowu.post('/api/v1/persons', inXX)).statusCode).toBe(200);
    expect((await jidian.post('/api/v1/persons', inJD)).statusCode).toBe(200);
    const elsewhere = await jidian.post('/api/v1/persons', { ...inXX, name: '冒名', collegeId: JD });
    const own = await jidian.post('/api/v1/persons', { ...inJD, name: '冒名' });
    expect([elsewhere.statusCode, own.statusCode]).toEqual([409, 409]);
    expect(elsewhere.json().error.message).toBe(own.json().error.message);
    expect(elsewhere.body).not.toContain('外院学生');
    expect(elsewhere.json().error.message).not.toMatch(/已登记/);
  });
});
