CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"source" text NOT NULL,
	"complainant_name" text NOT NULL,
	"complainant_unit" text,
	"complainant_contact" text NOT NULL,
	"content" text NOT NULL,
	"evidence_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"batch_id" uuid,
	"respondent_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"respondent_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"respondent_text" text,
	"appeal_kind" text,
	"appeal_id" uuid,
	"received_on" date NOT NULL,
	"accept_due_on" date NOT NULL,
	"result_due_on" date NOT NULL,
	"extended_due_on" date,
	"extension_reason" text,
	"extended_at" timestamp with time zone,
	"extended_by" uuid,
	"handler_id" uuid,
	"state" text DEFAULT 'received' NOT NULL,
	"investigate" text,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_notified_on" date,
	"result" text,
	"result_at" timestamp with time zone,
	"result_by" uuid,
	"result_notified_on" date,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"archived_at" timestamp with time zone,
	"tracking_hash" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_extended_by_users_id_fk" FOREIGN KEY ("extended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_handler_id_users_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_result_by_users_id_fk" FOREIGN KEY ("result_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "complaints_state_idx" ON "complaints" USING btree ("state","received_on");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_tracking_uq" ON "complaints" USING btree ("tracking_hash");--> statement-breakpoint
CREATE INDEX "complaints_created_by_idx" ON "complaints" USING btree ("created_by");