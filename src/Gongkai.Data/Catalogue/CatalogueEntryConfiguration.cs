using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Catalogue;

/// <summary>
/// Maps <see cref="CatalogueEntry"/>. The full-text index over <see cref="CatalogueEntry.SearchTokens"/> is not part of
/// the model: it is made by the hand-written CatalogueSearch migration of each engine (FTS5 table and triggers on
/// SQLite, a stored generated column <c>"SearchVector"</c> = <c>to_tsvector('simple', "SearchTokens")</c> with a GIN
/// index on PostgreSQL).
/// </summary>
internal sealed class CatalogueEntryConfiguration : IEntityTypeConfiguration<CatalogueEntry>
{
    public void Configure(EntityTypeBuilder<CatalogueEntry> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.IndexNumber).HasMaxLength(80);
        builder.HasIndex(e => e.IndexNumber).IsUnique();
        builder.Property(e => e.Title).HasMaxLength(CatalogueEntry.MaxTitleLength);
        builder.Property(e => e.DocumentNumber).HasMaxLength(100);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Validity).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.WithdrawalReason).HasMaxLength(1000);
        builder.Property(e => e.ReturnReason).HasMaxLength(1000);
        builder.Property(e => e.DraftedBy).HasMaxLength(100);
        builder.Property(e => e.RevisedBy).HasMaxLength(100);
        builder.Property(e => e.SubmittedBy).HasMaxLength(100);
        builder.Property(e => e.ReviewedBy).HasMaxLength(100);
        builder.Property(e => e.PublishedBy).HasMaxLength(100);
        builder.HasIndex(e => new { e.AgencyId, e.Status });
        builder.HasOne<Agency>().WithMany().HasForeignKey(e => e.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.Status, e.AgencyId, e.PublishedOn });
        builder.HasIndex(e => new { e.Status, e.Category, e.PublishedOn });
        builder.HasIndex(e => new { e.Status, e.PublishedOn });

        builder.OwnsMany(e => e.Attachments, a =>
        {
            a.ToJson("Attachments");
            a.Property(x => x.Id).HasJsonPropertyName("id");
            a.Property(x => x.FileName).HasJsonPropertyName("fileName");
            a.Property(x => x.ContentType).HasJsonPropertyName("contentType");
            a.Property(x => x.SizeBytes).HasJsonPropertyName("sizeBytes");
        });
        builder.Navigation(e => e.Attachments).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.Ignore(e => e.Body);
        builder.Ignore(e => e.DeadlineStartsOn);
        builder.Ignore(e => e.IsEditable);
        builder.Ignore(e => e.Year);
    }
}
