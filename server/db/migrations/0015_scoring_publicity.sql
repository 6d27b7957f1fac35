CREATE TABLE "item_statistics" (
	"version_id" uuid NOT NULL,
	"sitting_id" uuid NOT NULL,
	"answered" integer NOT NULL,
	"difficulty" numeric(5, 3) NOT NULL,
	"discrimination" numeric(5, 3),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "item_statistics_version_id_sitting_id_pk" PRIMARY KEY("version_id","sitting_id")
);
--> statement-breakpoint
CREATE TABLE "answer_pattern_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"application_a" uuid NOT NULL,
	"application_b" uuid NOT NULL,
	"evidence" jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "score_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"from_score" numeric(6, 2),
	"from_absent" text NOT NULL,
	"to_score" numeric(6, 2),
	"to_absent" text NOT NULL,
	"reason" text NOT NULL,
	"state" text DEFAULT 'requested' NOT NULL,
	"requested_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
CREATE TABLE "score_entries" (
	"sitting_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"absent" text DEFAULT 'no' NOT NULL,
	"score" numeric(6, 2),
	"source" text NOT NULL,
	"note" text,
	"entered_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "score_entries_sitting_id_application_id_pk" PRIMARY KEY("sitting_id","application_id"),
	CONSTRAINT "score_entries_score_ck" CHECK ("score_entries"."score" is null or "score_entries"."score" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "score_sheets" (
	"sitting_id" uuid PRIMARY KEY NOT NULL,
	"paper_id" uuid,
	"window_opens_at" timestamp with time zone,
	"window_closes_at" timestamp with time zone,
	"signatures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"signed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_agreements" (
	"batch_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scoring_agreements_batch_id_person_id_pk" PRIMARY KEY("batch_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "scoring_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "skill_decisions" (
	"sitting_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"score" numeric(6, 2) NOT NULL,
	"reason" text NOT NULL,
	"decided_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "skill_decisions_sitting_id_application_id_pk" PRIMARY KEY("sitting_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "skill_marks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"examiner_id" uuid NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"steps" jsonb NOT NULL,
	"overtime_deduction" numeric(6, 2) DEFAULT 0 NOT NULL,
	"total" numeric(6, 2) NOT NULL,
	"note" text,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "violation_rulings" (
	"violation_id" uuid PRIMARY KEY NOT NULL,
	"state" text NOT NULL,
	"reason" text NOT NULL,
	"ban_id" uuid,
	"ban_until" date,
	"notified_at" timestamp with time zone,
	"decided_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publicity_objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"application_id" uuid,
	"source" text NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"content" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"resolution" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publicity_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "publicity_windows" (
	"batch_id" uuid PRIMARY KEY NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"days" integer NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"entries" jsonb NOT NULL,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"final_at" timestamp with time zone,
	"final_by" uuid,
	"export_file_id" uuid,
	"export_sha256" text,
	"exported_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "item_statistics" ADD CONSTRAINT "item_statistics_version_id_item_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."item_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_statistics" ADD CONSTRAINT "item_statistics_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_pattern_flags" ADD CONSTRAINT "answer_pattern_flags_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_pattern_flags" ADD CONSTRAINT "answer_pattern_flags_application_a_applications_id_fk" FOREIGN KEY ("application_a") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_pattern_flags" ADD CONSTRAINT "answer_pattern_flags_application_b_applications_id_fk" FOREIGN KEY ("application_b") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_pattern_flags" ADD CONSTRAINT "answer_pattern_flags_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_corrections" ADD CONSTRAINT "score_corrections_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_corrections" ADD CONSTRAINT "score_corrections_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_corrections" ADD CONSTRAINT "score_corrections_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_corrections" ADD CONSTRAINT "score_corrections_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_entries" ADD CONSTRAINT "score_entries_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_entries" ADD CONSTRAINT "score_entries_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_entries" ADD CONSTRAINT "score_entries_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_agreements" ADD CONSTRAINT "scoring_agreements_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_agreements" ADD CONSTRAINT "scoring_agreements_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_settings" ADD CONSTRAINT "scoring_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_decisions" ADD CONSTRAINT "skill_decisions_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_decisions" ADD CONSTRAINT "skill_decisions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_decisions" ADD CONSTRAINT "skill_decisions_decided_by_persons_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_marks" ADD CONSTRAINT "skill_marks_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_marks" ADD CONSTRAINT "skill_marks_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_marks" ADD CONSTRAINT "skill_marks_examiner_id_persons_id_fk" FOREIGN KEY ("examiner_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violation_rulings" ADD CONSTRAINT "violation_rulings_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_objections" ADD CONSTRAINT "publicity_objections_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_objections" ADD CONSTRAINT "publicity_objections_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_objections" ADD CONSTRAINT "publicity_objections_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_objections" ADD CONSTRAINT "publicity_objections_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_settings" ADD CONSTRAINT "publicity_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_windows" ADD CONSTRAINT "publicity_windows_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_windows" ADD CONSTRAINT "publicity_windows_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_windows" ADD CONSTRAINT "publicity_windows_final_by_users_id_fk" FOREIGN KEY ("final_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_windows" ADD CONSTRAINT "publicity_windows_export_file_id_files_id_fk" FOREIGN KEY ("export_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "answer_pattern_flags_pair_uq" ON "answer_pattern_flags" USING btree ("sitting_id","application_a","application_b");--> statement-breakpoint
CREATE INDEX "score_corrections_sitting_idx" ON "score_corrections" USING btree ("sitting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "skill_marks_examiner_uq" ON "skill_marks" USING btree ("sitting_id","application_id","examiner_id");--> statement-breakpoint
CREATE INDEX "skill_marks_candidate_idx" ON "skill_marks" USING btree ("sitting_id","application_id");--> statement-breakpoint
CREATE INDEX "publicity_objections_batch_idx" ON "publicity_objections" USING btree ("batch_id","state");