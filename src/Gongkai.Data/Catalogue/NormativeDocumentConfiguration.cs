using Gongkai.Domain.Agencies;
using Gongkai.Domain.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Catalogue;

internal sealed class NormativeDocumentConfiguration : IEntityTypeConfiguration<NormativeDocument>
{
    public void Configure(EntityTypeBuilder<NormativeDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.DocumentNumber).HasMaxLength(100);
        builder.Property(d => d.RepealedBy).HasMaxLength(500);
        builder.Property(d => d.RegisteredBy).HasMaxLength(100);
        builder.Property(d => d.LastChangedBy).HasMaxLength(100);
        builder.HasOne<Agency>().WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.AgencyId, d.IssuedOn });
    }
}
