/**
 * Coverage indicators (issue 4). The contract other modules build on (roll-up, dashboards, exports,
 * generator benchmarks):
 *
 *   computeCoverage(db: DbOrTx, orgId: string, query: CoverageQuery): Promise<CoverageReport>
 *
 * - `DbOrTx` from src/server/platform/db/client; `CoverageQuery` / `CoverageReport` from
 *   src/domain/coverage.schemas.ts.
 * - A pure read of aggregates: no audit (the route that calls it audits), no policy check. Before
 *   reading it refreshes the organization's dirty months of the pre-aggregates
 *   (`coverage_member_months`, `coverage_site_months`), so figures always reflect every effective
 *   contact committed before the call.
 * - Throws AppError('not_found') for a `packageId`, `localGroupId` or `siteId` of another organization.
 * - Creates the organization's default package on first use.
 */
export {};
