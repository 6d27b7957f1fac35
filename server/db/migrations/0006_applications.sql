CREATE TABLE "application_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"action" text NOT NULL,
	"reason" text,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"college_id" uuid,
	"level" integer NOT NULL,
	"status" text NOT NULL,
	"rejected_stage" text,
	"source" text NOT NULL,
	"form" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"photo_file_id" uuid,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"eligibility" jsonb,
	"eligible" boolean,
	"eligibility_at" timestamp with time zone,
	"fee_due" numeric(10, 2) DEFAULT '0' NOT NULL,
	"fee_status" text DEFAULT 'unpaid' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_status_ck" CHECK ("applications"."status" in ('pending_college', 'pending_centre', 'rejected', 'approved', 'withdrawn')),
	CONSTRAINT "applications_level_ck" CHECK ("applications"."level" between 1 and 5),
	CONSTRAINT "applications_fee_status_ck" CHECK ("applications"."fee_status" in ('unpaid', 'paid', 'free', 'refunded'))
);
--> statement-breakpoint
CREATE TABLE "candidate_bans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"until" date NOT NULL,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"contest" text NOT NULL,
	"rank" text,
	"edition" text NOT NULL,
	"occupation_code" text NOT NULL,
	"granted_level" integer NOT NULL,
	"evidence_file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contest_results_level_ck" CHECK ("contest_results"."granted_level" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "fee_standards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occupation_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"approved_price" numeric(10, 2) NOT NULL,
	"amount" numeric(10, 2) NOT NULL,
	"student_amount" numeric(10, 2),
	"free" boolean DEFAULT false NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fee_standards_price_ck" CHECK ("fee_standards"."amount" <= "fee_standards"."approved_price" and ("fee_standards"."student_amount" is null or "fee_standards"."student_amount" <= "fee_standards"."amount"))
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount" numeric(10, 2) NOT NULL,
	"method" text NOT NULL,
	"receipt_number" text NOT NULL,
	"paid_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_kind_ck" CHECK ("payments"."kind" in ('payment', 'refund')),
	CONSTRAINT "payments_amount_ck" CHECK ("payments"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "x_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"name" text NOT NULL,
	"certificate_number" text,
	"edition" text NOT NULL,
	"occupation_code" text NOT NULL,
	"level" text NOT NULL,
	"issued_on" date NOT NULL,
	"evidence_file_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "x_certificates_level_ck" CHECK ("x_certificates"."level" in ('elementary', 'intermediate', 'advanced'))
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "excellent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "application_decisions" ADD CONSTRAINT "application_decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_photo_file_id_files_id_fk" FOREIGN KEY ("photo_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_bans" ADD CONSTRAINT "candidate_bans_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_bans" ADD CONSTRAINT "candidate_bans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_results" ADD CONSTRAINT "contest_results_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_results" ADD CONSTRAINT "contest_results_evidence_file_id_files_id_fk" FOREIGN KEY ("evidence_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_standards" ADD CONSTRAINT "fee_standards_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "x_certificates" ADD CONSTRAINT "x_certificates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "x_certificates" ADD CONSTRAINT "x_certificates_evidence_file_id_files_id_fk" FOREIGN KEY ("evidence_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_decisions_app_idx" ON "application_decisions" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_live_uq" ON "applications" USING btree ("batch_id","person_id") WHERE "applications"."status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "applications_batch_status_idx" ON "applications" USING btree ("batch_id","status");--> statement-breakpoint
CREATE INDEX "applications_college_idx" ON "applications" USING btree ("college_id");--> statement-breakpoint
CREATE INDEX "applications_person_idx" ON "applications" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "candidate_bans_person_idx" ON "candidate_bans" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "contest_results_person_idx" ON "contest_results" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fee_standards_uq" ON "fee_standards" USING btree ("occupation_id","level");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_receipt_uq" ON "payments" USING btree ("kind","receipt_number");--> statement-breakpoint
CREATE INDEX "payments_application_idx" ON "payments" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "x_certificates_person_idx" ON "x_certificates" USING btree ("person_id");