CREATE TABLE "kept_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"occupation_id" uuid NOT NULL,
	"level" integer NOT NULL,
	"part" text NOT NULL,
	"score" numeric(5, 1),
	"passed_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"application_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kept_parts_part_ck" CHECK ("kept_parts"."part" in ('theory', 'skill'))
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "only_part" text;--> statement-breakpoint
ALTER TABLE "fee_standards" ADD COLUMN "part_amount" numeric(10, 2);--> statement-breakpoint
ALTER TABLE "kept_parts" ADD CONSTRAINT "kept_parts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kept_parts" ADD CONSTRAINT "kept_parts_occupation_id_occupations_id_fk" FOREIGN KEY ("occupation_id") REFERENCES "public"."occupations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kept_parts" ADD CONSTRAINT "kept_parts_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kept_parts_uq" ON "kept_parts" USING btree ("application_id","part");--> statement-breakpoint
CREATE INDEX "kept_parts_person_idx" ON "kept_parts" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_only_part_ck" CHECK ("applications"."only_part" is null or "applications"."only_part" in ('theory', 'skill'));--> statement-breakpoint
ALTER TABLE "fee_standards" ADD CONSTRAINT "fee_standards_part_ck" CHECK ("fee_standards"."part_amount" is null or "fee_standards"."part_amount" <= "fee_standards"."amount");