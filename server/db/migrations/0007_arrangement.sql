CREATE TABLE "arrangement_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"seed" text NOT NULL,
	"input_hash" text NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"unmet" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"edits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"first_day" date NOT NULL,
	"visible_from" date,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "arrangement_runs_status_ck" CHECK ("arrangement_runs"."status" in ('draft', 'published'))
);
--> statement-breakpoint
CREATE TABLE "arrangement_seats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"sitting_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"seat_no" integer NOT NULL,
	"ticket_number" text
);
--> statement-breakpoint
CREATE TABLE "exam_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"site_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"capacity" integer DEFAULT 30 NOT NULL,
	"stations" integer,
	"equipment" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_rooms_kind_ck" CHECK ("exam_rooms"."kind" in ('theory', 'computer', 'skill')),
	CONSTRAINT "exam_rooms_capacity_ck" CHECK ("exam_rooms"."capacity" between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "exam_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"head_person_id" uuid,
	"active" boolean DEFAULT true NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_sites_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "room_unavailability" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"room_id" uuid NOT NULL,
	"day" date NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "arrangement_runs" ADD CONSTRAINT "arrangement_runs_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrangement_runs" ADD CONSTRAINT "arrangement_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrangement_seats" ADD CONSTRAINT "arrangement_seats_run_id_arrangement_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."arrangement_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrangement_seats" ADD CONSTRAINT "arrangement_seats_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrangement_seats" ADD CONSTRAINT "arrangement_seats_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrangement_seats" ADD CONSTRAINT "arrangement_seats_room_id_exam_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."exam_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_rooms" ADD CONSTRAINT "exam_rooms_site_id_exam_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."exam_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sites" ADD CONSTRAINT "exam_sites_head_person_id_persons_id_fk" FOREIGN KEY ("head_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_unavailability" ADD CONSTRAINT "room_unavailability_room_id_exam_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."exam_rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "arrangement_runs_status_idx" ON "arrangement_runs" USING btree ("status","first_day");--> statement-breakpoint
CREATE UNIQUE INDEX "arrangement_seats_candidate_uq" ON "arrangement_seats" USING btree ("application_id","sitting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "arrangement_seats_place_uq" ON "arrangement_seats" USING btree ("sitting_id","room_id","seat_no");--> statement-breakpoint
CREATE UNIQUE INDEX "arrangement_seats_ticket_uq" ON "arrangement_seats" USING btree ("sitting_id","ticket_number") WHERE "arrangement_seats"."ticket_number" is not null;--> statement-breakpoint
CREATE INDEX "arrangement_seats_run_idx" ON "arrangement_seats" USING btree ("run_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_rooms_site_name_uq" ON "exam_rooms" USING btree ("site_id","name");--> statement-breakpoint
CREATE INDEX "room_unavailability_room_idx" ON "room_unavailability" USING btree ("room_id","day");