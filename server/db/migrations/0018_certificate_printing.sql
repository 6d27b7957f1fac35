CREATE TABLE "certificate_distributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"certificate_id" uuid NOT NULL,
	"batch_id" uuid NOT NULL,
	"collector_name" text NOT NULL,
	"collected_on" date NOT NULL,
	"signature_name" text,
	"signature_file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"fingerprint" text NOT NULL,
	"row_count" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_print_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"job_id" uuid,
	"printer" text,
	"first_serial" integer NOT NULL,
	"last_serial" integer NOT NULL,
	"printed" integer,
	"state" text DEFAULT 'open' NOT NULL,
	"printed_sheets" integer,
	"spoiled_serials" jsonb,
	"settle_note" text,
	"settled_at" timestamp with time zone,
	"settled_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_print_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"face" jsonb NOT NULL,
	"seal_file_id" uuid,
	"query_addresses" jsonb,
	"chinese_font" text DEFAULT 'wenkai' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "source" text DEFAULT 'issued' NOT NULL;--> statement-breakpoint
ALTER TABLE "certificate_distributions" ADD CONSTRAINT "certificate_distributions_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_distributions" ADD CONSTRAINT "certificate_distributions_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_distributions" ADD CONSTRAINT "certificate_distributions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_exports" ADD CONSTRAINT "certificate_exports_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_exports" ADD CONSTRAINT "certificate_exports_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_exports" ADD CONSTRAINT "certificate_exports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_print_runs" ADD CONSTRAINT "certificate_print_runs_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_print_runs" ADD CONSTRAINT "certificate_print_runs_settled_by_users_id_fk" FOREIGN KEY ("settled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_print_runs" ADD CONSTRAINT "certificate_print_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificate_print_settings" ADD CONSTRAINT "certificate_print_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_distributions_certificate_idx" ON "certificate_distributions" USING btree ("certificate_id");--> statement-breakpoint
CREATE INDEX "certificate_distributions_batch_idx" ON "certificate_distributions" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificate_exports_version_idx" ON "certificate_exports" USING btree ("batch_id","version");--> statement-breakpoint
CREATE INDEX "certificate_print_runs_batch_idx" ON "certificate_print_runs" USING btree ("batch_id");