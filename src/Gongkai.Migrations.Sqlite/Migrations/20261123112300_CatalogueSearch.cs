using Gongkai.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Hand-written (not generated; keep it right after the Catalogue migration): the Chinese full-text index of the
    /// catalogue. A contentless FTS5 table (unicode61) over the application-made bigram column
    /// <c>CatalogueEntries.SearchTokens</c>, keyed through <c>CatalogueSearchKeys</c> (an INTEGER PRIMARY KEY, so the
    /// FTS rowids survive VACUUM), kept in step by triggers.
    /// </summary>
    [DbContext(typeof(GongkaiDbContext))]
    [Migration("20261123112300_CatalogueSearch")]
    public partial class CatalogueSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE "CatalogueSearchKeys" ("RowId" INTEGER PRIMARY KEY, "EntryId" TEXT NOT NULL UNIQUE);
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("Tokens", content='', contentless_delete=1, tokenize='unicode61', detail='full');
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearchKeys" ("EntryId") SELECT "Id" FROM "CatalogueEntries";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearch" (rowid, "Tokens")
                SELECT k."RowId", e."SearchTokens" FROM "CatalogueSearchKeys" AS k JOIN "CatalogueEntries" AS e ON e."Id" = k."EntryId";
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueEntries_SearchInsert" AFTER INSERT ON "CatalogueEntries" BEGIN
                    INSERT INTO "CatalogueSearchKeys" ("EntryId") VALUES (NEW."Id");
                    INSERT INTO "CatalogueSearch" (rowid, "Tokens") VALUES (last_insert_rowid(), NEW."SearchTokens");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueEntries_SearchUpdate" AFTER UPDATE OF "SearchTokens" ON "CatalogueEntries" BEGIN
                    DELETE FROM "CatalogueSearch" WHERE rowid = (SELECT "RowId" FROM "CatalogueSearchKeys" WHERE "EntryId" = OLD."Id");
                    INSERT INTO "CatalogueSearch" (rowid, "Tokens")
                    SELECT "RowId", NEW."SearchTokens" FROM "CatalogueSearchKeys" WHERE "EntryId" = NEW."Id";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CatalogueEntries_SearchDelete" AFTER DELETE ON "CatalogueEntries" BEGIN
                    DELETE FROM "CatalogueSearch" WHERE rowid = (SELECT "RowId" FROM "CatalogueSearchKeys" WHERE "EntryId" = OLD."Id");
                    DELETE FROM "CatalogueSearchKeys" WHERE "EntryId" = OLD."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearchKeys";""");
        }
    }
}
