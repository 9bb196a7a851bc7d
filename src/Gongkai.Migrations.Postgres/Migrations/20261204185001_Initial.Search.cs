using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Hand-written part of the one initial migration (PostgreSQL): what the EF model cannot express, called at the end
    /// of <c>Up</c> and the start of <c>Down</c>. Why it differs from the SQLite history: docs/decisions/0007-migrations.md.
    /// <list type="bullet">
    /// <item>The Chinese full-text index of the catalogue (docs/search.md): a stored generated column
    /// <c>"SearchVector"</c> = <c>to_tsvector('simple', "SearchTokens")</c> (one lexeme per application-made bigram,
    /// positions kept for phrase queries) with a GIN index. Not in the EF model (the database computes it); stored, so
    /// the recheck and ts_rank read it instead of re-parsing every matching row. Queried by
    /// Gongkai.Data.Catalogue.CatalogueSearch.</item>
    /// <item><c>IX_CatalogueEntries_Newest</c>: (Status, PublishedOn, IndexNumber) read backwards is the browse order.</item>
    /// <item><c>IX_DisclosureRequests_ReportTally</c>: the covering index of the annual report's request tally.</item>
    /// </list>
    /// </summary>
    public partial class Initial
    {
        private static void UpSearch(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_DisclosureRequests_ReportTally" ON "DisclosureRequests" ("ReceivedOn", "ClosedOnDay", "ClosedWith", "ApplicantKind", "Channel", "Extended", "AgencyId");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueEntries_Newest" ON "CatalogueEntries" ("Status", "PublishedOn", "IndexNumber");
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "CatalogueEntries" ADD COLUMN "SearchVector" tsvector
                GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "SearchTokens")) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueEntries_SearchVector" ON "CatalogueEntries" USING gin ("SearchVector");
                """);
        }

        private static void DownSearch(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueEntries_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "CatalogueEntries" DROP COLUMN IF EXISTS "SearchVector";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueEntries_Newest";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_DisclosureRequests_ReportTally";""");
        }
    }
}
