using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Catalogue;

/// <summary>Maps <see cref="CatalogueAttachmentFile"/>: the uploaded bytes, one row per file, deleted with the entry.</summary>
internal sealed class CatalogueAttachmentFileConfiguration : IEntityTypeConfiguration<CatalogueAttachmentFile>
{
    public void Configure(EntityTypeBuilder<CatalogueAttachmentFile> builder)
    {
        builder.ToTable("CatalogueAttachmentFiles");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.FileName).HasMaxLength(200);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.HasOne<CatalogueEntry>().WithMany().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.EntryId);
        builder.Ignore(f => f.Metadata);
    }
}
