CREATE TABLE "capacity_assessments" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"facilitator" text NOT NULL,
	"participants" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"completed_at" timestamp (3) with time zone,
	CONSTRAINT "capacity_assessments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "capacity_assessments_status_ck" CHECK ("capacity_assessments"."status" in ('draft', 'scoring', 'consensus', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "capacity_ballots" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"token_hash" "bytea" NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	CONSTRAINT "capacity_ballots_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "capacity_consensus" (
	"org_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"score" smallint,
	"justification_enc" "bytea",
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "capacity_consensus_org_id_assessment_id_item_id_pk" PRIMARY KEY("org_id","assessment_id","item_id"),
	CONSTRAINT "capacity_consensus_score_ck" CHECK ("capacity_consensus"."score" is null or "capacity_consensus"."score" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "capacity_consensus_evidence" (
	"org_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "capacity_consensus_evidence_org_id_assessment_id_item_id_file_id_pk" PRIMARY KEY("org_id","assessment_id","item_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "capacity_individual_scores" (
	"org_id" uuid NOT NULL,
	"ballot_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"score" smallint,
	CONSTRAINT "capacity_individual_scores_org_id_ballot_id_item_id_pk" PRIMARY KEY("org_id","ballot_id","item_id"),
	CONSTRAINT "capacity_individual_scores_score_ck" CHECK ("capacity_individual_scores"."score" is null or "capacity_individual_scores"."score" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_assessments" ADD CONSTRAINT "capacity_assessments_framework_fk" FOREIGN KEY ("org_id","framework_id") REFERENCES "public"."capacity_frameworks"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_ballots" ADD CONSTRAINT "capacity_ballots_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_ballots" ADD CONSTRAINT "capacity_ballots_assessment_fk" FOREIGN KEY ("org_id","assessment_id") REFERENCES "public"."capacity_assessments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_consensus" ADD CONSTRAINT "capacity_consensus_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_consensus" ADD CONSTRAINT "capacity_consensus_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_consensus" ADD CONSTRAINT "capacity_consensus_assessment_fk" FOREIGN KEY ("org_id","assessment_id") REFERENCES "public"."capacity_assessments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_consensus" ADD CONSTRAINT "capacity_consensus_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."capacity_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_consensus_evidence" ADD CONSTRAINT "capacity_consensus_evidence_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_consensus_evidence" ADD CONSTRAINT "capacity_consensus_evidence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_consensus_evidence" ADD CONSTRAINT "capacity_consensus_evidence_consensus_fk" FOREIGN KEY ("org_id","assessment_id","item_id") REFERENCES "public"."capacity_consensus"("org_id","assessment_id","item_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_consensus_evidence" ADD CONSTRAINT "capacity_consensus_evidence_file_fk" FOREIGN KEY ("org_id","file_id") REFERENCES "public"."stored_files"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_individual_scores" ADD CONSTRAINT "capacity_individual_scores_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_individual_scores" ADD CONSTRAINT "capacity_individual_scores_ballot_fk" FOREIGN KEY ("org_id","ballot_id") REFERENCES "public"."capacity_ballots"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_individual_scores" ADD CONSTRAINT "capacity_individual_scores_item_fk" FOREIGN KEY ("org_id","item_id") REFERENCES "public"."capacity_items"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "capacity_assessments_held_idx" ON "capacity_assessments" USING btree ("org_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "capacity_ballots_token_uq" ON "capacity_ballots" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "capacity_ballots_assessment_idx" ON "capacity_ballots" USING btree ("org_id","assessment_id");