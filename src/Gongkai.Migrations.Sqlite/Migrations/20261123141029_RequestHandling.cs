using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequestHandling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApplicantDocuments",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedOfficerId",
                table: "DisclosureRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedOfficerName",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ForwardedOn",
                table: "DisclosureRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardedTo",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardingNote",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedExtensionBy",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProposedExtensionOn",
                table: "DisclosureRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedExtensionReason",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposedExtensionWorkingDays",
                table: "DisclosureRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_AgencyId_AssignedOfficerId",
                table: "DisclosureRequests",
                columns: new[] { "AgencyId", "AssignedOfficerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisclosureRequests_AgencyId_AssignedOfficerId",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ApplicantDocuments",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "AssignedOfficerId",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "AssignedOfficerName",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ForwardedOn",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ForwardedTo",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ForwardingNote",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ProposedExtensionBy",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ProposedExtensionOn",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ProposedExtensionReason",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ProposedExtensionWorkingDays",
                table: "DisclosureRequests");
        }
    }
}
