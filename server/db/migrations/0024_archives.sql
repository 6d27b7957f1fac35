CREATE TABLE "archive_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"item_key" text NOT NULL,
	"medium" text NOT NULL,
	"file_id" uuid,
	"location" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "archive_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"medium" text NOT NULL,
	"applicant" text NOT NULL,
	"reason" text NOT NULL,
	"due_on" date,
	"state" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"returned_at" timestamp with time zone,
	"returned_by" uuid
);
--> statement-breakpoint
CREATE TABLE "archive_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"paper_years" integer DEFAULT 3 NOT NULL,
	"electronic_years" integer DEFAULT 5 NOT NULL,
	"video_years" integer DEFAULT 5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "batch_archives" (
	"batch_id" uuid PRIMARY KEY NOT NULL,
	"closed_on" date NOT NULL,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by" uuid,
	"package_file_id" uuid,
	"package_sha256" text,
	"manifest_sha256" text,
	"signature_key_id" text,
	"document_count" integer,
	"paper_until" date NOT NULL,
	"electronic_until" date NOT NULL,
	"video_until" date NOT NULL,
	"paper_destroyed_on" date,
	"electronic_destroyed_on" date,
	"video_destroyed_on" date
);
--> statement-breakpoint
ALTER TABLE "archive_entries" ADD CONSTRAINT "archive_entries_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_entries" ADD CONSTRAINT "archive_entries_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_entries" ADD CONSTRAINT "archive_entries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_requests" ADD CONSTRAINT "archive_requests_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_requests" ADD CONSTRAINT "archive_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_requests" ADD CONSTRAINT "archive_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_requests" ADD CONSTRAINT "archive_requests_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "archive_settings" ADD CONSTRAINT "archive_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_archives" ADD CONSTRAINT "batch_archives_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_archives" ADD CONSTRAINT "batch_archives_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_archives" ADD CONSTRAINT "batch_archives_package_file_id_files_id_fk" FOREIGN KEY ("package_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "archive_entries_batch_idx" ON "archive_entries" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "archive_requests_batch_idx" ON "archive_requests" USING btree ("batch_id");