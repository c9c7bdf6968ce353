CREATE TABLE "stored_files" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256_original" text NOT NULL,
	"sha256_stored" text NOT NULL,
	"filename_enc" "bytea" NOT NULL,
	"content_enc" "bytea" NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "stored_files_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "stored_files_size_ck" CHECK ("stored_files"."size_bytes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "hr_act_types" (
	"org_id" uuid NOT NULL,
	"key" text NOT NULL,
	"labels" jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "hr_act_types_org_id_key_pk" PRIMARY KEY("org_id","key"),
	CONSTRAINT "hr_act_types_key_check" CHECK ("hr_act_types"."key" ~ '^[a-z][a-z0-9_]{1,47}$')
);
--> statement-breakpoint
CREATE TABLE "hr_break_glass" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason_enc" "bytea" NOT NULL,
	"granted_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_break_glass_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_break_glass_window_check" CHECK ("hr_break_glass"."expires_at" > "hr_break_glass"."granted_at")
);
--> statement-breakpoint
CREATE TABLE "hr_case_acts" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"act_type" text NOT NULL,
	"method" text,
	"consequences" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_case_acts_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_case_acts_method_check" CHECK ("hr_case_acts"."method" is null or "hr_case_acts"."method" in ('physical_force', 'weapon', 'threat', 'detention', 'extortion', 'online', 'other')),
	CONSTRAINT "hr_case_acts_consequences_check" CHECK ("hr_case_acts"."consequences" <@ array['physical', 'psychological', 'economic']::text[])
);
--> statement-breakpoint
CREATE TABLE "hr_case_assignments" (
	"org_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"assigned_by" uuid,
	"assigned_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_case_assignments_org_id_case_id_user_id_pk" PRIMARY KEY("org_id","case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "hr_case_consents" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"recorded_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_case_consents_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_case_consents_purpose_check" CHECK ("hr_case_consents"."purpose" in ('record', 'follow_up', 'advocacy_anonymized', 'network_share'))
);
--> statement-breakpoint
CREATE TABLE "hr_case_events" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_case_events_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_case_events_kind_check" CHECK ("hr_case_events"."kind" ~ '^[a-z][a-z_]{1,47}$')
);
--> statement-breakpoint
CREATE TABLE "hr_case_perpetrators" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"perpetrator_type" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"name_enc" "bytea",
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_case_perpetrators_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_case_perpetrators_type_check" CHECK ("hr_case_perpetrators"."perpetrator_type" in ('police', 'municipal_agent', 'military', 'migration', 'judiciary', 'health_worker', 'other_official', 'client', 'partner_family', 'venue_owner', 'community_member', 'media', 'employer', 'organized_crime', 'other_non_state')),
	CONSTRAINT "hr_case_perpetrators_count_check" CHECK ("hr_case_perpetrators"."count" >= 1 and "hr_case_perpetrators"."count" <= 1000)
);
--> statement-breakpoint
CREATE TABLE "hr_case_victims" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"member_id" uuid,
	"anonymous_count" integer,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_case_victims_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_case_victims_who_check" CHECK (("hr_case_victims"."member_id" is not null and "hr_case_victims"."anonymous_count" is null) or ("hr_case_victims"."member_id" is null and "hr_case_victims"."anonymous_count" >= 1 and "hr_case_victims"."anonymous_count" <= 1000))
);
--> statement-breakpoint
CREATE TABLE "hr_cases" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"reference" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"outcome" text,
	"urgent" boolean DEFAULT false NOT NULL,
	"occurred_on" date,
	"occurred_precision" text DEFAULT 'day' NOT NULL,
	"area_id" uuid,
	"location_type" text,
	"source_type" text,
	"source_reliability" text DEFAULT 'unknown' NOT NULL,
	"narrative_enc" "bytea",
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"intake_channel" text DEFAULT 'paralegal' NOT NULL,
	"self_report_id" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"closed_at" timestamp (3) with time zone,
	CONSTRAINT "hr_cases_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_cases_status_check" CHECK ("hr_cases"."status" in ('open', 'in_progress', 'closed', 'archived')),
	CONSTRAINT "hr_cases_outcome_check" CHECK ("hr_cases"."outcome" is null or "hr_cases"."outcome" in ('resolved', 'partly_resolved', 'unresolved', 'withdrawn', 'referred')),
	CONSTRAINT "hr_cases_closed_outcome_check" CHECK ("hr_cases"."status" not in ('closed', 'archived') or "hr_cases"."outcome" is not null),
	CONSTRAINT "hr_cases_precision_check" CHECK ("hr_cases"."occurred_precision" in ('day', 'month', 'approximate')),
	CONSTRAINT "hr_cases_location_check" CHECK ("hr_cases"."location_type" is null or "hr_cases"."location_type" in ('street', 'police_station', 'clinic', 'home', 'venue', 'online', 'other')),
	CONSTRAINT "hr_cases_source_check" CHECK ("hr_cases"."source_type" is null or "hr_cases"."source_type" in ('victim', 'witness', 'promotora', 'family', 'media', 'other')),
	CONSTRAINT "hr_cases_reliability_check" CHECK ("hr_cases"."source_reliability" in ('high', 'medium', 'low', 'unknown')),
	CONSTRAINT "hr_cases_channel_check" CHECK ("hr_cases"."intake_channel" in ('paralegal', 'self_report')),
	CONSTRAINT "hr_cases_needs_check" CHECK ("hr_cases"."needs" <@ array['legal', 'medical', 'psychosocial', 'shelter', 'economic', 'safety', 'other']::text[])
);
--> statement-breakpoint
CREATE TABLE "hr_self_report_messages" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"report_id" uuid NOT NULL,
	"sender" text NOT NULL,
	"staff_user_id" uuid,
	"body_enc" "bytea" NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_self_report_messages_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "hr_self_report_messages_sender_ck" CHECK (("hr_self_report_messages"."sender" = 'staff') = ("hr_self_report_messages"."staff_user_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "hr_self_report_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"public_token_hash" "bytea" NOT NULL,
	"public_token_enc" "bytea" NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hr_self_reports" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"claim_code_hash" "bytea" NOT NULL,
	"occurred_on" date,
	"occurred_precision" text NOT NULL,
	"area_text_enc" "bytea",
	"what_happened_enc" "bytea" NOT NULL,
	"act_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"wants_contact" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"case_id" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "hr_self_reports_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "safety_alerts" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description_enc" "bytea" NOT NULL,
	"area_id" uuid,
	"published_by" uuid NOT NULL,
	"published_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"withdrawn_at" timestamp (3) with time zone,
	"withdrawn_by" uuid,
	CONSTRAINT "safety_alerts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_act_types" ADD CONSTRAINT "hr_act_types_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_break_glass" ADD CONSTRAINT "hr_break_glass_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_break_glass" ADD CONSTRAINT "hr_break_glass_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_break_glass" ADD CONSTRAINT "hr_break_glass_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_acts" ADD CONSTRAINT "hr_case_acts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_acts" ADD CONSTRAINT "hr_case_acts_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_acts" ADD CONSTRAINT "hr_case_acts_type_fk" FOREIGN KEY ("org_id","act_type") REFERENCES "public"."hr_act_types"("org_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_assignments" ADD CONSTRAINT "hr_case_assignments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_assignments" ADD CONSTRAINT "hr_case_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_assignments" ADD CONSTRAINT "hr_case_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_assignments" ADD CONSTRAINT "hr_case_assignments_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_consents" ADD CONSTRAINT "hr_case_consents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_consents" ADD CONSTRAINT "hr_case_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_consents" ADD CONSTRAINT "hr_case_consents_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_events" ADD CONSTRAINT "hr_case_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_events" ADD CONSTRAINT "hr_case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_events" ADD CONSTRAINT "hr_case_events_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_perpetrators" ADD CONSTRAINT "hr_case_perpetrators_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_perpetrators" ADD CONSTRAINT "hr_case_perpetrators_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_victims" ADD CONSTRAINT "hr_case_victims_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_victims" ADD CONSTRAINT "hr_case_victims_case_fk" FOREIGN KEY ("org_id","case_id") REFERENCES "public"."hr_cases"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_case_victims" ADD CONSTRAINT "hr_case_victims_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_cases" ADD CONSTRAINT "hr_cases_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_cases" ADD CONSTRAINT "hr_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_cases" ADD CONSTRAINT "hr_cases_area_fk" FOREIGN KEY ("org_id","area_id") REFERENCES "public"."areas"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_self_report_messages" ADD CONSTRAINT "hr_self_report_messages_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_self_report_messages" ADD CONSTRAINT "hr_self_report_messages_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_self_report_messages" ADD CONSTRAINT "hr_self_report_messages_org_id_report_id_hr_self_reports_org_id_id_fk" FOREIGN KEY ("org_id","report_id") REFERENCES "public"."hr_self_reports"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_self_report_settings" ADD CONSTRAINT "hr_self_report_settings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_self_report_settings" ADD CONSTRAINT "hr_self_report_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hr_self_reports" ADD CONSTRAINT "hr_self_reports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_alerts" ADD CONSTRAINT "safety_alerts_org_id_area_id_areas_org_id_id_fk" FOREIGN KEY ("org_id","area_id") REFERENCES "public"."areas"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stored_files_purpose_idx" ON "stored_files" USING btree ("org_id","purpose");--> statement-breakpoint
CREATE INDEX "hr_break_glass_case_idx" ON "hr_break_glass" USING btree ("org_id","case_id","user_id");--> statement-breakpoint
CREATE INDEX "hr_case_acts_case_idx" ON "hr_case_acts" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "hr_case_acts_type_idx" ON "hr_case_acts" USING btree ("org_id","act_type");--> statement-breakpoint
CREATE INDEX "hr_case_assignments_user_idx" ON "hr_case_assignments" USING btree ("org_id","user_id");--> statement-breakpoint
CREATE INDEX "hr_case_consents_case_idx" ON "hr_case_consents" USING btree ("org_id","case_id","purpose");--> statement-breakpoint
CREATE INDEX "hr_case_events_case_idx" ON "hr_case_events" USING btree ("org_id","case_id","created_at");--> statement-breakpoint
CREATE INDEX "hr_case_perpetrators_case_idx" ON "hr_case_perpetrators" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "hr_case_victims_case_idx" ON "hr_case_victims" USING btree ("org_id","case_id");--> statement-breakpoint
CREATE INDEX "hr_case_victims_member_idx" ON "hr_case_victims" USING btree ("org_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hr_case_victims_member_uq" ON "hr_case_victims" USING btree ("org_id","case_id","member_id") WHERE "hr_case_victims"."member_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "hr_cases_reference_uq" ON "hr_cases" USING btree ("org_id","reference");--> statement-breakpoint
CREATE INDEX "hr_cases_queue_idx" ON "hr_cases" USING btree ("org_id","status","urgent");--> statement-breakpoint
CREATE INDEX "hr_self_report_messages_report_idx" ON "hr_self_report_messages" USING btree ("org_id","report_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "hr_self_report_settings_token_uq" ON "hr_self_report_settings" USING btree ("public_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "hr_self_reports_claim_uq" ON "hr_self_reports" USING btree ("claim_code_hash");--> statement-breakpoint
CREATE INDEX "hr_self_reports_status_idx" ON "hr_self_reports" USING btree ("org_id","status","created_at");--> statement-breakpoint
CREATE INDEX "safety_alerts_active_idx" ON "safety_alerts" USING btree ("org_id","expires_at");