CREATE TABLE "assessment_items" (
	"id" text PRIMARY KEY NOT NULL,
	"seq" integer NOT NULL,
	"project" text NOT NULL,
	"sub_item" text NOT NULL,
	"content" text NOT NULL,
	"standard" text NOT NULL,
	"kind" text NOT NULL,
	"max_points" integer DEFAULT 0 NOT NULL,
	"method" text
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"title" text NOT NULL,
	"scores" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_editions" (
	"edition" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "filing_equipment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"occupation_id" uuid NOT NULL,
	"location" text NOT NULL,
	"name" text NOT NULL,
	"model" text,
	"quantity" integer NOT NULL,
	"unit" text,
	"ownership" text DEFAULT 'owned' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"category" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reply_number" text,
	"reply_date" date,
	"return_reason" text,
	"decided_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "occupation_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occupation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"levels" integer[],
	"source" text,
	"source_note" text
);
--> statement-breakpoint
CREATE TABLE "occupations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"marker" text,
	"job_count" integer,
	"levels" integer[],
	"levels_note" text,
	"standard_notice" text,
	"source_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"name" text NOT NULL,
	"issued_on" date,
	"issuer" text,
	"seq" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scope_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope_row_id" uuid NOT NULL,
	"college_id" uuid NOT NULL,
	"approved_by" text NOT NULL,
	"approved_on" date NOT NULL,
	"number" text,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scope_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"filing_id" uuid NOT NULL,
	"occupation_id" uuid NOT NULL,
	"job_name" text,
	"levels" integer[] NOT NULL,
	"standard_type" text NOT NULL,
	"college_id" uuid NOT NULL,
	"major" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL,
	"activated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occupation_id" uuid,
	"place" text NOT NULL,
	"area" numeric,
	"count" integer DEFAULT 1 NOT NULL,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "filing_date" date;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "type" text DEFAULT '院校' NOT NULL;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "contact" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "contact_title" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "mobile" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "previous_code" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "school_name" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "school_address" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "registration_authority" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "credit_code" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "school_nature" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "supervising_authority" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "legal_representative" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "legal_representative_title" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "legal_representative_phone" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "organisation_strengths" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "professional_strengths" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "it_situation" text;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "filing_warn_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "assessment_pass_mark" integer DEFAULT 65 NOT NULL;--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_equipment" ADD CONSTRAINT "filing_equipment_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_equipment" ADD CONSTRAINT "filing_equipment_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupation_jobs" ADD CONSTRAINT "occupation_jobs_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "occupations" ADD CONSTRAINT "occupations_edition_catalogue_editions_edition_fk" FOREIGN KEY ("edition") REFERENCES "public"."catalogue_editions"("edition") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulations" ADD CONSTRAINT "regulations_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_approvals" ADD CONSTRAINT "scope_approvals_scope_row_id_scope_rows_id_fk" FOREIGN KEY ("scope_row_id") REFERENCES "public"."scope_rows"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_approvals" ADD CONSTRAINT "scope_approvals_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_rows" ADD CONSTRAINT "scope_rows_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_rows" ADD CONSTRAINT "scope_rows_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_rows" ADD CONSTRAINT "scope_rows_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scope_rows" ADD CONSTRAINT "scope_rows_college_id_colleges_id_fk" FOREIGN KEY ("college_id") REFERENCES "public"."colleges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "venues" ADD CONSTRAINT "venues_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "occupation_jobs_name_idx" ON "occupation_jobs" USING btree ("occupation_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "occupations_edition_code_idx" ON "occupations" USING btree ("edition","code");--> statement-breakpoint
CREATE INDEX "occupations_name_idx" ON "occupations" USING btree ("name");--> statement-breakpoint
CREATE UNIQUE INDEX "scope_approvals_row_college_idx" ON "scope_approvals" USING btree ("scope_row_id","college_id");--> statement-breakpoint
CREATE INDEX "scope_rows_filing_idx" ON "scope_rows" USING btree ("filing_id");--> statement-breakpoint
CREATE INDEX "scope_rows_status_idx" ON "scope_rows" USING btree ("status","occupation_id");