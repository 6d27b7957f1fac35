CREATE TABLE "batch_expenses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"category" text NOT NULL,
	"amount" numeric(10, 2) NOT NULL,
	"spent_on" date NOT NULL,
	"payee" text NOT NULL,
	"voucher_number" text,
	"note" text,
	"source" text NOT NULL,
	"person_id" uuid,
	"duty" text,
	"sittings" integer,
	"voided_at" timestamp with time zone,
	"voided_by" uuid,
	"void_reason" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "batch_expenses_amount_ck" CHECK ("batch_expenses"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "finance_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"rates" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "batch_expenses" ADD CONSTRAINT "batch_expenses_batch_id_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_expenses" ADD CONSTRAINT "batch_expenses_voided_by_users_id_fk" FOREIGN KEY ("voided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "batch_expenses" ADD CONSTRAINT "batch_expenses_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finance_settings" ADD CONSTRAINT "finance_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "batch_expenses_batch_idx" ON "batch_expenses" USING btree ("batch_id");--> statement-breakpoint
CREATE UNIQUE INDEX "batch_expenses_voucher_uq" ON "batch_expenses" USING btree ("voucher_number") WHERE "batch_expenses"."voucher_number" is not null and "batch_expenses"."voided_at" is null;