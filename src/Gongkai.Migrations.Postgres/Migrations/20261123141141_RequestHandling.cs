using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Postgres.Migrations
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AssignedOfficerId",
                table: "DisclosureRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedOfficerName",
                table: "DisclosureRequests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ForwardedOn",
                table: "DisclosureRequests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardedTo",
                table: "DisclosureRequests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForwardingNote",
                table: "DisclosureRequests",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedExtensionBy",
                table: "DisclosureRequests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProposedExtensionOn",
                table: "DisclosureRequests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProposedExtensionReason",
                table: "DisclosureRequests",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposedExtensionWorkingDays",
                table: "DisclosureRequests",
                type: "integer",
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
