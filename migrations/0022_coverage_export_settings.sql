CREATE TABLE "coverage_export_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"labels" jsonb NOT NULL,
	"data_set" text,
	"data_elements" jsonb NOT NULL,
	"org_units" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coverage_export_settings" ADD CONSTRAINT "coverage_export_settings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;