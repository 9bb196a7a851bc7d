using Gongkai.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Hand-written (not generated; keep it right after the Catalogue migration): the Chinese full-text index of the
    /// catalogue. A stored generated column <c>"SearchVector"</c> = <c>to_tsvector('simple', "SearchTokens")</c> (one
    /// lexeme per application-made bigram, positions kept for phrase queries) with a GIN index on it. The column is
    /// not in the EF model (the database computes it); stored, so that the recheck and ts_rank read it instead of
    /// re-parsing every matching row. Queried by Gongkai.Data.Catalogue.CatalogueSearch.
    /// </summary>
    [DbContext(typeof(GongkaiDbContext))]
    [Migration("20261123112300_CatalogueSearch")]
    public partial class CatalogueSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE "CatalogueEntries" ADD COLUMN "SearchVector" tsvector
                GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "SearchTokens")) STORED;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueEntries_SearchVector" ON "CatalogueEntries" USING gin ("SearchVector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueEntries_SearchVector";""");
            migrationBuilder.Sql("""ALTER TABLE "CatalogueEntries" DROP COLUMN IF EXISTS "SearchVector";""");
        }
    }
}
