CREATE TABLE "registry_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"due_after_days" integer DEFAULT 30 NOT NULL,
	"risk_flags" jsonb NOT NULL,
	"record_migrant_status" boolean DEFAULT false NOT NULL,
	"record_contact_channel" boolean DEFAULT false NOT NULL,
	"caseload_norm" integer DEFAULT 50 NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "registry_settings_due_after_days_check" CHECK ("registry_settings"."due_after_days" > 0),
	CONSTRAINT "registry_settings_caseload_norm_check" CHECK ("registry_settings"."caseload_norm" > 0),
	CONSTRAINT "registry_settings_risk_flags_check" CHECK (jsonb_typeof("registry_settings"."risk_flags") = 'array')
);
--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "uic_recipe_id" text DEFAULT 'default' NOT NULL;--> statement-breakpoint
ALTER TABLE "registry_settings" ADD CONSTRAINT "registry_settings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;