CREATE TABLE "coverage_network_shares" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"payload" jsonb NOT NULL,
	"sketch_enc" "bytea" NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp (3) with time zone NOT NULL,
	"withdrawn_at" timestamp (3) with time zone,
	"withdrawn_by" uuid,
	CONSTRAINT "coverage_network_shares_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "coverage_network_shares_period_check" CHECK ("coverage_network_shares"."period_start" <= "coverage_network_shares"."period_end")
);
--> statement-breakpoint
ALTER TABLE "coverage_network_shares" ADD CONSTRAINT "coverage_network_shares_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_network_shares" ADD CONSTRAINT "coverage_network_shares_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coverage_network_shares" ADD CONSTRAINT "coverage_network_shares_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coverage_network_shares_latest_idx" ON "coverage_network_shares" USING btree ("org_id","approved_at");