using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CataloguePublishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CatalogueEntries_AgencyId",
                table: "CatalogueEntries");

            migrationBuilder.AddColumn<string>(
                name: "Stages",
                table: "Reconsiderations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Stages",
                table: "Litigations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ChangedOn",
                table: "CatalogueEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DraftedBy",
                table: "CatalogueEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PublishedBy",
                table: "CatalogueEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "CatalogueEntries",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAtUtc",
                table: "CatalogueEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "CatalogueEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RevisedAtUtc",
                table: "CatalogueEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevisedBy",
                table: "CatalogueEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "SubmittedAtUtc",
                table: "CatalogueEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "CatalogueEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CatalogueAttachmentFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueAttachmentFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueAttachmentFiles_CatalogueEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "CatalogueEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_AgencyId_Status",
                table: "CatalogueEntries",
                columns: new[] { "AgencyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueAttachmentFiles_EntryId",
                table: "CatalogueAttachmentFiles",
                column: "EntryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueAttachmentFiles");

            migrationBuilder.DropIndex(
                name: "IX_CatalogueEntries_AgencyId_Status",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "Stages",
                table: "Reconsiderations");

            migrationBuilder.DropColumn(
                name: "Stages",
                table: "Litigations");

            migrationBuilder.DropColumn(
                name: "ChangedOn",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "DraftedBy",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "PublishedBy",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "ReviewedAtUtc",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "RevisedAtUtc",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "RevisedBy",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "SubmittedAtUtc",
                table: "CatalogueEntries");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "CatalogueEntries");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_AgencyId",
                table: "CatalogueEntries",
                column: "AgencyId");
        }
    }
}
