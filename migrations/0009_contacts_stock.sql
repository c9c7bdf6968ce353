CREATE TABLE "stock_points" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"threshold_condoms" integer,
	"threshold_lubricant" integer,
	"threshold_hiv_self_tests" integer,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	CONSTRAINT "stock_points_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "stock_points_kind_check" CHECK ("stock_points"."kind" in ('drop_in_centre', 'team'))
);
--> statement-breakpoint
CREATE TABLE "stock_receipts" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"stock_point_id" uuid NOT NULL,
	"item" text NOT NULL,
	"quantity" integer NOT NULL,
	"received_on" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "stock_receipts_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "stock_receipts_item_check" CHECK ("stock_receipts"."item" in ('condoms', 'lubricant', 'hiv_self_tests')),
	CONSTRAINT "stock_receipts_quantity_check" CHECK ("stock_receipts"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "contact_referrals" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"origin_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"service" text NOT NULL,
	"facility_type" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "contact_referrals_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "contact_referrals_service_check" CHECK ("contact_referrals"."service" in ('hiv_test', 'sti', 'prep', 'pep', 'mental_health', 'legal', 'social', 'other')),
	CONSTRAINT "contact_referrals_facility_check" CHECK ("contact_referrals"."facility_type" in ('public', 'ngo', 'private', 'community'))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"contacted_on" date NOT NULL,
	"site_id" uuid,
	"promotora_user_id" uuid NOT NULL,
	"member_id" uuid,
	"anonymous_count" integer,
	"condoms" integer DEFAULT 0 NOT NULL,
	"lubricant" integer DEFAULT 0 NOT NULL,
	"hiv_self_tests" integer DEFAULT 0 NOT NULL,
	"info_topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"needs" text[] DEFAULT '{}'::text[] NOT NULL,
	"stock_point_id" uuid,
	"supersedes_id" uuid,
	"voided" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "contacts_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "contacts_member_or_tally_check" CHECK (("contacts"."member_id" is null) = ("contacts"."anonymous_count" is not null) and coalesce("contacts"."anonymous_count", 1) >= 1),
	CONSTRAINT "contacts_quantities_check" CHECK ("contacts"."condoms" >= 0 and "contacts"."lubricant" >= 0 and "contacts"."hiv_self_tests" >= 0)
);
--> statement-breakpoint
CREATE TABLE "referral_events" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" text NOT NULL,
	"result" text,
	"recorded_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "referral_events_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "referral_events_status_check" CHECK ("referral_events"."status" in ('attended', 'not_attended', 'result')),
	CONSTRAINT "referral_events_result_check" CHECK (("referral_events"."status" = 'result') = ("referral_events"."result" is not null) and coalesce("referral_events"."result", 'pending') in ('service_received', 'result_known', 'service_denied', 'pending'))
);
--> statement-breakpoint
ALTER TABLE "stock_points" ADD CONSTRAINT "stock_points_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_receipts" ADD CONSTRAINT "stock_receipts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_receipts" ADD CONSTRAINT "stock_receipts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_receipts" ADD CONSTRAINT "stock_receipts_org_id_stock_point_id_stock_points_org_id_id_fk" FOREIGN KEY ("org_id","stock_point_id") REFERENCES "public"."stock_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_referrals" ADD CONSTRAINT "contact_referrals_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_referrals" ADD CONSTRAINT "contact_referrals_org_id_contact_id_contacts_org_id_id_fk" FOREIGN KEY ("org_id","contact_id") REFERENCES "public"."contacts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_promotora_user_id_users_id_fk" FOREIGN KEY ("promotora_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_member_id_members_org_id_id_fk" FOREIGN KEY ("org_id","member_id") REFERENCES "public"."members"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_site_id_sites_org_id_id_fk" FOREIGN KEY ("org_id","site_id") REFERENCES "public"."sites"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_stock_point_id_stock_points_org_id_id_fk" FOREIGN KEY ("org_id","stock_point_id") REFERENCES "public"."stock_points"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_org_id_supersedes_id_contacts_org_id_id_fk" FOREIGN KEY ("org_id","supersedes_id") REFERENCES "public"."contacts"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stock_receipts_point_idx" ON "stock_receipts" USING btree ("org_id","stock_point_id");--> statement-breakpoint
CREATE INDEX "contact_referrals_contact_idx" ON "contact_referrals" USING btree ("org_id","contact_id");--> statement-breakpoint
CREATE INDEX "contact_referrals_origin_idx" ON "contact_referrals" USING btree ("org_id","origin_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_supersedes_uq" ON "contacts" USING btree ("org_id","supersedes_id");--> statement-breakpoint
CREATE INDEX "contacts_member_idx" ON "contacts" USING btree ("org_id","member_id","contacted_on");--> statement-breakpoint
CREATE INDEX "contacts_promotora_idx" ON "contacts" USING btree ("org_id","promotora_user_id","contacted_on");--> statement-breakpoint
CREATE INDEX "contacts_site_idx" ON "contacts" USING btree ("org_id","site_id","contacted_on");--> statement-breakpoint
CREATE INDEX "contacts_stock_point_idx" ON "contacts" USING btree ("org_id","stock_point_id");--> statement-breakpoint
CREATE INDEX "referral_events_referral_idx" ON "referral_events" USING btree ("org_id","referral_id");