using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Catalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CatalogueEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndexNumber = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Validity = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    BodyHtml = table.Column<string>(type: "TEXT", nullable: false),
                    BodyText = table.Column<string>(type: "TEXT", nullable: false),
                    SearchTokens = table.Column<string>(type: "TEXT", nullable: false),
                    Attachments = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CatalogueEntries_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisclosureGuides",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Introduction = table.Column<string>(type: "TEXT", nullable: false),
                    Office = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    OfficeHours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Fax = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PostCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Fees = table.Column<string>(type: "TEXT", nullable: false),
                    Remedies = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisclosureGuides", x => x.AgencyId);
                    table.ForeignKey(
                        name: "FK_DisclosureGuides_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_AgencyId",
                table: "CatalogueEntries",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_IndexNumber",
                table: "CatalogueEntries",
                column: "IndexNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_Status_AgencyId_PublishedOn",
                table: "CatalogueEntries",
                columns: new[] { "Status", "AgencyId", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_Status_Category_PublishedOn",
                table: "CatalogueEntries",
                columns: new[] { "Status", "Category", "PublishedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueEntries_Status_PublishedOn",
                table: "CatalogueEntries",
                columns: new[] { "Status", "PublishedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CatalogueEntries");

            migrationBuilder.DropTable(
                name: "DisclosureGuides");
        }
    }
}
