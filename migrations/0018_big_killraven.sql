CREATE TABLE "hr_case_barriers" (
	"org_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"barrier_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_case_barriers_org_id_case_id_barrier_id_pk" PRIMARY KEY("org_id","case_id","barrier_id")
);
--> statement-breakpoint
CREATE TABLE "structural_barriers" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"country_code" text NOT NULL,
	"area_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "structural_barriers_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "structural_barriers_kind_check" CHECK ("structural_barriers"."kind" in ('law', 'regulation', 'police_practice', 'policy', 'other')),
	CONSTRAINT "structural_barriers_status_check" CHECK ("structural_barriers"."status" in ('active', 'challenged', 'reformed', 'repealed'))
);
--> statement-breakpoint
CREATE TABLE "hr_network_shares" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"payload" jsonb NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp (3) with time zone NOT NULL,
	"withdrawn_at" timestamp (3) with time zone,
	"withdrawn_by" uuid,
	CONSTRAINT "hr_network_shares_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_network_shares_period_check" CHECK ("hr_network_shares"."period_start" <= "hr_network_shares"."period_end")
);
--> statement-breakpoint
CREATE TABLE "hr_escalations" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"fields" jsonb NOT NULL,
	"summary_enc" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_escalations_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "hr_case_barriers" ADD CONSTRAINT "hr_case_barriers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_barriers" ADD CONSTRAINT "hr_case_barriers_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_barriers" ADD CONSTRAINT "hr_case_barriers_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_barriers" ADD CONSTRAINT "hr_case_barriers_barrier_fk" FOREIGN KEY ("org_id","barrier_id") REFERENCES "public"."structural_barriers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structural_barriers" ADD CONSTRAINT "structural_barriers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structural_barriers" ADD CONSTRAINT "structural_barriers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structural_barriers" ADD CONSTRAINT "structural_barriers_area_fk" FOREIGN KEY ("org_id","area_id") REFERENCES "public"."areas"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_network_shares" ADD CONSTRAINT "hr_network_shares_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_network_shares" ADD CONSTRAINT "hr_network_shares_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_network_shares" ADD CONSTRAINT "hr_network_shares_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_escalations" ADD CONSTRAINT "hr_escalations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_escalations" ADD CONSTRAINT "hr_escalations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_escalations" ADD CONSTRAINT "hr_escalations_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hr_case_barriers_barrier_idx" ON "hr_case_barriers" USING btree ("org_id","barrier_id");--> statement-breakpoint
CREATE INDEX "hr_network_shares_latest_idx" ON "hr_network_shares" USING btree ("org_id","approved_at");--> statement-breakpoint
CREATE INDEX "hr_escalations_case_idx" ON "hr_escalations" USING btree ("org_id","case_id");