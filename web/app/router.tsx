import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import type { Permission } from '../../shared/access.js';
import { setSessionHandlers } from './api.js';
import { queryClient } from './providers.js';
import { meKey, noteSessionLost, storeSession } from './session.js';
import { CHANGE_PASSWORD_PATH, FullPageSpin, RequireAuth, RequirePermission } from './guards.js';
import { CrashPage, UnknownPathPage } from './ErrorPages.js';
import { AppLayout } from './AppLayout.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage.js';
import { HomePage } from '../features/home/HomePage.js';
import { SetupGate } from '../features/setup/SetupGate.js';

// Management pages load on first visit, so the login page and the candidate's phone fetch less.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const SetupPage = named(() => import('../features/setup/SetupPage.js'), 'SetupPage');
const AuditPage = named(() => import('../features/audit/AuditPage.js'), 'AuditPage');
const JobsPage = named(() => import('../features/jobs/JobsPage.js'), 'JobsPage');
const UsersPage = named(() => import('../features/users/UsersPage.js'), 'UsersPage');
const CollegesPage = named(() => import('../features/colleges/CollegesPage.js'), 'CollegesPage');
const CalendarPage = named(() => import('../features/calendar/CalendarPage.js'), 'CalendarPage');
const PeoplePage = named(() => import('../features/people/PeoplePage.js'), 'PeoplePage');
const PersonDetailPage = named(() => import('../features/people/PersonDetailPage.js'), 'PersonDetailPage');
const MyRecordPage = named(() => import('../features/people/MyRecordPage.js'), 'MyRecordPage');
const StaffPage = named(() => import('../features/people/StaffPage.js'), 'StaffPage');
const ConflictsPage = named(() => import('../features/people/ConflictsPage.js'), 'ConflictsPage');
const AppraisalsPage = named(() => import('../features/people/AppraisalsPage.js'), 'AppraisalsPage');
const MisconductPage = named(() => import('../features/people/MisconductPage.js'), 'MisconductPage');
const PeopleImportPage = named(() => import('../features/people/ImportPage.js'), 'ImportPage');
const CentrePage = named(() => import('../features/centre/CentrePage.js'), 'CentrePage');
const CataloguePage = named(() => import('../features/centre/CataloguePage.js'), 'CataloguePage');
const ScopePage = named(() => import('../features/centre/ScopePage.js'), 'ScopePage');
const FilingsPage = named(() => import('../features/centre/FilingsPage.js'), 'FilingsPage');
const AssessmentPage = named(() => import('../features/centre/AssessmentPage.js'), 'AssessmentPage');
const BatchesPage = named(() => import('../features/plans/BatchesPage.js'), 'BatchesPage');
const BatchDetailPage = named(() => import('../features/plans/BatchDetailPage.js'), 'BatchDetailPage');
const AnnualPlansPage = named(() => import('../features/plans/PlanPages.js'), 'AnnualPlansPage');
const SemesterPlansPage = named(() => import('../features/plans/PlanPages.js'), 'SemesterPlansPage');
const TrainingClassesPage = named(() => import('../features/plans/PlanPages.js'), 'TrainingClassesPage');
const NoticesPage = named(() => import('../features/plans/PlanPages.js'), 'NoticesPage');
const PlanSettingsPage = named(() => import('../features/plans/PlanSettingsPage.js'), 'PlanSettingsPage');
const VenuesPage = named(() => import('../features/arrangement/VenuesPage.js'), 'VenuesPage');
const ArrangementPage = named(() => import('../features/arrangement/ArrangementPage.js'), 'ArrangementPage');
const PortalPage = named(() => import('../features/registration/portal/PortalPage.js'), 'PortalPage');
const ReviewPage = named(() => import('../features/registration/review/ReviewPage.js'), 'ReviewPage');
const FeesPage = named(() => import('../features/registration/fees/FeesPage.js'), 'FeesPage');
const FinancePage = named(() => import('../features/finance/FinancePage.js'), 'FinancePage');
const EquipmentPage = named(() => import('../features/equipment/EquipmentPage.js'), 'EquipmentPage');
const ArchivesPage = named(() => import('../features/archives/ArchivesPage.js'), 'ArchivesPage');
const PhotoImportPage = named(() => import('../features/registration/photos/PhotoImportPage.js'), 'PhotoImportPage');
const RosterImportPage = named(() => import('../features/registration/roster/RosterImportPage.js'), 'RosterImportPage');
const SignupPage = named(() => import('../features/registration/roster/SignupPage.js'), 'SignupPage');
const BlueprintsPage = named(() => import('../features/itembank/BlueprintsPage.js'), 'BlueprintsPage');
const BlueprintPage = named(() => import('../features/itembank/BlueprintPage.js'), 'BlueprintPage');
const BankSettingsPage = named(() => import('../features/itembank/BankSettingsPage.js'), 'BankSettingsPage');
const ItemsPage = named(() => import('../features/itembank/ItemsPage.js'), 'ItemsPage');
const ItemPage = named(() => import('../features/itembank/ItemPage.js'), 'ItemPage');
const ItemImportPage = named(() => import('../features/itembank/ItemImportPage.js'), 'ItemImportPage');
const AssemblyPlansPage = named(() => import('../features/itembank/AssemblyPlansPage.js'), 'AssemblyPlansPage');
const AssemblyPlanPage = named(() => import('../features/itembank/AssemblyPlanPage.js'), 'AssemblyPlanPage');
const PapersPage = named(() => import('../features/itembank/PapersPage.js'), 'PapersPage');
const PaperPage = named(() => import('../features/itembank/PaperPage.js'), 'PaperPage');
const AssemblyPage = named(() => import('../features/itembank/AssemblyPage.js'), 'AssemblyPage');
const CustodyPage = named(() => import('../features/itembank/CustodyPage.js'), 'CustodyPage');
const ExamDayPage = named(() => import('../features/exams/ExamDayPage.js'), 'ExamDayPage');
const ExamRoomPage = named(() => import('../features/exams/ExamRoomPage.js'), 'ExamRoomPage');
const ExamSittingsPage = named(() => import('../features/exams/ExamSittingsPage.js'), 'ExamSittingsPage');
const CandidateExamPage = named(() => import('../features/exams/CandidateExamPage.js'), 'CandidateExamPage');
const TicketCheckPage = named(() => import('../features/arrangement/TicketCheckPage.js'), 'TicketCheckPage');
const PublicityPage = named(() => import('../features/publicity/PublicityPage.js'), 'PublicityPage');
const PublicityBoardPage = named(() => import('../features/publicity/PublicityBoardPage.js'), 'PublicityBoardPage');
const ComplaintsPage = named(() => import('../features/complaints/ComplaintsPage.js'), 'ComplaintsPage');
const SupervisionPage = named(() => import('../features/supervision/SupervisionPage.js'), 'SupervisionPage');
const MySupervisionPage = named(() => import('../features/supervision/MySupervisionPage.js'), 'MySupervisionPage');
const MyComplaintsPage = named(() => import('../features/complaints/MyComplaintsPage.js'), 'MyComplaintsPage');
const ComplaintPublicPage = named(() => import('../features/complaints/ComplaintPublicPage.js'), 'ComplaintPublicPage');
const CertificatesPage = named(() => import('../features/certificates/CertificatesPage.js'), 'CertificatesPage');
const StockPage = named(() => import('../features/certificates/StockPage.js'), 'StockPage');
const VerifyPage = named(() => import('../features/certificates/VerifyPage.js'), 'VerifyPage');
const ScoringPage = named(() => import('../features/scoring/ScoringPage.js'), 'ScoringPage');
const SheetPage = named(() => import('../features/scoring/SheetPage.js'), 'SheetPage');
const BatchResultsPage = named(() => import('../features/scoring/BatchResultsPage.js'), 'BatchResultsPage');
const CorrectionsPage = named(() => import('../features/scoring/CorrectionsPage.js'), 'CorrectionsPage');
const MarkingListPage = named(() => import('../features/scoring/MarkingListPage.js'), 'MarkingListPage');
const MarkingPage = named(() => import('../features/scoring/MarkingPage.js'), 'MarkingPage');
const MarkFormPage = named(() => import('../features/scoring/MarkFormPage.js'), 'MarkFormPage');
const CandidateAccountsPage = named(
  () => import('../features/accounts/CandidateAccountsPage.js'),
  'CandidateAccountsPage',
);
const CourseResultsPage = named(
  () => import('../features/registration/courses/CourseResultsPage.js'),
  'CourseResultsPage',
);

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>
    <Suspense fallback={<FullPageSpin />}>{page}</Suspense>
  </RequirePermission>
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <CrashPage /> },
  {
    path: '/signup',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <SignupPage />
      </Suspense>
    ),
    errorElement: <CrashPage />,
  },
  {
    // Public: the page a ticket's QR code opens on the door checker's phone (R-ARR-11).
    path: '/ticket-check',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <TicketCheckPage />
      </Suspense>
    ),
    errorElement: <CrashPage />,
  },
  {
    // Public: 成绩公示 (R-PUB-01), readable on a phone without login; objections during the window.
    path: '/publicity-board',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <PublicityBoardPage />
      </Suspense>
    ),
    errorElement: <CrashPage />,
  },
  {
    // Public: 考生投诉 (R-CMP-01/02), on a phone without login: the form and the lookup by tracking code.
    path: '/complaint',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <ComplaintPublicPage />
      </Suspense>
    ),
    errorElement: <CrashPage />,
  },
  {
    // Public: 证书查询 (R-CERT-05), on a phone without login: the QR code's link or number + name.
    path: '/verify',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <VerifyPage />
      </Suspense>
    ),
    errorElement: <CrashPage />,
  },
  {
    // Public: the computer-based exam (R-EXAM-02); candidates sign in with ticket, ID number and the room code.
    path: '/exam',
    element: (
      <Suspense fallback={<FullPageSpin />}>
        <CandidateExamPage />
      </Suspense>
    ),
    errorElement: <CrashPage />,
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <CrashPage />,
    children: [
      {
        index: true,
        element: (
          <SetupGate>
            <HomePage />
          </SetupGate>
        ),
      }, // a production install without its centre: to the setup first
      { path: 'setup', element: guarded('centre.manage', <SetupPage />) },
      { path: CHANGE_PASSWORD_PATH.slice(1), element: <ChangePasswordPage /> },
      {
        path: 'jobs',
        element: (
          <Suspense fallback={<FullPageSpin />}>
            <JobsPage />
          </Suspense>
        ),
      }, // every role: its own jobs
      { path: 'audit', element: guarded('audit.read', <AuditPage />) },
      { path: 'users', element: guarded('users.read', <UsersPage />) },
      { path: 'colleges', element: guarded('colleges.read', <CollegesPage />) },
      { path: 'calendar', element: guarded('calendar.read', <CalendarPage />) },
      { path: 'people', element: guarded('people.read', <PeoplePage />) },
      { path: 'people/:id', element: guarded('people.read', <PersonDetailPage />) },
      { path: 'my-record', element: guarded('people.self', <MyRecordPage />) },
      { path: 'staff', element: guarded('staff.read', <StaffPage />) },
      { path: 'conflicts', element: guarded('conflicts.read', <ConflictsPage />) },
      { path: 'appraisals', element: guarded('appraisal.manage', <AppraisalsPage />) },
      { path: 'misconduct', element: guarded('misconduct.manage', <MisconductPage />) },
      { path: 'people-import', element: guarded('staff.manage', <PeopleImportPage />) },
      { path: 'centre', element: guarded('centre.read', <CentrePage />) },
      { path: 'catalogue', element: guarded('catalogue.read', <CataloguePage />) },
      { path: 'scope', element: guarded('scope.read', <ScopePage />) },
      { path: 'filings', element: guarded('filing.read', <FilingsPage />) },
      { path: 'assessments', element: guarded('filing.read', <AssessmentPage />) },
      { path: 'plans/annual', element: guarded('plans.read', <AnnualPlansPage />) },
      { path: 'plans/semester', element: guarded('plans.read', <SemesterPlansPage />) },
      { path: 'plans/settings', element: guarded('plans.settings', <PlanSettingsPage />) },
      { path: 'batches', element: guarded('batches.read', <BatchesPage />) },
      { path: 'batches/:id', element: guarded('batches.read', <BatchDetailPage />) },
      { path: 'batches/:id/arrangement', element: guarded('arrangement.read', <ArrangementPage />) },
      { path: 'arrangement', element: guarded('arrangement.manage', <VenuesPage />) },
      { path: 'itembank/blueprints', element: guarded('itembank.read', <BlueprintsPage />) },
      { path: 'itembank/blueprints/:id', element: guarded('itembank.read', <BlueprintPage />) },
      { path: 'itembank/settings', element: guarded('itembank.manage', <BankSettingsPage />) },
      { path: 'itembank/items', element: guarded('itembank.read', <ItemsPage />) },
      { path: 'itembank/items/import', element: guarded('itembank.author', <ItemImportPage />) },
      { path: 'itembank/items/:id', element: guarded('itembank.read', <ItemPage />) },
      { path: 'itembank/plans', element: guarded('itembank.manage', <AssemblyPlansPage />) },
      { path: 'itembank/plans/:id', element: guarded('itembank.manage', <AssemblyPlanPage />) },
      { path: 'itembank/assemblies/:id', element: guarded('itembank.read', <AssemblyPage />) },
      { path: 'itembank/papers', element: guarded('itembank.read', <PapersPage />) },
      { path: 'itembank/papers/:id', element: guarded('itembank.read', <PaperPage />) },
      { path: 'custody', element: guarded('custody.read', <CustodyPage />) },
      { path: 'exam-day', element: guarded('exams.read', <ExamDayPage />) },
      { path: 'exam-day/:sittingId/:roomId', element: guarded('exams.read', <ExamRoomPage />) },
      { path: 'exam-sittings', element: guarded('exams.manage', <ExamSittingsPage />) },
      { path: 'training-classes', element: guarded('training.manage', <TrainingClassesPage />) },
      { path: 'notices', element: guarded('notices.read', <NoticesPage />) },
      { path: 'portal', element: guarded('portal.apply', <PortalPage />) },
      { path: 'applications', element: guarded('applications.read', <ReviewPage />) },
      { path: 'fees', element: guarded('fees.read', <FeesPage />) },
      { path: 'finance', element: guarded('finance.read', <FinancePage />) },
      { path: 'equipment', element: guarded('equipment.read', <EquipmentPage />) },
      { path: 'archives', element: guarded('archives.read', <ArchivesPage />) },
      { path: 'photo-import', element: guarded('applications.import', <PhotoImportPage />) },
      { path: 'roster-import', element: guarded('applications.import', <RosterImportPage />) },
      { path: 'candidate-accounts', element: guarded('applications.import', <CandidateAccountsPage />) },
      { path: 'course-results', element: guarded('courses.read', <CourseResultsPage />) },
      { path: 'publicity', element: guarded('publicity.read', <PublicityPage />) },
      { path: 'complaints', element: guarded('complaints.read', <ComplaintsPage />) },
      { path: 'my-complaints', element: guarded('complaints.own', <MyComplaintsPage />) },
      { path: 'supervision', element: guarded('supervision.read', <SupervisionPage />) },
      { path: 'my-supervision', element: guarded('supervision.observe', <MySupervisionPage />) },
      { path: 'certificates', element: guarded('certificates.read', <CertificatesPage />) },
      { path: 'certificate-stock', element: guarded('certificates.stock', <StockPage />) },
      { path: 'scoring', element: guarded('scoring.manage', <ScoringPage />) },
      // The group's examiners open their sittings' sheets too (scoring.read; the server answers 404 to others).
      { path: 'scoring/sittings/:sittingId', element: guarded('scoring.read', <SheetPage />) },
      { path: 'scoring/batches/:batchId', element: guarded('scoring.manage', <BatchResultsPage />) },
      { path: 'score-corrections', element: guarded('scoring.manage', <CorrectionsPage />) },
      { path: 'marking', element: guarded('scoring.mark', <MarkingListPage />) },
      { path: 'marking/:sittingId', element: guarded('scoring.mark', <MarkingPage />) },
      { path: 'marking/:sittingId/:applicationId', element: guarded('scoring.mark', <MarkFormPage />) },
      { path: '*', element: <UnknownPathPage /> },
    ],
  },
]);

setSessionHandlers({
  onUnauthenticated() {
    // A 401 after a session existed means it ended (idle time-out, logout elsewhere): say so on the login page.
    noteSessionLost(!!queryClient.getQueryData(meKey));
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    storeSession(queryClient, null);
  },
  onPasswordChangeRequired() {
    void queryClient.invalidateQueries({ queryKey: meKey });
    void router.navigate(CHANGE_PASSWORD_PATH, { replace: true });
  },
});
