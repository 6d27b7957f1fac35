CREATE TABLE "annual_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "annual_plans_year_unique" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "batch_notices" (
	"batch_id" uuid PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "batch_sittings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	"place" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "batch_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"college_id" uuid NOT NULL,
	"semester_plan_id" uuid,
	"title" text NOT NULL,
	"occupation_id" uuid NOT NULL,
	"job_name" text,
	"levels" integer[] NOT NULL,
	"method" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"registration_opens_on" date NOT NULL,
	"registration_closes_on" date NOT NULL,
	"registration_place" text,
	"applicants" text,
	"conditions" text,
	"standard" text,
	"fee" numeric(10, 2) DEFAULT '0' NOT NULL,
	"capacity" integer NOT NULL,
	"zhoukou_course_variant" boolean DEFAULT false NOT NULL,
	"submitted_on" date,
	"submitted_late" boolean DEFAULT false NOT NULL,
	"submission_warning" text,
	"approval_number" text,
	"approval_date" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"annual_plan_id" uuid,
	"semester_plan_id" uuid,
	"seq" integer NOT NULL,
	"occupation_id" uuid NOT NULL,
	"job_name" text,
	"level" integer NOT NULL,
	"method" text NOT NULL,
	"expected_candidates" integer DEFAULT 0 NOT NULL,
	"month" integer,
	"note" text,
	CONSTRAINT "plan_lines_one_parent" CHECK (("plan_lines"."annual_plan_id" is null) <> ("plan_lines"."semester_plan_id" is null))
);
--> statement-breakpoint
CREATE TABLE "plan_settings" (
	"centre_id" uuid PRIMARY KEY NOT NULL,
	"lead_days" integer DEFAULT 10 NOT NULL,
	"late_mode" text DEFAULT 'refuse' NOT NULL,
	"training_filing_days" integer DEFAULT 20 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "semester_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"college_id" uuid NOT NULL,
	"semester" text NOT NULL,
	"ad_hoc" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"reason" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"college_id" uuid NOT NULL,
	"name" text NOT NULL,
	"occupation_id" uuid NOT NULL,
	"job_name" text,
	"level" integer NOT NULL,
	"enrolment_closes_on" date NOT NULL,
	"trainee_count" integer DEFAULT 0 NOT NULL,
	"note" text,
	"filed_on" date,
	"filing_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "annual_plans" ADD CONSTRAINT "annual_plans_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_notices" ADD CONSTRAINT "batch_notices_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_notices" ADD CONSTRAINT "batch_notices_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_sittings" ADD CONSTRAINT "batch_sittings_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_transitions" ADD CONSTRAINT "batch_transitions_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_semester_plan_id_semester_plans_id_fk" FOREIGN KEY ("semester_plan_id") REFERENCES "public"."semester_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batches" ADD CONSTRAINT "batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_lines" ADD CONSTRAINT "plan_lines_annual_plan_id_annual_plans_id_fk" FOREIGN KEY ("annual_plan_id") REFERENCES "public"."annual_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_lines" ADD CONSTRAINT "plan_lines_semester_plan_id_semester_plans_id_fk" FOREIGN KEY ("semester_plan_id") REFERENCES "public"."semester_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_lines" ADD CONSTRAINT "plan_lines_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_settings" ADD CONSTRAINT "plan_settings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "semester_plans" ADD CONSTRAINT "semester_plans_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "semester_plans" ADD CONSTRAINT "semester_plans_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "semester_plans" ADD CONSTRAINT "semester_plans_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_classes" ADD CONSTRAINT "training_classes_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "batch_sittings_batch_idx" ON "batch_sittings" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "batch_transitions_batch_idx" ON "batch_transitions" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "batches_college_idx" ON "batches" USING btree ("college_id");--> statement-breakpoint
CREATE INDEX "batches_state_idx" ON "batches" USING btree ("state");--> statement-breakpoint
CREATE INDEX "plan_lines_annual_idx" ON "plan_lines" USING btree ("annual_plan_id");--> statement-breakpoint
CREATE INDEX "plan_lines_semester_idx" ON "plan_lines" USING btree ("semester_plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "semester_plans_regular_idx" ON "semester_plans" USING btree ("college_id","semester") WHERE not "semester_plans"."ad_hoc";