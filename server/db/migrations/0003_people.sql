CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"letter_number" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"file_id" uuid,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appraisal_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"examiner_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"batch_ref" text NOT NULL,
	"batch_date" date NOT NULL,
	"attended" boolean NOT NULL,
	"score" numeric(5, 2),
	"weight" numeric(6, 2) DEFAULT 1 NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appraisal_years" (
	"examiner_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"average" numeric(5, 2),
	"grade" text NOT NULL,
	"reason" text,
	"finalized_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appraisal_years_examiner_id_year_pk" PRIMARY KEY("examiner_id","year")
);
--> statement-breakpoint
CREATE TABLE "conflicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"staff_person_id" uuid NOT NULL,
	"candidate_person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"ended_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "examiner_occupations" (
	"examiner_id" uuid NOT NULL,
	"edition" text NOT NULL,
	"occupation_code" text NOT NULL,
	"occupation_name" text NOT NULL,
	CONSTRAINT "examiner_occupations_examiner_id_edition_occupation_code_pk" PRIMARY KEY("examiner_id","edition","occupation_code")
);
--> statement-breakpoint
CREATE TABLE "examiners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"training_hours" integer NOT NULL,
	"skill_related" boolean DEFAULT false NOT NULL,
	"certificate_number" text NOT NULL,
	"certificate_issued_on" date NOT NULL,
	"certificate_valid_until" date NOT NULL,
	"first_examining_year" integer,
	"term_start" date,
	"term_end" date,
	"dismissed" boolean DEFAULT false NOT NULL,
	"dismissed_at" timestamp with time zone,
	"dismissal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "examiners_person_id_unique" UNIQUE("person_id")
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"edition" text NOT NULL,
	"occupation_code" text NOT NULL,
	"occupation_name" text NOT NULL,
	"leader" boolean DEFAULT false NOT NULL,
	"examining_years" integer NOT NULL,
	"new_occupation" boolean DEFAULT false NOT NULL,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"revoked" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "misconduct_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"act" text NOT NULL,
	"occurred_on" date NOT NULL,
	"batch_ref" text,
	"description" text NOT NULL,
	"evidence_file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"appeal_status" text DEFAULT 'none' NOT NULL,
	"appeal_text" text,
	"appeal_outcome" text,
	"appeal_decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"expert_max_age" integer DEFAULT 65 NOT NULL,
	"reminder_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"doc_type" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"id_type" text NOT NULL,
	"id_cipher" text NOT NULL,
	"id_hash" text NOT NULL,
	"id_masked" text NOT NULL,
	"birth_date" date,
	"phone" text,
	"photo_file_id" uuid,
	"kind" text NOT NULL,
	"college_id" uuid,
	"education" text,
	"work_unit" text,
	"own_staff" boolean DEFAULT false NOT NULL,
	"major" text,
	"class_name" text,
	"enrolment_year" integer,
	"education_level" text,
	"class_type" text,
	"graduating" boolean DEFAULT false NOT NULL,
	"title_series" text,
	"title_name" text,
	"title_grade" text,
	"title_date" date,
	"skill_level" integer,
	"skill_occupation" text,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_skill_level_ck" CHECK ("persons"."skill_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "supervisors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"basis_years" integer NOT NULL,
	"certificate_number" text NOT NULL,
	"certificate_issued_on" date NOT NULL,
	"certificate_valid_until" date NOT NULL,
	"disqualified" boolean DEFAULT false NOT NULL,
	"disqualified_at" timestamp with time zone,
	"disqualification_reason" text,
	"disqualification_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervisors_person_id_unique" UNIQUE("person_id")
);
--> statement-breakpoint
CREATE TABLE "teacher_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"teacher_person_id" uuid NOT NULL,
	"college_id" uuid NOT NULL,
	"class_name" text NOT NULL,
	"enrolment_year" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_scores" ADD CONSTRAINT "appraisal_scores_examiner_id_examiners_id_fk" FOREIGN KEY ("examiner_id") REFERENCES "public"."examiners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appraisal_years" ADD CONSTRAINT "appraisal_years_examiner_id_examiners_id_fk" FOREIGN KEY ("examiner_id") REFERENCES "public"."examiners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_staff_person_id_persons_id_fk" FOREIGN KEY ("staff_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_candidate_person_id_persons_id_fk" FOREIGN KEY ("candidate_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_staff" ADD CONSTRAINT "exam_staff_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "examiner_occupations" ADD CONSTRAINT "examiner_occupations_examiner_id_examiners_id_fk" FOREIGN KEY ("examiner_id") REFERENCES "public"."examiners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "examiners" ADD CONSTRAINT "examiners_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "misconduct_records" ADD CONSTRAINT "misconduct_records_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_documents" ADD CONSTRAINT "person_documents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_documents" ADD CONSTRAINT "person_documents_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_photo_file_id_files_id_fk" FOREIGN KEY ("photo_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervisors" ADD CONSTRAINT "supervisors_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_classes" ADD CONSTRAINT "teacher_classes_teacher_person_id_persons_id_fk" FOREIGN KEY ("teacher_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_classes" ADD CONSTRAINT "teacher_classes_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appraisal_scores_uq" ON "appraisal_scores" USING btree ("examiner_id","batch_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "conflicts_uq" ON "conflicts" USING btree ("staff_person_id","candidate_person_id","relation");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_staff_uq" ON "exam_staff" USING btree ("person_id","role");--> statement-breakpoint
CREATE INDEX "examiner_occ_idx" ON "examiner_occupations" USING btree ("edition","occupation_code");--> statement-breakpoint
CREATE UNIQUE INDEX "experts_group_uq" ON "experts" USING btree ("person_id","edition","occupation_code","term_start");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_id_uq" ON "persons" USING btree ("id_type","id_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_user_uq" ON "persons" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "persons_college_idx" ON "persons" USING btree ("college_id","class_name","enrolment_year");--> statement-breakpoint
CREATE UNIQUE INDEX "teacher_classes_uq" ON "teacher_classes" USING btree ("teacher_person_id","college_id","class_name","enrolment_year");--> statement-breakpoint
CREATE INDEX "teacher_classes_class_idx" ON "teacher_classes" USING btree ("college_id","class_name","enrolment_year");