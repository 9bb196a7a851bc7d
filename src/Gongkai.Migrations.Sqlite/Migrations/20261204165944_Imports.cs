using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Imports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ImportFileName",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 260,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportFileSha256",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportRow",
                table: "DisclosureRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportSheet",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFrom",
                table: "AnnualReportVersions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFrom",
                table: "AnnualReportDrafts",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_AgencyId_ImportFileSha256_ImportSheet_ImportRow",
                table: "DisclosureRequests",
                columns: new[] { "AgencyId", "ImportFileSha256", "ImportSheet", "ImportRow" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisclosureRequests_AgencyId_ImportFileSha256_ImportSheet_ImportRow",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ImportFileName",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ImportFileSha256",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ImportRow",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ImportSheet",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ImportedFrom",
                table: "AnnualReportVersions");

            migrationBuilder.DropColumn(
                name: "ImportedFrom",
                table: "AnnualReportDrafts");
        }
    }
}
