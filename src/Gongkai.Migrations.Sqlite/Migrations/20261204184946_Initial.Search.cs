using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Hand-written part of the one initial migration (SQLite): what the EF model cannot express, called at the end of
    /// <c>Up</c> and the start of <c>Down</c>. Why it differs from the PostgreSQL history: docs/decisions/0007-migrations.md.
    /// <list type="bullet">
    /// <item>The Chinese full-text index of the catalogue (docs/search.md): a contentless FTS5 table (unicode61) over the
    /// application-made bigram column <c>CatalogueEntries.SearchTokens</c>, keyed through <c>CatalogueSearchKeys</c>
    /// (an INTEGER PRIMARY KEY, so the FTS rowids survive VACUUM), kept in step by triggers. Only published entries are
    /// indexed. The key is <c>day(PublishedOn) × 2^24 + sequence within the day</c>, so rowid descending is 发布日期
    /// descending and FTS5 itself serves "newest first" (<c>MATCH … ORDER BY rowid DESC LIMIT n</c> stops early).</item>
    /// <item><c>IX_CatalogueEntries_Newest</c>: (Status, PublishedOn, IndexNumber) read backwards is the browse order.</item>
    /// <item><c>IX_DisclosureRequests_ReportTally</c>: the covering index of the annual report's request tally.</item>
    /// </list>
    /// </summary>
    public partial class Initial
    {
        /// <summary>2^24: the room for entries published on one day.</summary>
        private const string Day = "16777216";

        private static void UpSearch(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_DisclosureRequests_ReportTally" ON "DisclosureRequests" ("ReceivedOn", "ClosedOnDay", "ClosedWith", "ApplicantKind", "Channel", "Extended", "AgencyId");
                """);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CatalogueEntries_Newest" ON "CatalogueEntries" ("Status", "PublishedOn", "IndexNumber");
                """);
            migrationBuilder.Sql("""
                CREATE TABLE "CatalogueSearchKeys" ("RowId" INTEGER PRIMARY KEY, "EntryId" TEXT NOT NULL UNIQUE);
                """);
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CatalogueSearch" USING fts5("Tokens", content='', contentless_delete=1, tokenize='unicode61', detail='full');
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

        private static void DownSearch(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchDelete";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchUpdate";""");
            migrationBuilder.Sql("""DROP TRIGGER IF EXISTS "CatalogueEntries_SearchInsert";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearch";""");
            migrationBuilder.Sql("""DROP TABLE IF EXISTS "CatalogueSearchKeys";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_CatalogueEntries_Newest";""");
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_DisclosureRequests_ReportTally";""");
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
    }
}
