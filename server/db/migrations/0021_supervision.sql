CREATE TABLE "supervision_external" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid,
	"authority" text NOT NULL,
	"names" text[] NOT NULL,
	"visited_on" date NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"aspect" text NOT NULL,
	"checklist" jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"photo_file_ids" uuid[] DEFAULT '{}' NOT NULL,
	"breach" boolean DEFAULT false NOT NULL,
	"stopped" text DEFAULT '' NOT NULL,
	"person_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supervision_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"areas" jsonb NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_plans_year_unique" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "supervision_reports" (
	"batch_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"findings" text DEFAULT '' NOT NULL,
	"problems" text DEFAULT '' NOT NULL,
	"suggestions" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "supervision_reports_batch_id_site_id_pk" PRIMARY KEY("batch_id","site_id")
);
--> statement-breakpoint
CREATE TABLE "supervision_signatures" (
	"batch_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "supervision_signatures_batch_id_site_id_person_id_pk" PRIMARY KEY("batch_id","site_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "supervision_external" ADD CONSTRAINT "supervision_external_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_external" ADD CONSTRAINT "supervision_external_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_observations" ADD CONSTRAINT "supervision_observations_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_observations" ADD CONSTRAINT "supervision_observations_site_id_exam_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."exam_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_observations" ADD CONSTRAINT "supervision_observations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_observations" ADD CONSTRAINT "supervision_observations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_plans" ADD CONSTRAINT "supervision_plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_plans" ADD CONSTRAINT "supervision_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reports" ADD CONSTRAINT "supervision_reports_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reports" ADD CONSTRAINT "supervision_reports_site_id_exam_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."exam_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reports" ADD CONSTRAINT "supervision_reports_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_reports" ADD CONSTRAINT "supervision_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_signatures" ADD CONSTRAINT "supervision_signatures_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supervision_signatures" ADD CONSTRAINT "supervision_signatures_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "supervision_observations_batch_idx" ON "supervision_observations" USING btree ("batch_id","site_id");