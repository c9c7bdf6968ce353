CREATE TABLE "consultation_decisions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "consultation_decisions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "consultation_needs" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "consultation_needs_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"local_group_id" uuid,
	"voting_status" text DEFAULT 'not_started' NOT NULL,
	"top_n" smallint,
	"participants" smallint,
	"minutes_enc" "bytea",
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "consultations_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "consultations_top_n_ck" CHECK ("consultations"."top_n" is null or "consultations"."top_n" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "priority_ballots" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"token_hash" "bytea" NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"ranking" jsonb,
	CONSTRAINT "priority_ballots_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "alliance_interactions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"happened_on" date NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "alliance_interactions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "alliance_partners" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"contact_role" text,
	"strength" text NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "alliance_partners_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "consultation_decisions" ADD CONSTRAINT "consultation_decisions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_decisions" ADD CONSTRAINT "consultation_decisions_consultation_fk" FOREIGN KEY ("org_id","consultation_id") REFERENCES "public"."consultations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_needs" ADD CONSTRAINT "consultation_needs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_needs" ADD CONSTRAINT "consultation_needs_consultation_fk" FOREIGN KEY ("org_id","consultation_id") REFERENCES "public"."consultations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_local_group_fk" FOREIGN KEY ("org_id","local_group_id") REFERENCES "public"."local_groups"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_ballots" ADD CONSTRAINT "priority_ballots_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_ballots" ADD CONSTRAINT "priority_ballots_consultation_fk" FOREIGN KEY ("org_id","consultation_id") REFERENCES "public"."consultations"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_interactions" ADD CONSTRAINT "alliance_interactions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_interactions" ADD CONSTRAINT "alliance_interactions_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."alliance_partners"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "alliance_partners" ADD CONSTRAINT "alliance_partners_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_decisions_consultation_idx" ON "consultation_decisions" USING btree ("org_id","consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_needs_consultation_idx" ON "consultation_needs" USING btree ("org_id","consultation_id");--> statement-breakpoint
CREATE INDEX "consultations_held_idx" ON "consultations" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "priority_ballots_token_uq" ON "priority_ballots" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "priority_ballots_consultation_idx" ON "priority_ballots" USING btree ("org_id","consultation_id");--> statement-breakpoint
CREATE INDEX "alliance_interactions_partner_idx" ON "alliance_interactions" USING btree ("org_id","partner_id","happened_on");--> statement-breakpoint
CREATE UNIQUE INDEX "alliance_partners_name_uq" ON "alliance_partners" USING btree ("org_id",lower("name"));