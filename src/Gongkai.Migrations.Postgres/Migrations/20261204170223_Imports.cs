using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
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
                type: "character varying(260)",
                maxLength: 260,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportFileSha256",
                table: "DisclosureRequests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ImportRow",
                table: "DisclosureRequests",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportSheet",
                table: "DisclosureRequests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFrom",
                table: "AnnualReportVersions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImportedFrom",
                table: "AnnualReportDrafts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_AgencyId_ImportFileSha256_ImportSheet_Im~",
                table: "DisclosureRequests",
                columns: new[] { "AgencyId", "ImportFileSha256", "ImportSheet", "ImportRow" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisclosureRequests_AgencyId_ImportFileSha256_ImportSheet_Im~",
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
