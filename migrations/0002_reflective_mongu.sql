CREATE TABLE "member_consents" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"recorded_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "member_consents_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "member_consents_purpose_check" CHECK ("member_consents"."purpose" in ('services', 'advocacy_anonymized', 'network_aggregates'))
);
--> statement-breakpoint
CREATE TABLE "member_distinct_pairs" (
	"org_id" uuid NOT NULL,
	"member_a_id" uuid NOT NULL,
	"member_b_id" uuid NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "member_distinct_pairs_org_id_member_a_id_member_b_id_pk" PRIMARY KEY("org_id","member_a_id","member_b_id"),
	CONSTRAINT "member_distinct_pairs_order_check" CHECK ("member_distinct_pairs"."member_a_id" < "member_distinct_pairs"."member_b_id")
);
--> statement-breakpoint
CREATE TABLE "member_sites" (
	"org_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	CONSTRAINT "member_sites_org_id_member_id_site_id_pk" PRIMARY KEY("org_id","member_id","site_id")
);
--> statement-breakpoint
CREATE TABLE "members" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"uic_hash" "bytea" NOT NULL,
	"uic_recipe_id" text NOT NULL,
	"uic_fallbacks" text[] DEFAULT '{}'::text[] NOT NULL,
	"display_code" text NOT NULL,
	"assigned_user_id" uuid,
	"local_group_id" uuid,
	"age_band" text DEFAULT 'unknown' NOT NULL,
	"gender_identity" text DEFAULT 'unknown' NOT NULL,
	"work_settings" text[] DEFAULT '{}'::text[] NOT NULL,
	"nationality" text,
	"migrant_status_enc" "bytea",
	"first_contact_on" date,
	"served_before_org" text,
	"served_before_site_id" uuid,
	"risk_flags" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority" boolean DEFAULT false NOT NULL,
	"leadership_roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"partners_per_week" smallint,
	"acts_per_partner" smallint,
	"notes_enc" "bytea",
	"contact_channel_enc" "bytea",
	"merged_into_id" uuid,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "members_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "members_age_band_check" CHECK ("members"."age_band" in ('u18', '18_24', '25_34', '35_44', '45_plus', 'unknown')),
	CONSTRAINT "members_gender_identity_check" CHECK ("members"."gender_identity" in ('woman', 'trans_woman', 'man', 'trans_man', 'non_binary', 'other', 'unknown')),
	CONSTRAINT "members_uic_hash_len_check" CHECK (octet_length("members"."uic_hash") = 32),
	CONSTRAINT "members_risk_flags_max_check" CHECK (coalesce(array_length("members"."risk_flags", 1), 0) <= 8),
	CONSTRAINT "members_partners_check" CHECK ("members"."partners_per_week" is null or "members"."partners_per_week" >= 0),
	CONSTRAINT "members_acts_check" CHECK ("members"."acts_per_partner" is null or "members"."acts_per_partner" >= 0),
	CONSTRAINT "members_not_merged_into_self_check" CHECK ("members"."merged_into_id" is distinct from "members"."id")
);
--> statement-breakpoint
ALTER TABLE "member_consents" ADD CONSTRAINT "member_consents_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_consents" ADD CONSTRAINT "member_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_consents" ADD CONSTRAINT "member_consents_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_distinct_pairs" ADD CONSTRAINT "member_distinct_pairs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_distinct_pairs" ADD CONSTRAINT "member_distinct_pairs_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_distinct_pairs" ADD CONSTRAINT "member_distinct_pairs_a_fk" FOREIGN KEY ("org_id","member_a_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_distinct_pairs" ADD CONSTRAINT "member_distinct_pairs_b_fk" FOREIGN KEY ("org_id","member_b_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_sites" ADD CONSTRAINT "member_sites_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_sites" ADD CONSTRAINT "member_sites_member_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_assigned_user_id_users_id_fk" FOREIGN KEY ("assigned_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_local_group_fk" FOREIGN KEY ("org_id","local_group_id") REFERENCES "public"."local_groups"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_consents_member_idx" ON "member_consents" USING btree ("org_id","member_id");--> statement-breakpoint
CREATE INDEX "member_sites_site_idx" ON "member_sites" USING btree ("org_id","site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_display_code_uq" ON "members" USING btree ("org_id","display_code");--> statement-breakpoint
CREATE INDEX "members_uic_hash_idx" ON "members" USING btree ("org_id","uic_hash");--> statement-breakpoint
CREATE INDEX "members_assigned_idx" ON "members" USING btree ("org_id","assigned_user_id");