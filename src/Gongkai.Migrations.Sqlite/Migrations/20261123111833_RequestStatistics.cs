using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RequestStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOnDay",
                table: "DisclosureRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedWith",
                table: "DisclosureRequests",
                type: "TEXT",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Extended",
                table: "DisclosureRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "DisclosureRequests",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateIndex(
                name: "IX_DisclosureRequests_AgencyId_ReceivedOn",
                table: "DisclosureRequests",
                columns: new[] { "AgencyId", "ReceivedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DisclosureRequests_AgencyId_ReceivedOn",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ClosedOnDay",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ClosedWith",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "Extended",
                table: "DisclosureRequests");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "DisclosureRequests");
        }
    }
}
