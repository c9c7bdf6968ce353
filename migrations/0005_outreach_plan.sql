CREATE TABLE "outreach_plan_items" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"week_start" date NOT NULL,
	"member_id" uuid,
	"site_id" uuid,
	"planned_day" date,
	"note_enc" "bytea",
	"done" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "outreach_plan_items_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "outreach_plan_items_week_monday_check" CHECK (extract(isodow from "outreach_plan_items"."week_start") = 1),
	CONSTRAINT "outreach_plan_items_day_in_week_check" CHECK ("outreach_plan_items"."planned_day" is null or ("outreach_plan_items"."planned_day" >= "outreach_plan_items"."week_start" and "outreach_plan_items"."planned_day" < "outreach_plan_items"."week_start" + 7))
);
--> statement-breakpoint
ALTER TABLE "outreach_plan_items" ADD CONSTRAINT "outreach_plan_items_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_plan_items" ADD CONSTRAINT "outreach_plan_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_plan_items" ADD CONSTRAINT "outreach_plan_items_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outreach_plan_items" ADD CONSTRAINT "outreach_plan_items_site_fk" FOREIGN KEY ("org_id","site_id") REFERENCES "public"."sites"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outreach_plan_items_week_idx" ON "outreach_plan_items" USING btree ("org_id","user_id","week_start");--> statement-breakpoint
CREATE INDEX "outreach_plan_items_member_idx" ON "outreach_plan_items" USING btree ("org_id","member_id");