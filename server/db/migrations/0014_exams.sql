CREATE TABLE "exam_answers" (
	"attempt_id" uuid NOT NULL,
	"item_no" integer NOT NULL,
	"value" text NOT NULL,
	"seq" bigint NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_answers_attempt_id_item_no_pk" PRIMARY KEY("attempt_id","item_no")
);
--> statement-breakpoint
CREATE TABLE "exam_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"room_session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"seat_no" integer NOT NULL,
	"ticket_number" text NOT NULL,
	"id_hash" text NOT NULL,
	"paper_id" uuid NOT NULL,
	"paper_blob" text NOT NULL,
	"item_count" integer NOT NULL,
	"state" text DEFAULT 'ready' NOT NULL,
	"token_hash" text,
	"device_id" text,
	"bound_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"extension_seconds" integer DEFAULT 0 NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	"last_save_at" timestamp with time zone,
	"last_seen_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"submit_key" text,
	"submit_kind" text,
	"receipt" text,
	"score" numeric(7, 2),
	"score_detail" jsonb,
	"scored_at" timestamp with time zone,
	CONSTRAINT "exam_attempts_state_ck" CHECK ("exam_attempts"."state" in ('ready', 'started', 'submitted'))
);
--> statement-breakpoint
CREATE TABLE "exam_checkins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"method" text,
	"ticket_checked" boolean DEFAULT false NOT NULL,
	"id_checked" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "exam_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"attempt_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_at" timestamp with time zone,
	"detail" text
);
--> statement-breakpoint
CREATE TABLE "exam_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"application_id" uuid,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"handling" text NOT NULL,
	"credit_minutes" integer DEFAULT 0 NOT NULL,
	"credit_scope" text DEFAULT 'none' NOT NULL,
	"credit_state" text DEFAULT 'none' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_room_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"note" text,
	"signatures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"observations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"papers_collected" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_room_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"room_code" text NOT NULL,
	"opened_at" timestamp with time zone,
	"opened_by" uuid,
	"paused_at" timestamp with time zone,
	"paused_seconds" integer DEFAULT 0 NOT NULL,
	"extension_seconds" integer DEFAULT 0 NOT NULL,
	"ip_ranges" text[] DEFAULT '{}'::text[] NOT NULL,
	"clock_version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "exam_sittings" (
	"sitting_id" uuid PRIMARY KEY NOT NULL,
	"mode" text DEFAULT 'paper' NOT NULL,
	"paper_key" text,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"prepared_at" timestamp with time zone,
	"prepared_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_sittings_mode_ck" CHECK ("exam_sittings"."mode" in ('paper', 'computer'))
);
--> statement-breakpoint
CREATE TABLE "exam_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sitting_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"tier" integer NOT NULL,
	"clause" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"evidence_file_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exam_violations_tier_ck" CHECK ("exam_violations"."tier" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "exam_answers" ADD CONSTRAINT "exam_answers_attempt_id_exam_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."exam_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_room_session_id_exam_room_sessions_id_fk" FOREIGN KEY ("room_session_id") REFERENCES "public"."exam_room_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_checkins" ADD CONSTRAINT "exam_checkins_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_checkins" ADD CONSTRAINT "exam_checkins_room_id_exam_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."exam_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_checkins" ADD CONSTRAINT "exam_checkins_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_checkins" ADD CONSTRAINT "exam_checkins_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_checkins" ADD CONSTRAINT "exam_checkins_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_events" ADD CONSTRAINT "exam_events_attempt_id_exam_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."exam_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_incidents" ADD CONSTRAINT "exam_incidents_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_incidents" ADD CONSTRAINT "exam_incidents_room_id_exam_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."exam_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_incidents" ADD CONSTRAINT "exam_incidents_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_incidents" ADD CONSTRAINT "exam_incidents_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_incidents" ADD CONSTRAINT "exam_incidents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_room_records" ADD CONSTRAINT "exam_room_records_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_room_records" ADD CONSTRAINT "exam_room_records_room_id_exam_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."exam_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_room_sessions" ADD CONSTRAINT "exam_room_sessions_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_room_sessions" ADD CONSTRAINT "exam_room_sessions_room_id_exam_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."exam_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_room_sessions" ADD CONSTRAINT "exam_room_sessions_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_settings" ADD CONSTRAINT "exam_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sittings" ADD CONSTRAINT "exam_sittings_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_sittings" ADD CONSTRAINT "exam_sittings_prepared_by_users_id_fk" FOREIGN KEY ("prepared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_violations" ADD CONSTRAINT "exam_violations_sitting_id_batch_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."batch_sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_violations" ADD CONSTRAINT "exam_violations_room_id_exam_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."exam_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_violations" ADD CONSTRAINT "exam_violations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_violations" ADD CONSTRAINT "exam_violations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exam_violations" ADD CONSTRAINT "exam_violations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exam_attempts_candidate_uq" ON "exam_attempts" USING btree ("sitting_id","application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_attempts_ticket_uq" ON "exam_attempts" USING btree ("sitting_id","ticket_number");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_attempts_token_uq" ON "exam_attempts" USING btree ("token_hash") WHERE "exam_attempts"."token_hash" is not null;--> statement-breakpoint
CREATE INDEX "exam_attempts_room_idx" ON "exam_attempts" USING btree ("room_session_id");--> statement-breakpoint
CREATE INDEX "exam_attempts_open_idx" ON "exam_attempts" USING btree ("deadline_at") WHERE "exam_attempts"."state" <> 'submitted';--> statement-breakpoint
CREATE UNIQUE INDEX "exam_checkins_uq" ON "exam_checkins" USING btree ("sitting_id","application_id");--> statement-breakpoint
CREATE INDEX "exam_checkins_room_idx" ON "exam_checkins" USING btree ("sitting_id","room_id");--> statement-breakpoint
CREATE INDEX "exam_events_attempt_idx" ON "exam_events" USING btree ("attempt_id","at");--> statement-breakpoint
CREATE INDEX "exam_incidents_room_idx" ON "exam_incidents" USING btree ("sitting_id","room_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_room_records_uq" ON "exam_room_records" USING btree ("sitting_id","room_id");--> statement-breakpoint
CREATE UNIQUE INDEX "exam_room_sessions_uq" ON "exam_room_sessions" USING btree ("sitting_id","room_id");--> statement-breakpoint
CREATE INDEX "exam_violations_room_idx" ON "exam_violations" USING btree ("sitting_id","room_id");