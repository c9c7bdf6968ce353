CREATE TABLE "areas" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"country_code" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "areas_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "areas_level_check" CHECK ("areas"."level" in ('country', 'province', 'municipality')),
	CONSTRAINT "areas_parent_check" CHECK (("areas"."level" = 'country') = ("areas"."parent_id" is null)),
	CONSTRAINT "areas_country_code_check" CHECK ("areas"."country_code" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "site_estimates" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"low" integer NOT NULL,
	"point" integer NOT NULL,
	"high" integer NOT NULL,
	"method" text NOT NULL,
	"estimated_on" date NOT NULL,
	"source" text,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "site_estimates_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "site_estimates_order_check" CHECK (0 <= "site_estimates"."low" and "site_estimates"."low" <= "site_estimates"."point" and "site_estimates"."point" <= "site_estimates"."high"),
	CONSTRAINT "site_estimates_method_check" CHECK ("site_estimates"."method" in ('mapping', 'enumeration', 'capture_recapture', 'other'))
);
--> statement-breakpoint
CREATE TABLE "site_reports" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"month" date NOT NULL,
	"status" text NOT NULL,
	"reported_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "site_reports_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "site_reports_month_check" CHECK (extract(day from "site_reports"."month") = 1),
	CONSTRAINT "site_reports_status_check" CHECK ("site_reports"."status" in ('nothing_to_report'))
);
--> statement-breakpoint
CREATE TABLE "site_workers" (
	"org_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "site_workers_org_id_site_id_user_id_pk" PRIMARY KEY("org_id","site_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"name" text NOT NULL,
	"typology" text NOT NULL,
	"activity_days" text[] DEFAULT '{}'::text[] NOT NULL,
	"opens_at" text,
	"closes_at" text,
	"local_group_id" uuid,
	"notes_enc" "bytea",
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "sites_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "sites_typology_check" CHECK ("sites"."typology" in ('street', 'venue', 'brothel', 'apartment', 'hotel', 'online', 'other')),
	CONSTRAINT "sites_activity_days_check" CHECK ("sites"."activity_days" <@ array['mon','tue','wed','thu','fri','sat','sun']::text[])
);
--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "areas" ADD CONSTRAINT "areas_org_id_parent_id_areas_org_id_id_fk" FOREIGN KEY ("org_id","parent_id") REFERENCES "public"."areas"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_estimates" ADD CONSTRAINT "site_estimates_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_estimates" ADD CONSTRAINT "site_estimates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_estimates" ADD CONSTRAINT "site_estimates_org_id_site_id_sites_org_id_id_fk" FOREIGN KEY ("org_id","site_id") REFERENCES "public"."sites"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_reports" ADD CONSTRAINT "site_reports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_reports" ADD CONSTRAINT "site_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_reports" ADD CONSTRAINT "site_reports_org_id_site_id_sites_org_id_id_fk" FOREIGN KEY ("org_id","site_id") REFERENCES "public"."sites"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_workers" ADD CONSTRAINT "site_workers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_workers" ADD CONSTRAINT "site_workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_workers" ADD CONSTRAINT "site_workers_org_id_site_id_sites_org_id_id_fk" FOREIGN KEY ("org_id","site_id") REFERENCES "public"."sites"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_org_id_area_id_areas_org_id_id_fk" FOREIGN KEY ("org_id","area_id") REFERENCES "public"."areas"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_org_id_local_group_id_local_groups_org_id_id_fk" FOREIGN KEY ("org_id","local_group_id") REFERENCES "public"."local_groups"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "areas_parent_idx" ON "areas" USING btree ("org_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "areas_sibling_name_uq" ON "areas" USING btree ("org_id",coalesce("parent_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("name")) WHERE "areas"."deleted_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "areas_country_uq" ON "areas" USING btree ("org_id","country_code") WHERE "areas"."deleted_at" is null and "areas"."level" = 'country';--> statement-breakpoint
CREATE INDEX "site_estimates_site_idx" ON "site_estimates" USING btree ("org_id","site_id","estimated_on");--> statement-breakpoint
CREATE UNIQUE INDEX "site_reports_site_month_uq" ON "site_reports" USING btree ("org_id","site_id","month");--> statement-breakpoint
CREATE INDEX "site_workers_user_idx" ON "site_workers" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "sites_area_idx" ON "sites" USING btree ("org_id","area_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sites_name_uq" ON "sites" USING btree ("org_id","area_id",lower("name")) WHERE "sites"."deleted_at" is null;