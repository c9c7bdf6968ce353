CREATE TABLE "capacity_domains" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"optional" boolean NOT NULL,
	"enabled" boolean NOT NULL,
	"labels" jsonb NOT NULL,
	"description" jsonb,
	CONSTRAINT "capacity_domains_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "capacity_domains_optional_check" CHECK ("capacity_domains"."optional" or "capacity_domains"."enabled")
);
--> statement-breakpoint
CREATE TABLE "capacity_frameworks" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"based_on_id" uuid,
	"frozen_at" timestamp (3) with time zone,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "capacity_frameworks_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "capacity_frameworks_version_check" CHECK ("capacity_frameworks"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "capacity_items" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"statement" jsonb NOT NULL,
	"levels" jsonb NOT NULL,
	"custom" boolean NOT NULL,
	CONSTRAINT "capacity_items_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "capacity_domains" ADD CONSTRAINT "capacity_domains_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_domains" ADD CONSTRAINT "capacity_domains_framework_fk" FOREIGN KEY ("org_id","framework_id") REFERENCES "public"."capacity_frameworks"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_frameworks" ADD CONSTRAINT "capacity_frameworks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_frameworks" ADD CONSTRAINT "capacity_frameworks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_frameworks" ADD CONSTRAINT "capacity_frameworks_based_on_fk" FOREIGN KEY ("org_id","based_on_id") REFERENCES "public"."capacity_frameworks"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_items" ADD CONSTRAINT "capacity_items_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_items" ADD CONSTRAINT "capacity_items_framework_fk" FOREIGN KEY ("org_id","framework_id") REFERENCES "public"."capacity_frameworks"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_items" ADD CONSTRAINT "capacity_items_domain_fk" FOREIGN KEY ("org_id","domain_id") REFERENCES "public"."capacity_domains"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_domains_key_uq" ON "capacity_domains" USING btree ("org_id","framework_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_frameworks_version_uq" ON "capacity_frameworks" USING btree ("org_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_items_key_uq" ON "capacity_items" USING btree ("org_id","framework_id","key");--> statement-breakpoint
CREATE INDEX "capacity_items_domain_idx" ON "capacity_items" USING btree ("org_id","domain_id");