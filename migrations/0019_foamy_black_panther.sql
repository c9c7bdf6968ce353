CREATE TABLE "funding_opportunities" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"funder" text NOT NULL,
	"title" text NOT NULL,
	"amount" numeric(16, 2),
	"currency" text,
	"deadline" date,
	"stage" text NOT NULL,
	"grant_id" uuid,
	"notes_enc" "bytea",
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "funding_opportunities_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "funding_opportunities_stage_ck" CHECK ("funding_opportunities"."stage" in ('opportunity', 'proposal', 'awarded', 'declined')),
	CONSTRAINT "funding_opportunities_award_ck" CHECK ("funding_opportunities"."stage" <> 'awarded' or "funding_opportunities"."grant_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "grant_reports" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"grant_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"kind" text NOT NULL,
	"submitted_on" date,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "grant_reports_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "grant_reports_kind_ck" CHECK ("grant_reports"."kind" in ('narrative', 'financial', 'both'))
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"funder" text NOT NULL,
	"title" text NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"currency" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "grants_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "grants_status_ck" CHECK ("grants"."status" in ('active', 'closed')),
	CONSTRAINT "grants_currency_ck" CHECK ("grants"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "grants_amount_ck" CHECK ("grants"."amount" >= 0),
	CONSTRAINT "grants_period_ck" CHECK ("grants"."ends_on" >= "grants"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "membership_fees" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"member_id" uuid,
	"period" text NOT NULL,
	"amount" numeric(16, 2) NOT NULL,
	"currency" text NOT NULL,
	"status" text NOT NULL,
	"exemption_reason" text,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "membership_fees_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "membership_fees_status_ck" CHECK ("membership_fees"."status" in ('paid', 'pending', 'exempt')),
	CONSTRAINT "membership_fees_exemption_ck" CHECK (("membership_fees"."status" = 'exempt') = ("membership_fees"."exemption_reason" is not null) and ("membership_fees"."exemption_reason" is null or "membership_fees"."exemption_reason" in ('hardship', 'new_member', 'other')))
);
--> statement-breakpoint
CREATE TABLE "capacity_network_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"min_organizations" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "capacity_network_settings_min_ck" CHECK ("capacity_network_settings"."min_organizations" between 2 and 50)
);
--> statement-breakpoint
CREATE TABLE "capacity_sharing_consents" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"share_scores" boolean NOT NULL,
	"share_ta_requests" boolean NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ta_requests" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"domain_key" text NOT NULL,
	"description_enc" "bytea" NOT NULL,
	"status" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "ta_requests_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "ta_requests_status_ck" CHECK ("ta_requests"."status" in ('open', 'in_progress', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "hr_case_referrals" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_name" text NOT NULL,
	"service" text NOT NULL,
	"referred_on" date NOT NULL,
	"status" text NOT NULL,
	"notes_enc" "bytea",
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_case_referrals_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_case_referrals_status_check" CHECK ("hr_case_referrals"."status" in ('referred', 'attended', 'not_attended', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "hr_follow_ups" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"assigned_user_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"task_enc" "bytea" NOT NULL,
	"done_at" timestamp (3) with time zone,
	"done_by" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_follow_ups_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_follow_ups_done_check" CHECK (("hr_follow_ups"."done_at" is null) = ("hr_follow_ups"."done_by" is null))
);
--> statement-breakpoint
CREATE TABLE "hr_interventions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"requested_party" text,
	"requested_on" date,
	"status" text NOT NULL,
	"priority" text NOT NULL,
	"impact" text,
	"notes_enc" "bytea",
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_interventions_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_interventions_type_check" CHECK ("hr_interventions"."type" in ('crisis_support', 'legal_advice', 'legal_representation', 'complaint_accompaniment', 'medical_pep', 'psychosocial', 'shelter', 'economic_support', 'mediation', 'advocacy')),
	CONSTRAINT "hr_interventions_status_check" CHECK ("hr_interventions"."status" in ('planned', 'requested', 'in_progress', 'done', 'refused')),
	CONSTRAINT "hr_interventions_priority_check" CHECK ("hr_interventions"."priority" in ('high', 'medium', 'low')),
	CONSTRAINT "hr_interventions_impact_check" CHECK ("hr_interventions"."impact" is null or "hr_interventions"."impact" in ('resolved', 'partly', 'no_change', 'worsened'))
);
--> statement-breakpoint
CREATE TABLE "hr_evidence" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"description_enc" "bytea",
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_evidence_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "funding_opportunities" ADD CONSTRAINT "funding_opportunities_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_opportunities" ADD CONSTRAINT "funding_opportunities_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_opportunities" ADD CONSTRAINT "funding_opportunities_org_id_grant_id_grants_org_id_id_fk" FOREIGN KEY ("org_id","grant_id") REFERENCES "public"."grants"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_reports" ADD CONSTRAINT "grant_reports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_reports" ADD CONSTRAINT "grant_reports_org_id_grant_id_grants_org_id_id_fk" FOREIGN KEY ("org_id","grant_id") REFERENCES "public"."grants"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_fees" ADD CONSTRAINT "membership_fees_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_fees" ADD CONSTRAINT "membership_fees_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_fees" ADD CONSTRAINT "membership_fees_org_id_member_id_members_org_id_id_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_network_settings" ADD CONSTRAINT "capacity_network_settings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_network_settings" ADD CONSTRAINT "capacity_network_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_sharing_consents" ADD CONSTRAINT "capacity_sharing_consents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_sharing_consents" ADD CONSTRAINT "capacity_sharing_consents_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ta_requests" ADD CONSTRAINT "ta_requests_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ta_requests" ADD CONSTRAINT "ta_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_referrals" ADD CONSTRAINT "hr_case_referrals_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_referrals" ADD CONSTRAINT "hr_case_referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_referrals" ADD CONSTRAINT "hr_case_referrals_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_follow_ups" ADD CONSTRAINT "hr_follow_ups_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_follow_ups" ADD CONSTRAINT "hr_follow_ups_assigned_user_id_users_id_fk" FOREIGN KEY ("assigned_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_follow_ups" ADD CONSTRAINT "hr_follow_ups_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_follow_ups" ADD CONSTRAINT "hr_follow_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_follow_ups" ADD CONSTRAINT "hr_follow_ups_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_interventions" ADD CONSTRAINT "hr_interventions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_interventions" ADD CONSTRAINT "hr_interventions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_interventions" ADD CONSTRAINT "hr_interventions_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_evidence" ADD CONSTRAINT "hr_evidence_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_evidence" ADD CONSTRAINT "hr_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_evidence" ADD CONSTRAINT "hr_evidence_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_evidence" ADD CONSTRAINT "hr_evidence_file_fk" FOREIGN KEY ("org_id","file_id") REFERENCES "public"."stored_files"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grant_reports_due_idx" ON "grant_reports" USING btree ("org_id","due_on");--> statement-breakpoint
CREATE INDEX "membership_fees_period_idx" ON "membership_fees" USING btree ("org_id","period");--> statement-breakpoint
CREATE INDEX "ta_requests_domain_idx" ON "ta_requests" USING btree ("org_id","domain_key");--> statement-breakpoint
CREATE INDEX "hr_case_referrals_case_idx" ON "hr_case_referrals" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "hr_follow_ups_case_idx" ON "hr_follow_ups" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "hr_follow_ups_queue_idx" ON "hr_follow_ups" USING btree ("org_id","assigned_user_id","due_on") WHERE "hr_follow_ups"."done_at" is null;--> statement-breakpoint
CREATE INDEX "hr_interventions_case_idx" ON "hr_interventions" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "hr_evidence_case_idx" ON "hr_evidence" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hr_evidence_file_uq" ON "hr_evidence" USING btree ("org_id","file_id");