ALTER TABLE "files" ADD COLUMN "sealed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "birth_year" integer;--> statement-breakpoint
-- R-PPL-02: keep only the birth year in clear (the full date goes with the next migration).
UPDATE "persons" SET "birth_year" = extract(year from "birth_date")::int WHERE "birth_date" IS NOT NULL;--> statement-breakpoint
-- R-PPL-02: the mask shows the last four characters only; they are already the last four of today's mask.
UPDATE "persons" SET "id_masked" = repeat('*', greatest(length("id_masked") - 4, 0)) || right("id_masked", 4) WHERE length("id_masked") >= 12;--> statement-breakpoint
UPDATE "persons" SET "id_masked" = repeat('*', length("id_masked") - 2) || right("id_masked", 2) WHERE length("id_masked") BETWEEN 6 AND 11;--> statement-breakpoint
UPDATE "persons" SET "id_masked" = repeat('*', length("id_masked")) WHERE length("id_masked") < 6;
