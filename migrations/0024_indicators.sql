CREATE TABLE "coverage_dirty_months" (
	"org_id" uuid NOT NULL,
	"month" date NOT NULL,
	CONSTRAINT "coverage_dirty_months_org_id_month_pk" PRIMARY KEY("org_id","month")
);
--> statement-breakpoint
CREATE TABLE "coverage_member_months" (
	"org_id" uuid NOT NULL,
	"month" date NOT NULL,
	"member_id" uuid NOT NULL,
	"site_id" uuid,
	"contacts" integer NOT NULL,
	"services" integer NOT NULL,
	"condoms" integer NOT NULL,
	"lubricant" integer NOT NULL,
	"referrals_made" integer NOT NULL,
	"referrals_completed" integer NOT NULL,
	"hiv_result_known" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coverage_package_versions" (
	"org_id" uuid NOT NULL,
	"package_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"min_contacts" integer NOT NULL,
	"all_of" text[] NOT NULL,
	"any_of" text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "coverage_package_versions_org_id_package_id_version_pk" PRIMARY KEY("org_id","package_id","version"),
	CONSTRAINT "coverage_package_versions_min_check" CHECK ("coverage_package_versions"."min_contacts" between 1 and 31)
);
--> statement-breakpoint
CREATE TABLE "coverage_packages" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"funder_label" text,
	"is_default" boolean DEFAULT false NOT NULL,
	"current_version" integer NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "coverage_packages_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "coverage_site_months" (
	"org_id" uuid NOT NULL,
	"month" date NOT NULL,
	"site_id" uuid,
	"promotora_user_id" uuid NOT NULL,
	"contacts" integer NOT NULL,
	"anonymous_people" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_actions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"indicator_id" uuid,
	"month" date NOT NULL,
	"title" text NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"completed_on" date,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "indicator_actions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "indicator_actions_status_ck" CHECK ("indicator_actions"."status" in ('open', 'done', 'dropped')),
	CONSTRAINT "indicator_actions_month_ck" CHECK (extract(day from "indicator_actions"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "indicator_lessons" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"month" date NOT NULL,
	"indicator_id" uuid,
	"text_enc" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "indicator_lessons_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "indicator_lessons_month_ck" CHECK (extract(day from "indicator_lessons"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "indicator_review_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"month" date NOT NULL,
	"note_enc" "bytea" NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "indicator_review_notes_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "indicator_review_notes_month_ck" CHECK (extract(day from "indicator_review_notes"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"org_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_type" text NOT NULL,
	"period_start" date NOT NULL,
	"target" double precision NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "indicator_targets_org_id_indicator_id_period_type_period_start_pk" PRIMARY KEY("org_id","indicator_id","period_type","period_start"),
	CONSTRAINT "indicator_targets_period_ck" CHECK ("indicator_targets"."period_type" in ('month', 'quarter', 'year')),
	CONSTRAINT "indicator_targets_target_ck" CHECK ("indicator_targets"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"source_key" text NOT NULL,
	"filters" jsonb NOT NULL,
	"denominator_source_key" text,
	"denominator_filters" jsonb,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "indicators_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "indicators_kind_ck" CHECK ("indicators"."kind" in ('count', 'ratio')),
	CONSTRAINT "indicators_ratio_ck" CHECK (("indicators"."kind" = 'ratio') = ("indicators"."denominator_source_key" is not null))
);
--> statement-breakpoint
ALTER TABLE "coverage_dirty_months" ADD CONSTRAINT "coverage_dirty_months_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_member_months" ADD CONSTRAINT "coverage_member_months_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_package_versions" ADD CONSTRAINT "coverage_package_versions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_package_versions" ADD CONSTRAINT "coverage_package_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_package_versions" ADD CONSTRAINT "coverage_package_versions_org_id_package_id_coverage_packages_org_id_id_fk" FOREIGN KEY ("org_id","package_id") REFERENCES "public"."coverage_packages"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_packages" ADD CONSTRAINT "coverage_packages_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_site_months" ADD CONSTRAINT "coverage_site_months_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actions" ADD CONSTRAINT "indicator_actions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actions" ADD CONSTRAINT "indicator_actions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actions" ADD CONSTRAINT "indicator_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_actions" ADD CONSTRAINT "indicator_actions_org_id_indicator_id_indicators_org_id_id_fk" FOREIGN KEY ("org_id","indicator_id") REFERENCES "public"."indicators"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_lessons" ADD CONSTRAINT "indicator_lessons_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_lessons" ADD CONSTRAINT "indicator_lessons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_lessons" ADD CONSTRAINT "indicator_lessons_org_id_indicator_id_indicators_org_id_id_fk" FOREIGN KEY ("org_id","indicator_id") REFERENCES "public"."indicators"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_review_notes" ADD CONSTRAINT "indicator_review_notes_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_review_notes" ADD CONSTRAINT "indicator_review_notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_review_notes" ADD CONSTRAINT "indicator_review_notes_org_id_indicator_id_indicators_org_id_id_fk" FOREIGN KEY ("org_id","indicator_id") REFERENCES "public"."indicators"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_org_id_indicator_id_indicators_org_id_id_fk" FOREIGN KEY ("org_id","indicator_id") REFERENCES "public"."indicators"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coverage_member_months_month_idx" ON "coverage_member_months" USING btree ("org_id","month");--> statement-breakpoint
CREATE INDEX "coverage_member_months_member_idx" ON "coverage_member_months" USING btree ("org_id","member_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "coverage_packages_name_uq" ON "coverage_packages" USING btree ("org_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "coverage_packages_default_uq" ON "coverage_packages" USING btree ("org_id") WHERE "coverage_packages"."is_default";--> statement-breakpoint
CREATE INDEX "coverage_site_months_month_idx" ON "coverage_site_months" USING btree ("org_id","month");--> statement-breakpoint
CREATE INDEX "indicator_actions_month_idx" ON "indicator_actions" USING btree ("org_id","month");--> statement-breakpoint
CREATE INDEX "indicator_actions_owner_idx" ON "indicator_actions" USING btree ("org_id","owner_user_id","status","due_on");--> statement-breakpoint
CREATE INDEX "indicator_lessons_month_idx" ON "indicator_lessons" USING btree ("org_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_review_notes_uq" ON "indicator_review_notes" USING btree ("org_id","indicator_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_name_uq" ON "indicators" USING btree ("org_id",lower("name"));