using Gongkai.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Hand-written (not generated; not in the EF model, like CatalogueSearch): the index that serves "newest first"
    /// — the browse order and the order of searches with too many matches to rank (Gongkai.Data.Catalogue.CatalogueSearch,
    /// docs/search.md). (Status, PublishedOn, IndexNumber) read backwards gives 发布日期 then 索引号 descending with no sort,
    /// so one page is read and the scan stops.
    /// </summary>
    [DbContext(typeof(GongkaiDbContext))]
    [Migration("20261123135800_CatalogueNewestIndex")]
    public partial class CatalogueNewestIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueEntries_Newest" ON "CatalogueEntries" ("Status", "PublishedOn", "IndexNumber");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueEntries_Newest";""");
        }
    }
}
