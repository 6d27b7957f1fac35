CREATE TABLE "course_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"course_code" text NOT NULL,
	"course_name" text NOT NULL,
	"part" text NOT NULL,
	"attempt" text NOT NULL,
	"score" numeric(5, 2) NOT NULL,
	"term" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "course_results_score_ck" CHECK ("course_results"."score" between 0 and 100),
	CONSTRAINT "course_results_part_ck" CHECK ("course_results"."part" in ('theory', 'practical')),
	CONSTRAINT "course_results_attempt_ck" CHECK ("course_results"."attempt" in ('first', 'retake'))
);
--> statement-breakpoint
CREATE TABLE "required_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"edition" text NOT NULL,
	"occupation_code" text NOT NULL,
	"course_code" text NOT NULL,
	"course_name" text NOT NULL,
	"related" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "student_number" text;--> statement-breakpoint
ALTER TABLE "course_results" ADD CONSTRAINT "course_results_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "course_results_uq" ON "course_results" USING btree ("person_id","course_code","part","attempt");--> statement-breakpoint
CREATE UNIQUE INDEX "required_courses_uq" ON "required_courses" USING btree ("edition","occupation_code","course_code");--> statement-breakpoint
CREATE INDEX "required_courses_course_idx" ON "required_courses" USING btree ("course_code");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_student_number_uq" ON "persons" USING btree ("student_number");