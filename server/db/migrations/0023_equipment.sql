CREATE TABLE "equipment_check_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"check_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"present" boolean,
	"working" boolean,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "equipment_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"exam_day" date NOT NULL,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "equipment_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"occupation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"model" text,
	"quantity" integer NOT NULL,
	"on_loan" integer DEFAULT 0 NOT NULL,
	"unit" text,
	"purchased_on" date,
	"price" numeric(12, 2),
	"parameters" text,
	"work_contents" text,
	"ownership" text DEFAULT 'owned' NOT NULL,
	"location" text NOT NULL,
	"room_id" uuid,
	"is_instrument" boolean DEFAULT false NOT NULL,
	"calibration_due_on" date,
	"status" text DEFAULT 'in_service' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "equipment_items_quantity_ck" CHECK ("equipment_items"."quantity" >= 0 and "equipment_items"."on_loan" >= 0 and "equipment_items"."on_loan" <= "equipment_items"."quantity")
);
--> statement-breakpoint
CREATE TABLE "equipment_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"done_on" date NOT NULL,
	"description" text NOT NULL,
	"done_by" text NOT NULL,
	"calibration_due_on" date,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "equipment_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"quantity" integer NOT NULL,
	"reason" text NOT NULL,
	"borrower" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	CONSTRAINT "equipment_requests_quantity_ck" CHECK ("equipment_requests"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "equipment_check_lines" ADD CONSTRAINT "equipment_check_lines_check_id_equipment_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."equipment_checks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_check_lines" ADD CONSTRAINT "equipment_check_lines_item_id_equipment_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."equipment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_checks" ADD CONSTRAINT "equipment_checks_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_checks" ADD CONSTRAINT "equipment_checks_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_checks" ADD CONSTRAINT "equipment_checks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_room_id_exam_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."exam_rooms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_items" ADD CONSTRAINT "equipment_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_records" ADD CONSTRAINT "equipment_records_item_id_equipment_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."equipment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_records" ADD CONSTRAINT "equipment_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_requests" ADD CONSTRAINT "equipment_requests_item_id_equipment_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."equipment_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_requests" ADD CONSTRAINT "equipment_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "equipment_requests" ADD CONSTRAINT "equipment_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_check_lines_uq" ON "equipment_check_lines" USING btree ("check_id","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "equipment_checks_batch_uq" ON "equipment_checks" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "equipment_items_occupation_idx" ON "equipment_items" USING btree ("occupation_id");--> statement-breakpoint
CREATE INDEX "equipment_items_room_idx" ON "equipment_items" USING btree ("room_id");--> statement-breakpoint
CREATE INDEX "equipment_records_item_idx" ON "equipment_records" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "equipment_requests_item_idx" ON "equipment_requests" USING btree ("item_id");--> statement-breakpoint
-- R-ORG-05: the filing's separate equipment list moves into the ledger (one source).
INSERT INTO "equipment_items" ("occupation_id", "name", "model", "quantity", "unit", "ownership", "location")
SELECT "occupation_id", "name", "model", "quantity", "unit", "ownership", "location" FROM "filing_equipment";
