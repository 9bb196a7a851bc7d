using Gongkai.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Hand-written (not in the EF model): the FTS5 rowid of an entry now follows the newest-first order, so that FTS5
    /// itself serves "newest first" (<c>MATCH … ORDER BY rowid DESC LIMIT n</c> walks the doclists backwards and stops
    /// early; docs/search.md). Only published entries are indexed. The key is
    /// <c>day(PublishedOn) × 2^24 + sequence within the day</c> (<c>day</c> = the Julian day number): rowid descending is
    /// 发布日期 descending, and within a day the existing entries are numbered by 索引号. An entry gets a new key when it
    /// is published, when its 发布日期 or its text changes (trigger); it leaves the index when it stops being published.
    /// The index is rebuilt once here, in key order.
    /// </summary>
    [DbContext(typeof(GongkaiDbContext))]
    [Migration("20261123150000_CatalogueSearchOrder")]
    public partial class CatalogueSearchOrder : Migration
    {
        /// <summary>2^24: the room for entries published on one day.</summary>
        private const string Day = "16777216";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""DELETE FROM "CatalogueSearchKeys";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("Tokens", content='', contentless_delete=1, tokenize='unicode61', detail='full');
                """);
            migrationBuilder.Sql($"""
                INSERT INTO "CatalogueSearchKeys" ("RowId", "EntryId")
                SELECT CAST(coalesce(julianday("PublishedOn"), 0) AS INTEGER) * {Day}
                       + row_number() OVER (PARTITION BY "PublishedOn" ORDER BY "IndexNumber", "Id"), "Id"
                FROM "CatalogueEntries" WHERE "Status" = 'Published';
                """);
            migrationBuilder.Sql("""
                INSERT INTO "CatalogueSearch" (rowid, "Tokens")
                SELECT k."RowId", e."SearchTokens" FROM "CatalogueSearchKeys" AS k JOIN "CatalogueEntries" AS e ON e."Id" = k."EntryId"
                ORDER BY k."RowId";
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "CatalogueEntries_SearchInsert" AFTER INSERT ON "CatalogueEntries" WHEN NEW."Status" = 'Published' BEGIN
                    {AddKey("1")}
                    {AddRow}
                END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "CatalogueEntries_SearchUpdate" AFTER UPDATE OF "Status", "PublishedOn", "SearchTokens" ON "CatalogueEntries" BEGIN
                    DELETE FROM "CatalogueSearch" WHERE rowid = (SELECT "RowId" FROM "CatalogueSearchKeys" WHERE "EntryId" = OLD."Id");
                    DELETE FROM "CatalogueSearchKeys" WHERE "EntryId" = OLD."Id";
                    {AddKey("NEW.\"Status\" = 'Published'")}
                    {AddRow}
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
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""DELETE FROM "CatalogueSearchKeys";""");
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("Tokens", content='', contentless_delete=1, tokenize='unicode61', detail='full');
                """);
            migrationBuilder.Sql("""INSERT INTO "CatalogueSearchKeys" ("EntryId") SELECT "Id" FROM "CatalogueEntries";""");
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

        /// <summary>The entry's key, if <paramref name="condition"/> holds: the next free number in its day's range (NEW = the row being written).</summary>
        private static string AddKey(string condition) => $"""
            INSERT INTO "CatalogueSearchKeys" ("RowId", "EntryId")
                    SELECT coalesce(max(k."RowId"), d.b) + 1, NEW."Id"
                    FROM (SELECT CAST(coalesce(julianday(NEW."PublishedOn"), 0) AS INTEGER) * {Day} AS b) AS d
                    LEFT JOIN "CatalogueSearchKeys" AS k ON k."RowId" > d.b AND k."RowId" < d.b + {Day}
                    WHERE {condition} GROUP BY d.b;
            """;

        /// <summary>The entry's tokens under its key (none when it got no key).</summary>
        private const string AddRow = """
            INSERT INTO "CatalogueSearch" (rowid, "Tokens") SELECT "RowId", NEW."SearchTokens" FROM "CatalogueSearchKeys" WHERE "EntryId" = NEW."Id";
            """;

        private static void DropTriggers(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchInsert";""");
        }
    }
}
